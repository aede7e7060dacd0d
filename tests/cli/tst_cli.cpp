// SPDX-License-Identifier: MIT
// async-kitchen-cli as a teacher uses it: listing, running, comparing strategies, bad input.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(KITCHEN_CLI), arguments);
    if (!process.waitForFinished(60'000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scenariosListsNameThenSummary()
    {
        const CliRun run = runCli({u"scenarios"_s});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 7);
        QVERIFY(lines.contains(u"lunch\tPasta boils and meatloaf heats by themselves; the avocado needs the cook."_s));
        for (const QString &line : lines) {
            const QStringList fields = line.split(u'\t');
            QCOMPARE(fields.size(), 2);
            QVERIFY2(!fields[1].isEmpty(), qPrintable(line));
        }
    }

    void jsonTotals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<double>("total");
        QTest::addColumn<QString>("unit");
        QTest::addRow("lunch sync") << QStringList{u"lunch"_s, u"--all-lanes"_s, u"sync"_s} << 15.0 << u"min"_s;
        QTest::addRow("lunch gather") << QStringList{u"lunch"_s, u"--all-lanes"_s, u"gather"_s} << 10.0 << u"min"_s;
        QTest::addRow("restaurant sync") << QStringList{u"restaurant"_s, u"--all-lanes"_s, u"sync"_s} << 27.0 << u"s"_s;
        QTest::addRow("restaurant gather") << QStringList{u"restaurant"_s, u"--all-lanes"_s, u"gather"_s} << 16.0 << u"s"_s;
        QTest::addRow("messages sync") << QStringList{u"messages"_s, u"--all-lanes"_s, u"sync"_s} << 4.0 << u"s"_s;
        QTest::addRow("messages taskgroup") << QStringList{u"messages"_s, u"--all-lanes"_s, u"taskgroup"_s} << 2.0 << u"s"_s;
        QTest::addRow("coffee manual") << QStringList{u"coffee"_s} << 4.9 << u"s"_s;
        QTest::addRow("coffee automatic") << QStringList{u"coffee-auto"_s} << 4.0 << u"s"_s;
    }

    void jsonTotals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(double, total);
        QFETCH(QString, unit);
        const CliRun run = runCli(QStringList{u"run"_s} + arguments + QStringList{u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.value(u"total").toDouble(), total);
        QCOMPARE(json.value(u"unit").toString(), unit);
        const QJsonArray events = json.value(u"events").toArray();
        const QJsonArray timeline = json.value(u"timeline").toArray();
        QVERIFY(!events.isEmpty());
        QVERIFY(!timeline.isEmpty());
        for (const QJsonValue &event : events) {
            QVERIFY(event[u"time"].isDouble());
            QVERIFY(event[u"dish"].isString());
            QVERIFY(event[u"text"].isString());
        }
        for (const QJsonValue &segment : timeline) {
            QVERIFY(segment[u"dish"].isString());
            QVERIFY(segment[u"state"].isString());
            QVERIFY(segment[u"start"].toDouble() < segment[u"end"].toDouble());
        }
    }

    void gatherKeepsTheArticlesLineOrder()
    {
        const CliRun run = runCli({u"run"_s, u"lunch"_s, u"--all-lanes"_s, u"gather"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QStringList texts;
        for (const QJsonValue &event : QJsonDocument::fromJson(run.out.toUtf8())[u"events"].toArray())
            texts << event[u"text"].toString();
        QCOMPARE(texts, (QStringList{u"Preparing lunch."_s, u"Pasta will now cook."_s,
                                     u"Meatloaf in the microwave."_s, u"Peeling/slicing avocado."_s,
                                     u"Avocado sliced."_s, u"Meatloaf heated."_s, u"Pasta ready."_s}));
    }

    void textLogEndsWithTheTotal()
    {
        const CliRun run = runCli({u"run"_s, u"coffee"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.endsWith(u"Total prep time: 4.9 s\n"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"[  4 s] Toast bread        Toast bread starts"_s));
    }

    void runsAMealFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"tea.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"version": 1, "name": "Tea", "unit": "min",
            "dishes": [{"id": "tea", "steps": [{"duration": 4, "kind": "wait", "end": "Tea is ready."}]}],
            "lanes": [{"mode": "sync", "dishes": ["tea"]}]})");
        file.close();
        const CliRun run = runCli({u"run"_s, path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"Tea is ready."_s));
        QVERIFY(run.out.endsWith(u"Total prep time: 4 min\n"_s));
    }

    void badInputGetsOneLineAndNonZeroExit_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("fileContent"); // written to FILE when an argument is FILE
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addRow("no command") << QStringList{} << QByteArray() << 2 << u"no command given"_s;
        QTest::addRow("unknown command") << QStringList{u"bake"_s} << QByteArray() << 2 << u"unknown command \"bake\""_s;
        QTest::addRow("run without a meal") << QStringList{u"run"_s} << QByteArray() << 2 << u"run takes one meal"_s;
        QTest::addRow("unknown meal") << QStringList{u"run"_s, u"pizza"_s} << QByteArray() << 1
                                      << u"pizza: no built-in meal has this name"_s;
        QTest::addRow("unknown lane mode") << QStringList{u"run"_s, u"lunch"_s, u"--all-lanes"_s, u"async"_s}
                                           << QByteArray() << 2 << u"--all-lanes: unknown mode \"async\""_s;
        QTest::addRow("unknown option") << QStringList{u"run"_s, u"lunch"_s, u"--fast"_s} << QByteArray() << 2
                                        << u"Unknown option 'fast'"_s;
        QTest::addRow("broken JSON") << QStringList{u"run"_s, u"FILE"_s} << QByteArray("{\n  \"name\": \n") << 1
                                     << u"line 3, column 1: not valid JSON"_s;
        QTest::addRow("not JSON at all") << QStringList{u"run"_s, u"FILE"_s} << QByteArray("\x89PNG\r\n") << 1
                                         << u"line 1, column 1: this is not a meal file"_s;
        QTest::addRow("empty file") << QStringList{u"run"_s, u"FILE"_s} << QByteArray("") << 1 << u"the file is empty"_s;
        QTest::addRow("negative duration")
            << QStringList{u"run"_s, u"FILE"_s}
            << QByteArray(R"({"version":1,"name":"x","unit":"s","dishes":[{"id":"a","steps":[{"duration":-1,"kind":"wait"}]}],"lanes":[]})")
            << 1 << u"dishes[0].steps[0].duration: must be between 0 and"_s;
    }

    void badInputGetsOneLineAndNonZeroExit()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, fileContent);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"meal.json"_s);
        if (arguments.contains(u"FILE"_s)) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(fileContent);
            arguments.replace(arguments.indexOf(u"FILE"_s), path);
        }
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.err.startsWith(u"async-kitchen-cli: "_s), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
