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

    /// async def child(name, d, fail=False, work=0): print; time.sleep(work); await sleep(d); print; raise?
    QCoro::Task<QString> burner(QString name, Ticks duration, bool fails, Ticks work = 0)
    {
        say(name + QStringLiteral(" start"));
        loop.holdCook(work);
        co_await sleep(loop, duration);
        say(name + QStringLiteral(" end"));
        if (fails)
            throw PythonError::runtimeError(name, -1);
        co_return pythonRepr(name);
    }

    FuturePtr<QString> task(std::function<QCoro::Task<QString>()> body)
    {
        tasks << createTask<QString>(loop, std::move(body));
        return tasks.constLast();
    }

    /// asyncio.run()'s end: one more turn, then leftover tasks are cancelled and run until they stop.
    bool shutDown()
    {
        loop.runOnce();
        for (const auto &task : std::as_const(tasks))
            task->cancel();
        return loop.runVirtuallyUntil([this] {
            return std::all_of(tasks.cbegin(), tasks.cend(), [](const auto &task) { return task->isDone(); });
        });
    }

    QList<FuturePtr<QString>> tasks;
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

/** One child of a failure scenario: child(name, duration, fail=fails), after `work` of blocking work. */
struct Burner {
    QString name;
    Ticks duration = 0;
    bool fails = false;
    Ticks work = 0;
};

// try: await gather(child("a", 1, fail=True), child("b", 2)) except Exception as e: print(repr(e))
// then, when @p thenSleep > 0, `await asyncio.sleep(thenSleep)`: the other dish keeps cooking.
QCoro::Task<Done> gatherAB(Script &s, Ticks thenSleep)
{
    auto a = s.task([&s] { return s.burner(QStringLiteral("a"), 1000, true); });
    auto b = s.task([&s] { return s.burner(QStringLiteral("b"), 2000, false); });
    const QList<FuturePtr<QString>> both{a, b};
    try {
        co_await gather<QString>(s.loop, both);
    } catch (const PythonError &error) {
        s.say(QStringLiteral("caught ") + error.repr());
    }
    if (thenSleep > 0)
        co_await sleep(s.loop, thenSleep);
    s.say(QStringLiteral("main end"));
    co_return Done{};
}

QCoro::Task<Done> gatherFailure(Script &s)
{
    return gatherAB(s, 0);
}

QCoro::Task<Done> gatherFailureOthersCarryOn(Script &s)
{
    return gatherAB(s, 5000);
}

// try: async with TaskGroup() as tg: tg.create_task(child(...)) for each burner
// except Exception as e: print(repr(e)); then, with @p sayEnd, print("main end").
QCoro::Task<Done> taskGroupOf(Script &s, QList<Burner> burners, bool sayEnd)
{
    try {
        TaskGroup<QString> group(s.loop);
        for (const Burner &child : burners)
            s.tasks << group.createTask(
                [&s, child] { return s.burner(child.name, child.duration, child.fails, child.work); });
        co_await group.wait();
    } catch (const PythonError &error) {
        s.say(QStringLiteral("caught ") + error.repr());
    }
    if (sayEnd)
        s.say(QStringLiteral("main end"));
    co_return Done{};
}

// child("a", 1, fail=True), child("b", 2), child("c", 0.5)
QCoro::Task<Done> taskGroupFailureCancelsSiblings(Script &s)
{
    return taskGroupOf(s, {{u"a"_s, 1000, true}, {u"b"_s, 2000, false}, {u"c"_s, 500, false}}, true);
}

// child("a", 1, fail=True), child("b", 1, work=3): the blocking step runs to its end.
QCoro::Task<Done> taskGroupCannotInterruptWork(Script &s)
{
    return taskGroupOf(s, {{u"a"_s, 1000, true}, {u"b"_s, 1000, false, 3000}}, false);
}

// child("a", 2, fail=True), child("b", 1): the last task to end is the one that fails.
QCoro::Task<Done> taskGroupLastTaskFails(Script &s)
{
    return taskGroupOf(s, {{u"a"_s, 2000, true}, {u"b"_s, 1000, false}}, false);
}

// child("a", 1, fail=True), child("b", 1, fail=True): both errors, in the order they ended.
QCoro::Task<Done> taskGroupTwoFailures(Script &s)
{
    return taskGroupOf(s, {{u"a"_s, 1000, true}, {u"b"_s, 1000, true}}, false);
}

// try: await child("a", 1, fail=True); await child("b", 1) except ...: inline, so no extra turn.
QCoro::Task<Done> awaitedCoroutineFails(Script &s)
{
    try {
        co_await s.burner(QStringLiteral("a"), 1000, true);
        co_await s.burner(QStringLiteral("b"), 1000, false);
    } catch (const PythonError &error) {
        s.say(QStringLiteral("caught ") + error.repr());
    }
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
        QTest::addColumn<Ticks>("total"); // -1: not checked
        // CPython: ['created@1', 'child@2', 'after@3']
        QTest::addRow("create_task starts on the next turn")
            << u"awaitTask"_s << QStringList{u"created@1"_s, u"child@2"_s, u"after@3"_s} << Ticks(-1);
        // CPython: ['before@1', 'child@1', 'after@1']
        QTest::addRow("awaiting a coroutine runs it inline")
            << u"awaitCoroutineInline"_s << QStringList{u"before@1"_s, u"child@1"_s, u"after@1"_s} << Ticks(-1);
        // CPython: ['before@1', 'a@2', 'b@2', 'after@4']
        QTest::addRow("gather starts tasks in creation order")
            << u"gatherTwo"_s << QStringList{u"before@1"_s, u"a@2"_s, u"b@2"_s, u"after a,b@4"_s} << Ticks(-1);
        // CPython: ['before@1', 'created@1', 'a@2', 'b@2', 'after@4']
        QTest::addRow("TaskGroup tasks start after the creator suspends")
            << u"taskGroupTwo"_s
            << QStringList{u"before@1"_s, u"created@1"_s, u"a@2"_s, u"b@2"_s, u"after@4"_s} << Ticks(-1);
        // CPython: ['a start@2', 'b@2', 'a end@3', 'after@5']
        QTest::addRow("sleep(0) yields exactly one turn")
            << u"sleepZeroYieldsOneTurn"_s
            << QStringList{u"a start@2"_s, u"b@2"_s, u"a end@3"_s, u"after@5"_s} << Ticks(-1);
        // CPython: ['a start@2', 'a end@4', 'after@6']
        QTest::addRow("a timer wakes its sleeper one turn after firing")
            << u"timerWakesTwoTurnsLater"_s << QStringList{u"a start@2"_s, u"a end@4"_s, u"after@6"_s} << Ticks(-1);
        // The rows below end with asyncio.run()'s shutdown, which cancels what is left.
        const QString groupOfA = u"caught ExceptionGroup('unhandled errors in a TaskGroup', [RuntimeError('a')])"_s;
        // CPython: ['a start@2', 'b start@2', 'a end@4', "caught RuntimeError('a')@6", 'main end@6'] t=1
        QTest::addRow("gather: the error reaches the awaiting code two turns later")
            << u"gatherFailure"_s
            << QStringList{u"a start@2"_s, u"b start@2"_s, u"a end@4"_s, u"caught RuntimeError('a')@6"_s,
                           u"main end@6"_s} << Ticks(1000);
        // CPython: [..., "caught RuntimeError('a')@6", 'b end@8', 'main end@11'] t=6
        QTest::addRow("gather: the other dishes keep cooking")
            << u"gatherFailureOthersCarryOn"_s
            << QStringList{u"a start@2"_s, u"b start@2"_s, u"a end@4"_s, u"caught RuntimeError('a')@6"_s,
                           u"b end@8"_s, u"main end@11"_s} << Ticks(6000);
        // CPython: ['a start@2', 'b start@2', 'c start@2', 'c end@4', 'a end@7', "caught ExceptionGroup(...)@11", 'main end@11'] t=1
        QTest::addRow("TaskGroup: siblings are cancelled, the group raises once they stop")
            << u"taskGroupFailureCancelsSiblings"_s
            << QStringList{u"a start@2"_s, u"b start@2"_s, u"c start@2"_s, u"c end@4"_s, u"a end@7"_s,
                           groupOfA + u"@11"_s, u"main end@11"_s} << Ticks(1000);
        // CPython: ['a start@2', 'b start@2', 'a end@4', "caught ExceptionGroup(...)@8"] t=3
        QTest::addRow("TaskGroup: blocking work is not interrupted")
            << u"taskGroupCannotInterruptWork"_s
            << QStringList{u"a start@2"_s, u"b start@2"_s, u"a end@4"_s, groupOfA + u"@8"_s} << Ticks(3000);
        // CPython: ['a start@2', 'b start@2', 'b end@4', 'a end@7', "caught ExceptionGroup(...)@9"] t=2
        QTest::addRow("TaskGroup: the last task fails")
            << u"taskGroupLastTaskFails"_s
            << QStringList{u"a start@2"_s, u"b start@2"_s, u"b end@4"_s, u"a end@7"_s, groupOfA + u"@9"_s}
            << Ticks(2000);
        // CPython: [..., 'a end@4', 'b end@4', "caught ExceptionGroup('...', [RuntimeError('a'), RuntimeError('b')])@6"] t=1
        QTest::addRow("TaskGroup: every error, in the order they ended")
            << u"taskGroupTwoFailures"_s
            << QStringList{u"a start@2"_s, u"b start@2"_s, u"a end@4"_s, u"b end@4"_s,
                           u"caught ExceptionGroup('unhandled errors in a TaskGroup', [RuntimeError('a'), "
                           u"RuntimeError('b')])@6"_s} << Ticks(1000);
        // CPython: ['a start@1', 'a end@3', "caught RuntimeError('a')@3"] t=1
        QTest::addRow("an awaited coroutine raises inline")
            << u"awaitedCoroutineFails"_s
            << QStringList{u"a start@1"_s, u"a end@3"_s, u"caught RuntimeError('a')@3"_s} << Ticks(1000);
        QTest::addRow("the creator runs on until it awaits")
            << u"creatorRunsOnUntilItAwaits"_s
            << QStringList{u"creator 1@1"_s, u"creator 2@1"_s, u"a@2"_s, u"creator resumed@2"_s} << Ticks(-1);
    }

    void turnByTurnLikeCPython()
    {
        QFETCH(QString, scenario);
        QFETCH(QStringList, expected);
        QFETCH(Ticks, total);
        const QHash<QString, Scenario> scenarios{
            {u"gatherFailure"_s, &gatherFailure},
            {u"gatherFailureOthersCarryOn"_s, &gatherFailureOthersCarryOn},
            {u"taskGroupFailureCancelsSiblings"_s, &taskGroupFailureCancelsSiblings},
            {u"taskGroupCannotInterruptWork"_s, &taskGroupCannotInterruptWork},
            {u"taskGroupLastTaskFails"_s, &taskGroupLastTaskFails},
            {u"taskGroupTwoFailures"_s, &taskGroupTwoFailures},
            {u"awaitedCoroutineFails"_s, &awaitedCoroutineFails},
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
        QVERIFY(script.shutDown()); // no frame is left suspended
        QCOMPARE(script.log, expected);
        if (total >= 0)
            QCOMPARE(script.loop.now(), total);
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
