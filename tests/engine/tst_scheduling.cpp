// SPDX-License-Identifier: MIT
// asyncio's scheduling, turn by turn. Each scenario mirrors a small Python program;
// the expected "line@turn" lists are what CPython 3.11 printed with a loop that
// counts its _run_once() calls (see the comment above each row).
#include "mealbuilder.h"
#include "runreport.h"
#include "simulation.h"
#include "tasks.h"

#include <QTest>

using namespace Kitchen;
using namespace Qt::StringLiterals;

namespace {

/** Runs one scenario coroutine as asyncio.run() would and logs "what@turn". */
// GCC 12 miscompiles u"..."_s literals inside coroutine bodies ("array used as
// initializer"), so the coroutines below spell their strings with QStringLiteral.
class Script
{
public:
    KitchenLoop loop;
    QStringList log;

    void say(const QString &what) { log << QStringLiteral("%1@%2").arg(what).arg(loop.turns()); }

    QCoro::Task<QString> child(QString name)
    {
        say(name);
        co_return name;
    }

    QCoro::Task<QString> sleeper(QString name, Ticks duration)
    {
        say(name + QStringLiteral(" start"));
        co_await sleep(loop, duration);
        say(name + QStringLiteral(" end"));
        co_return name;
    }

    FuturePtr<QString> task(std::function<QCoro::Task<QString>()> body)
    {
        return createTask<QString>(loop, std::move(body));
    }
};

using Scenario = QCoro::Task<Done> (*)(Script &);

// async def main(): t = create_task(child()); print("created"); await t; print("after")
QCoro::Task<Done> awaitTask(Script &s)
{
    auto t = s.task([&s] { return s.child(QStringLiteral("child")); });
    s.say(QStringLiteral("created"));
    co_await t;
    s.say(QStringLiteral("after"));
    co_return Done{};
}

// async def main(): print("before"); await child(); print("after")
QCoro::Task<Done> awaitCoroutineInline(Script &s)
{
    s.say(QStringLiteral("before"));
    co_await s.child(QStringLiteral("child"));
    s.say(QStringLiteral("after"));
    co_return Done{};
}

// await asyncio.gather(child("a"), child("b"))
QCoro::Task<Done> gatherTwo(Script &s)
{
    s.say(QStringLiteral("before"));
    auto a = s.task([&s] { return s.child(QStringLiteral("a")); });
    auto b = s.task([&s] { return s.child(QStringLiteral("b")); });
    const QList<FuturePtr<QString>> both{a, b}; // built outside co_await: GCC 12 bug again
    const QStringList results = co_await gather<QString>(s.loop, both);
    s.say(QStringLiteral("after ") + results.join(u','));
    co_return Done{};
}

// async with TaskGroup() as tg: tg.create_task(child("a")); tg.create_task(child("b")); print("created")
QCoro::Task<Done> taskGroupTwo(Script &s)
{
    s.say(QStringLiteral("before"));
    TaskGroup<QString> group(s.loop);
    group.createTask([&s] { return s.child(QStringLiteral("a")); });
    group.createTask([&s] { return s.child(QStringLiteral("b")); });
    s.say(QStringLiteral("created"));
    co_await group.wait();
    s.say(QStringLiteral("after"));
    co_return Done{};
}

// await asyncio.gather(sleeper("a", 0), child("b"))
QCoro::Task<Done> sleepZeroYieldsOneTurn(Script &s)
{
    auto a = s.task([&s] { return s.sleeper(QStringLiteral("a"), 0); });
    auto b = s.task([&s] { return s.child(QStringLiteral("b")); });
    const QList<FuturePtr<QString>> both{a, b};
    co_await gather<QString>(s.loop, both);
    s.say(QStringLiteral("after"));
    co_return Done{};
}

// await asyncio.gather(sleeper("a", 0.01))
QCoro::Task<Done> timerWakesTwoTurnsLater(Script &s)
{
    auto a = s.task([&s] { return s.sleeper(QStringLiteral("a"), 10); });
    const QList<FuturePtr<QString>> one{a};
    co_await gather<QString>(s.loop, one);
    s.say(QStringLiteral("after"));
    co_return Done{};
}

// A task created but not awaited yet runs as soon as the creator suspends.
QCoro::Task<Done> creatorRunsOnUntilItAwaits(Script &s)
{
    auto a = s.task([&s] { return s.child(QStringLiteral("a")); });
    s.say(QStringLiteral("creator 1"));
    s.say(QStringLiteral("creator 2"));
    co_await sleep(s.loop, 0);
    s.say(QStringLiteral("creator resumed"));
    co_await a;
    co_return Done{};
}

} // namespace

class TestScheduling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void turnByTurnLikeCPython_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QStringList>("expected");
        // CPython: ['created@1', 'child@2', 'after@3']
        QTest::addRow("create_task starts on the next turn")
            << u"awaitTask"_s << QStringList{u"created@1"_s, u"child@2"_s, u"after@3"_s};
        // CPython: ['before@1', 'child@1', 'after@1']
        QTest::addRow("awaiting a coroutine runs it inline")
            << u"awaitCoroutineInline"_s << QStringList{u"before@1"_s, u"child@1"_s, u"after@1"_s};
        // CPython: ['before@1', 'a@2', 'b@2', 'after@4']
        QTest::addRow("gather starts tasks in creation order")
            << u"gatherTwo"_s << QStringList{u"before@1"_s, u"a@2"_s, u"b@2"_s, u"after a,b@4"_s};
        // CPython: ['before@1', 'created@1', 'a@2', 'b@2', 'after@4']
        QTest::addRow("TaskGroup tasks start after the creator suspends")
            << u"taskGroupTwo"_s
            << QStringList{u"before@1"_s, u"created@1"_s, u"a@2"_s, u"b@2"_s, u"after@4"_s};
        // CPython: ['a start@2', 'b@2', 'a end@3', 'after@5']
        QTest::addRow("sleep(0) yields exactly one turn")
            << u"sleepZeroYieldsOneTurn"_s
            << QStringList{u"a start@2"_s, u"b@2"_s, u"a end@3"_s, u"after@5"_s};
        // CPython: ['a start@2', 'a end@4', 'after@6']
        QTest::addRow("a timer wakes its sleeper one turn after firing")
            << u"timerWakesTwoTurnsLater"_s << QStringList{u"a start@2"_s, u"a end@4"_s, u"after@6"_s};
        QTest::addRow("the creator runs on until it awaits")
            << u"creatorRunsOnUntilItAwaits"_s
            << QStringList{u"creator 1@1"_s, u"creator 2@1"_s, u"a@2"_s, u"creator resumed@2"_s};
    }

    void turnByTurnLikeCPython()
    {
        QFETCH(QString, scenario);
        QFETCH(QStringList, expected);
        const QHash<QString, Scenario> scenarios{
            {u"awaitTask"_s, &awaitTask},
            {u"awaitCoroutineInline"_s, &awaitCoroutineInline},
            {u"gatherTwo"_s, &gatherTwo},
            {u"taskGroupTwo"_s, &taskGroupTwo},
            {u"sleepZeroYieldsOneTurn"_s, &sleepZeroYieldsOneTurn},
            {u"timerWakesTwoTurnsLater"_s, &timerWakesTwoTurnsLater},
            {u"creatorRunsOnUntilItAwaits"_s, &creatorRunsOnUntilItAwaits},
        };
        QVERIFY(scenarios.contains(scenario));
        Script script;
        const Scenario run = scenarios.value(scenario);
        auto main = createTask<Done>(script.loop, [&script, run] { return run(script); });
        QVERIFY(script.loop.runVirtuallyUntil([&main] { return main->isDone(); }));
        QCOMPARE(script.log, expected);
    }

    void mealOrdering_data()
    {
        using namespace MealBuilder;
        QTest::addColumn<Meal>("meal");
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<Ticks>("total");

        QTest::addRow("equal deadlines wake in the order the waits began")
            << meal({simpleDish(u"b"_s, StepKind::Wait, 1), simpleDish(u"a"_s, StepKind::Wait, 1)},
                    {{LaneMode::Gather, {u"b"_s, u"a"_s}}})
            << QStringList{u"b starts"_s, u"a starts"_s, u"b ends"_s, u"a ends"_s} << fromUnits(1);
        QTest::addRow("blocking work first delays every later task")
            << meal({simpleDish(u"peel"_s, StepKind::Work, 2), simpleDish(u"boil"_s, StepKind::Wait, 10)},
                    {{LaneMode::Gather, {u"peel"_s, u"boil"_s}}})
            << QStringList{u"peel starts"_s, u"peel ends"_s, u"boil starts"_s, u"boil ends"_s}
            << fromUnits(12);
        QTest::addRow("a late timer fires when the cook is free")
            << meal({simpleDish(u"toast"_s, StepKind::Wait, 1), simpleDish(u"brew"_s, StepKind::Work, 3)},
                    {{LaneMode::Gather, {u"toast"_s, u"brew"_s}}})
            << QStringList{u"toast starts"_s, u"brew starts"_s, u"brew ends"_s, u"toast ends"_s}
            << fromUnits(3);
        QTest::addRow("sync lanes await one dish after another")
            << meal({simpleDish(u"a"_s, StepKind::Wait, 2), simpleDish(u"b"_s, StepKind::Wait, 1)},
                    {{LaneMode::Sync, {u"a"_s, u"b"_s}}})
            << QStringList{u"a starts"_s, u"a ends"_s, u"b starts"_s, u"b ends"_s} << fromUnits(3);
        QTest::addRow("lanes run top to bottom")
            << meal({simpleDish(u"a"_s, StepKind::Wait, 2), simpleDish(u"b"_s, StepKind::Wait, 1),
                     simpleDish(u"c"_s, StepKind::Wait, 1)},
                    {{LaneMode::TaskGroup, {u"a"_s, u"b"_s}}, {LaneMode::Sync, {u"c"_s}}})
            << QStringList{u"a starts"_s, u"b starts"_s, u"b ends"_s, u"a ends"_s, u"c starts"_s, u"c ends"_s}
            << fromUnits(3);
        QTest::addRow("zero-length waits still yield")
            << meal({simpleDish(u"a"_s, StepKind::Wait, 0), simpleDish(u"b"_s, StepKind::Wait, 0)},
                    {{LaneMode::Gather, {u"a"_s, u"b"_s}}})
            << QStringList{u"a starts"_s, u"b starts"_s, u"a ends"_s, u"b ends"_s} << Ticks(0);
        QTest::addRow("an empty lane is skipped")
            << meal({simpleDish(u"a"_s, StepKind::Wait, 1)},
                    {{LaneMode::Gather, {}}, {LaneMode::TaskGroup, {}}, {LaneMode::Sync, {u"a"_s}}})
            << QStringList{u"a starts"_s, u"a ends"_s} << fromUnits(1);
    }

    void mealOrdering()
    {
        QFETCH(Meal, meal);
        QFETCH(QStringList, lines);
        QFETCH(Ticks, total);
        const RunResult run = simulate(meal);
        QVERIFY(run.finished);
        QStringList printed;
        for (const LogEvent &event : run.events)
            printed << event.text;
        QCOMPARE(printed, lines);
        QCOMPARE(run.total, total);
    }
};

QTEST_GUILESS_MAIN(TestScheduling)
#include "tst_scheduling.moc"
