// SPDX-License-Identifier: MIT
// The run exports: Chrome trace-event JSON and the timeline as CSV.
#include "builtinmeals.h"
#include "csvexport.h"
#include "simulation.h"
#include "traceexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Kitchen;

class TestRunExports : public QObject
{
    Q_OBJECT

private slots:
    void traceFields_data();
    void traceFields();
    void traceSpans_data();
    void traceSpans();
    void csvRows_data();
    void csvRows();
    void csvQuotesText();
};

namespace {

RunResult runOf(const QString &name, std::optional<LaneMode> mode = {})
{
    const Meal meal = *BuiltinMeals::open(name).meal;
    return simulate(mode ? meal.withAllLanes(*mode) : meal);
}

QList<QJsonObject> eventsOf(const RunResult &run)
{
    const QJsonDocument document = QJsonDocument::fromJson(exportTrace(run));
    QList<QJsonObject> events;
    for (const QJsonValue &value : document.object().value(u"traceEvents").toArray())
        events << value.toObject();
    return events;
}

qint64 microsecondsPerUnit(const RunResult &run)
{
    return run.meal.unit == TimeUnit::Minutes ? 60'000'000 : 1'000'000;
}

} // namespace

void TestRunExports::traceFields_data()
{
    QTest::addColumn<QString>("meal");
    for (const QString &name : BuiltinMeals::names())
        QTest::addRow("%s", qPrintable(name)) << name;
}

void TestRunExports::traceFields()
{
    QFETCH(QString, meal);
    const RunResult run = runOf(meal);
    const QJsonDocument document = QJsonDocument::fromJson(exportTrace(run));
    QVERIFY(document.isObject());
    QVERIFY(document.object().value(u"traceEvents").isArray());
    const QList<QJsonObject> events = eventsOf(run);
    QVERIFY(!events.isEmpty());

    QHash<int, QString> trackNames;
    int complete = 0;
    int instants = 0;
    const double end = double(run.total) / ticksPerUnit * double(microsecondsPerUnit(run));
    for (const QJsonObject &event : events) {
        const QString phase = event.value(u"ph").toString();
        QVERIFY2(phase == u"X" || phase == u"M" || phase == u"i", qPrintable(phase));
        QCOMPARE(event.value(u"pid").toInt(-1), 1);
        QVERIFY(event.value(u"tid").isDouble());
        QVERIFY(event.value(u"name").isString());
        const int tid = event.value(u"tid").toInt();
        if (phase == u"M") {
            if (event.value(u"name").toString() == u"thread_name")
                trackNames.insert(tid, event.value(u"args").toObject().value(u"name").toString());
            continue;
        }
        const double ts = event.value(u"ts").toDouble(-1);
        QVERIFY(ts >= 0);
        QCOMPARE(ts, std::floor(ts)); // whole microseconds
        if (phase == u"X") {
            ++complete;
            const double duration = event.value(u"dur").toDouble(-1);
            // Only how a dish ended may be an instant: cancelled or burnt as the meal ends.
            const QString state = event.value(u"name").toString();
            QVERIFY2(duration > 0 || (duration == 0 && (state == u"cancelled" || state == u"failed")),
                     qPrintable(state));
            QVERIFY(ts + duration <= end);
        } else {
            ++instants;
        }
    }
    QCOMPARE(trackNames.value(cookTrack), u"cook (the event loop)"_s);
    for (int dish = 0; dish < run.meal.dishes.size(); ++dish)
        QCOMPARE(trackNames.value(dish + 1), run.meal.dishes[dish].name);
    QCOMPARE(trackNames.size(), run.meal.dishes.size() + 1);
    QCOMPARE(complete, run.timeline.size() + run.cook.size());
    QCOMPARE(instants, run.events.size());
}

void TestRunExports::traceSpans_data()
{
    QTest::addColumn<QString>("meal");
    QTest::addColumn<int>("tid");
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("ts");
    QTest::addColumn<double>("dur");
    // Manual brew blocks the loop from 3 s to 4 s; the toast, ready at 3 s, waits: delayed.
    QTest::addRow("coffee: the toast is delayed by the brew") << u"coffee"_s << 4 << u"delayed"_s << 3e6 << 1e6;
    QTest::addRow("coffee: the brew is blocking work") << u"coffee"_s << 3 << u"work"_s << 3e6 << 1e6;
    QTest::addRow("coffee: the cook works on the brew") << u"coffee"_s << cookTrack << u"work: Brew coffee"_s << 3e6 << 1e6;
    QTest::addRow("coffee: the cook idles first") << u"coffee"_s << cookTrack << u"idle"_s << 0.0 << 3e6;
    // Lunch counts in minutes: 2 min of avocado are 120 s.
    QTest::addRow("lunch: avocado in microseconds") << u"lunch"_s << 3 << u"work"_s << 0.0 << 120e6;
    QTest::addRow("lunch: pasta waits 10 min") << u"lunch"_s << 1 << u"waiting"_s << 0.0 << 600e6;
}

void TestRunExports::traceSpans()
{
    QFETCH(QString, meal);
    QFETCH(int, tid);
    QFETCH(QString, name);
    QFETCH(double, ts);
    QFETCH(double, dur);
    bool found = false;
    for (const QJsonObject &event : eventsOf(runOf(meal))) {
        found = found
                || (event.value(u"ph").toString() == u"X" && event.value(u"tid").toInt() == tid
                    && event.value(u"name").toString() == name && event.value(u"ts").toDouble() == ts
                    && event.value(u"dur").toDouble() == dur);
    }
    QVERIFY2(found, qPrintable(u"no complete event %1 on track %2 at %3 for %4"_s.arg(name).arg(tid).arg(ts).arg(dur)));
}

void TestRunExports::csvRows_data()
{
    QTest::addColumn<QString>("meal");
    QTest::addColumn<QString>("row");
    QTest::addRow("coffee: delayed toast") << u"coffee"_s << u"toast_bread,Toast bread,delayed,3,4,1,s"_s;
    QTest::addRow("coffee: fractional toast") << u"coffee"_s << u"toast_bread,Toast bread,waiting,4,4.9,0.9,s"_s;
    QTest::addRow("lunch: minutes") << u"lunch"_s << u"pasta,Pasta,waiting,0,10,10,min"_s;
}

void TestRunExports::csvRows()
{
    QFETCH(QString, meal);
    QFETCH(QString, row);
    const RunResult run = runOf(meal);
    const QStringList lines = QString::fromUtf8(exportCsv(run)).split(u"\r\n"_s);
    QCOMPARE(lines.first(), QString::fromLatin1(csvHeader));
    QCOMPARE(lines.last(), QString()); // every row ends with CRLF
    QCOMPARE(lines.size(), run.timeline.size() + 2);
    QVERIFY2(lines.contains(row), qPrintable(lines.join(u'\n')));
}

void TestRunExports::csvQuotesText()
{
    RunResult run = runOf(u"hello"_s);
    run.meal.dishes[0].id = u"hello"_s;
    run.meal.dishes[0].name = u"Salt, \"pepper\"\nand more"_s;
    const QString csv = QString::fromUtf8(exportCsv(run));
    QVERIFY2(csv.contains(u"\r\nhello,\"Salt, \"\"pepper\"\"\nand more\",waiting,0,1,1,s\r\n"_s), qPrintable(csv));
}

QTEST_GUILESS_MAIN(TestRunExports)
#include "tst_runexports.moc"
