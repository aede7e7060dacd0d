// SPDX-License-Identifier: MIT
// What a run produces besides the log: spans per dish, the cook's row, totals, late timers.
#include "builtinmeals.h"
#include "mealbuilder.h"
#include "simulation.h"

#include <QTest>

using namespace Kitchen;
using namespace Qt::StringLiterals;

namespace {

/// "state start-end" for each span of one dish, in meal units.
QStringList spansOf(const RunResult &run, const QString &dishId)
{
    QStringList spans;
    for (const Segment &segment : run.timeline) {
        if (run.dishId(segment.dish) == dishId)
            spans << u"%1 %2-%3"_s.arg(toString(segment.state), formatUnits(segment.start),
                                       formatUnits(segment.end));
    }
    return spans;
}

QStringList cookRow(const RunResult &run)
{
    QStringList spans;
    for (const CookSegment &segment : run.cook)
        spans << u"%1 %2-%3"_s.arg(segment.busy ? run.dishId(segment.dish) : u"idle"_s,
                                   formatUnits(segment.start), formatUnits(segment.end));
    return spans;
}

Meal lunch()
{
    return *BuiltinMeals::open(u"lunch"_s).meal;
}

/// toast waits 1 while brew holds the cook for 3: toast's timer fires 2 late.
Meal lateToast()
{
    using namespace MealBuilder;
    return meal({simpleDish(u"toast"_s, StepKind::Wait, 1), simpleDish(u"brew"_s, StepKind::Work, 3)},
                {{LaneMode::Gather, {u"toast"_s, u"brew"_s}}});
}

/// peel holds the cook for 2 before boil's task even starts.
Meal peelFirst()
{
    using namespace MealBuilder;
    return meal({simpleDish(u"peel"_s, StepKind::Work, 2), simpleDish(u"boil"_s, StepKind::Wait, 10)},
                {{LaneMode::Gather, {u"peel"_s, u"boil"_s}}});
}

/// toast burns after 2; eggs wait 3; tea holds the cook for 1 after 1 of waiting.
Meal burntToast(LaneMode mode)
{
    using namespace MealBuilder;
    Dish toast = simpleDish(u"toast"_s, StepKind::Wait, 2);
    toast.steps[0].error = u"burnt"_s;
    const Dish tea = dish(u"tea"_s, {wait(1), work(1), wait(1)});
    return meal({toast, simpleDish(u"eggs"_s, StepKind::Wait, 3), tea},
                {{mode, {u"toast"_s, u"eggs"_s, u"tea"_s}}});
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dishSpans_data()
    {
        QTest::addColumn<Meal>("meal");
        QTest::addColumn<QString>("dish");
        QTest::addColumn<QStringList>("spans");

        QTest::addRow("lunch pasta waits the whole time")
            << lunch() << u"pasta"_s << QStringList{u"waiting 0-10"_s};
        QTest::addRow("lunch meatloaf is done early")
            << lunch() << u"meatloaf"_s << QStringList{u"waiting 0-3"_s, u"done 3-10"_s};
        QTest::addRow("lunch avocado holds the cook")
            << lunch() << u"avocado"_s << QStringList{u"work 0-2"_s, u"done 2-10"_s};
        QTest::addRow("lunch in sync: each dish after the last")
            << lunch().withAllLanes(LaneMode::Sync) << u"avocado"_s << QStringList{u"work 13-15"_s};
        QTest::addRow("a timer due during blocking work is delayed")
            << lateToast() << u"toast"_s << QStringList{u"waiting 0-1"_s, u"delayed 1-3"_s};
        QTest::addRow("a task is ready but delayed until the cook is free")
            << peelFirst() << u"boil"_s << QStringList{u"delayed 0-2"_s, u"waiting 2-12"_s};
        QTest::addRow("a dish that burns ends failed")
            << burntToast(LaneMode::Gather) << u"toast"_s << QStringList{u"waiting 0-2"_s, u"failed 2-2"_s};
        QTest::addRow("gather: a sibling cooks on until asyncio.run() cancels it")
            << burntToast(LaneMode::Gather) << u"eggs"_s << QStringList{u"waiting 0-2"_s, u"cancelled 2-2"_s};
        QTest::addRow("gather: a sibling between its steps is cancelled at its next await")
            << burntToast(LaneMode::Gather) << u"tea"_s
            << QStringList{u"waiting 0-1"_s, u"work 1-2"_s, u"cancelled 2-2"_s};
        QTest::addRow("taskgroup: a waiting sibling is cancelled at once")
            << burntToast(LaneMode::TaskGroup) << u"eggs"_s << QStringList{u"waiting 0-2"_s, u"cancelled 2-2"_s};
        QTest::addRow("sync: the dishes after the burnt one never start")
            << burntToast(LaneMode::Sync) << u"eggs"_s << QStringList{};
    }

    void dishSpans()
    {
        QFETCH(Meal, meal);
        QFETCH(QString, dish);
        QFETCH(QStringList, spans);
        QCOMPARE(spansOf(simulate(meal), dish), spans);
    }

    void cookRow_data()
    {
        QTest::addColumn<Meal>("meal");
        QTest::addColumn<QStringList>("row");
        QTest::addRow("lunch gather") << lunch() << QStringList{u"avocado 0-2"_s, u"idle 2-10"_s};
        QTest::addRow("lunch sync") << lunch().withAllLanes(LaneMode::Sync)
                                    << QStringList{u"idle 0-13"_s, u"avocado 13-15"_s};
        QTest::addRow("late toast") << lateToast() << QStringList{u"brew 0-3"_s};
    }

    void cookRow()
    {
        QFETCH(Meal, meal);
        QFETCH(QStringList, row);
        QCOMPARE(::cookRow(simulate(meal)), row);
    }

    void totals_data()
    {
        QTest::addColumn<Meal>("meal");
        QTest::addColumn<QString>("dish");
        QTest::addColumn<QString>("busy");
        QTest::addColumn<QString>("waiting");
        QTest::addColumn<QString>("delayed");
        QTest::addRow("avocado") << lunch() << u"avocado"_s << u"2"_s << u"0"_s << u"0"_s;
        QTest::addRow("pasta") << lunch() << u"pasta"_s << u"0"_s << u"10"_s << u"0"_s;
        QTest::addRow("late toast") << lateToast() << u"toast"_s << u"0"_s << u"1"_s << u"2"_s;
        QTest::addRow("boil after peel") << peelFirst() << u"boil"_s << u"0"_s << u"10"_s << u"2"_s;
    }

    void totals()
    {
        QFETCH(Meal, meal);
        QFETCH(QString, dish);
        QFETCH(QString, busy);
        QFETCH(QString, waiting);
        QFETCH(QString, delayed);
        const RunResult run = simulate(meal);
        const DishTotals totals = run.totals.at(meal.dishIndex(dish));
        QCOMPARE(formatUnits(totals.busy), busy);
        QCOMPARE(formatUnits(totals.waiting), waiting);
        QCOMPARE(formatUnits(totals.delayed), delayed);
    }

    void lateTimersAreRecorded()
    {
        const RunResult run = simulate(lateToast());
        QCOMPARE(run.lateTimers.size(), 1);
        QCOMPARE(run.dishId(run.lateTimers[0].dish), u"toast"_s);
        QCOMPARE(run.lateTimers[0].deadline, fromUnits(1));
        QCOMPARE(run.lateTimers[0].firedAt, fromUnits(3));
        QVERIFY(simulate(lunch()).lateTimers.isEmpty());
    }

    void fractionalDurationsAreExact()
    {
        using namespace MealBuilder;
        const Meal toast = meal({simpleDish(u"toast"_s, StepKind::Wait, 0.9)}, {{LaneMode::Sync, {u"toast"_s}}});
        QCOMPARE(simulate(toast).total, Ticks(900));
    }
};

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
