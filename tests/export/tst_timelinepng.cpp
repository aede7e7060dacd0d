// SPDX-License-Identifier: MIT
// The timeline image, drawn offscreen (QT_QPA_PLATFORM=offscreen, no display).
#include "builtinmeals.h"
#include "simulation.h"
#include "timelineimage.h"

#include <QGuiApplication>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Kitchen;

Q_DECLARE_METATYPE(Kitchen::DishState)

class TestTimelinePng : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sizeFollowsTheMeal_data();
    void sizeFollowsTheMeal();
    void barsAreWhereTheLayoutSays_data();
    void barsAreWhereTheLayoutSays();
    void cookRowShowsTheBlockingWork();
    void savesAPng();
    void reportsAnUnwritablePath();
};

namespace {

RunResult runOf(const QString &name)
{
    return simulate(*BuiltinMeals::open(name).meal);
}

int dishIndex(const RunResult &run, const QString &id)
{
    return int(run.meal.dishIndex(id));
}

} // namespace

void TestTimelinePng::initTestCase()
{
    QVERIFY(qobject_cast<QGuiApplication *>(QCoreApplication::instance()));
}

void TestTimelinePng::sizeFollowsTheMeal_data()
{
    QTest::addColumn<QString>("meal");
    QTest::addColumn<int>("width");
    QTest::addRow("lunch") << u"lunch"_s << 1200;
    QTest::addRow("coffee, narrow") << u"coffee"_s << 700;
    QTest::addRow("hello, one dish") << u"hello"_s << 1200;
}

void TestTimelinePng::sizeFollowsTheMeal()
{
    QFETCH(QString, meal);
    QFETCH(int, width);
    const RunResult run = runOf(meal);
    const QImage image = renderTimeline(run, width);
    QVERIFY(!image.isNull());
    const TimelineLayout layout(run, width);
    QCOMPARE(image.size(), layout.imageSize());
    QCOMPARE(image.width(), width);
    QCOMPARE(layout.rowCount(), run.meal.dishes.size() + 1);
    // Each dish adds a row of the same height.
    RunResult oneLess = run;
    oneLess.meal.dishes.removeLast();
    QCOMPARE(layout.imageSize().height() - TimelineLayout(oneLess, width).imageSize().height(),
             int(layout.rowRect(1).height()));
}

void TestTimelinePng::barsAreWhereTheLayoutSays_data()
{
    QTest::addColumn<QString>("meal");
    QTest::addColumn<QString>("dish");
    QTest::addColumn<DishState>("state");
    QTest::addRow("lunch: avocado is blocking work") << u"lunch"_s << u"avocado"_s << DishState::Work;
    QTest::addRow("lunch: pasta waits") << u"lunch"_s << u"pasta"_s << DishState::Waiting;
    QTest::addRow("coffee: manual brew is blocking work") << u"coffee"_s << u"brew_coffee"_s << DishState::Work;
    QTest::addRow("coffee: toast is delayed by it") << u"coffee"_s << u"toast_bread"_s << DishState::Delayed;
    QTest::addRow("restaurant: salad is done early") << u"restaurant"_s << u"caesar_salad"_s << DishState::Done;
}

void TestTimelinePng::barsAreWhereTheLayoutSays()
{
    QFETCH(QString, meal);
    QFETCH(QString, dish);
    QFETCH(DishState, state);
    const RunResult run = runOf(meal);
    const int index = dishIndex(run, dish);
    QVERIFY(index >= 0);
    const QImage image = renderTimeline(run);
    const TimelineLayout layout(run);
    bool found = false;
    for (const Segment &segment : run.timeline) {
        if (segment.dish != index || segment.state != state)
            continue;
        found = true;
        const QRectF bar = layout.barRect(TimelineLayout::rowOfDish(index), segment.start, segment.end);
        QCOMPARE(image.pixelColor(bar.center().toPoint()), stateColor(state));
        // Just above the bar is the row's background, not the bar.
        QVERIFY(image.pixelColor(QPointF(bar.center().x(), bar.top() - 2).toPoint()) != stateColor(state));
    }
    QVERIFY2(found, "the run has no such segment");
}

void TestTimelinePng::cookRowShowsTheBlockingWork()
{
    const RunResult run = runOf(u"coffee"_s);
    const QImage image = renderTimeline(run);
    const TimelineLayout layout(run);
    int busy = 0;
    for (const CookSegment &span : run.cook) {
        const QPoint middle = layout.barRect(TimelineLayout::cookRow, span.start, span.end).center().toPoint();
        const QColor expected = span.busy ? stateColor(DishState::Work) : cookIdleColor();
        QCOMPARE(image.pixelColor(middle), expected);
        busy += span.busy ? 1 : 0;
    }
    QCOMPARE(busy, 1);
}

void TestTimelinePng::savesAPng()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"lunch.png"_s);
    QString error;
    const RunResult run = runOf(u"lunch"_s);
    QVERIFY2(saveTimelinePng(run, path, &error), qPrintable(error));
    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QCOMPARE(image.size(), TimelineLayout(run).imageSize());
}

void TestTimelinePng::reportsAnUnwritablePath()
{
    QString error;
    QVERIFY(!saveTimelinePng(runOf(u"lunch"_s), u"/nonexistent-folder/lunch.png"_s, &error));
    QVERIFY2(error.contains(u"/nonexistent-folder/lunch.png"_s), qPrintable(error));
}

QTEST_MAIN(TestTimelinePng)
#include "tst_timelinepng.moc"
