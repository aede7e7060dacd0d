// SPDX-License-Identifier: MIT
// The live clock: the same coroutines on a real Qt event loop in a kitchen thread.
// Logical results must equal the virtual prediction exactly; real timing is only
// checked against generous bounds, because this machine is shared and noisy.
#include "builtinmeals.h"
#include "livekitchen.h"
#include "mealbuilder.h"
#include "simulation.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Kitchen;
using namespace Qt::StringLiterals;

namespace {

constexpr int runTimeoutMs = 30'000;

QStringList lines(const QList<LogEvent> &events)
{
    QStringList out;
    for (const LogEvent &event : events)
        out << u"%1 %2 %3"_s.arg(formatUnits(event.time)).arg(event.dish).arg(event.text);
    return out;
}

RunResult playToTheEnd(const Meal &meal, double secondsPerUnit)
{
    LiveKitchen kitchen;
    QSignalSpy finished(&kitchen, &LiveKitchen::finished);
    kitchen.start(meal, secondsPerUnit);
    if (!finished.wait(runTimeoutMs))
        return {};
    return finished.first().first().value<RunResult>();
}

} // namespace

class TestLiveKitchen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void liveRunReproducesThePrediction_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("allLanes");
        for (const QString &name : BuiltinMeals::names()) {
            QTest::addRow("%s", qPrintable(name)) << name << QString();
            QTest::addRow("%s sync", qPrintable(name)) << name << u"sync"_s;
        }
    }

    void liveRunReproducesThePrediction()
    {
        QFETCH(QString, name);
        QFETCH(QString, allLanes);
        Meal meal = *BuiltinMeals::open(name).meal;
        LaneMode mode;
        if (parseLaneMode(allLanes, mode))
            meal = meal.withAllLanes(mode);
        const double secondsPerUnit = 0.2 / std::max(1.0, toUnits(simulate(meal).total)); // ~0.2 s a meal

        const RunResult predicted = simulate(meal);
        const RunResult live = playToTheEnd(meal, secondsPerUnit);
        QVERIFY(live.finished);
        QCOMPARE(lines(live.events), lines(predicted.events));
        QCOMPARE(live.total, predicted.total);

        // Each line really happened near its predicted time: within half the meal, loose
        // enough for a loaded machine yet far below what a wrong scale or drift would give.
        const Ticks tolerance = std::max<Ticks>(predicted.total / 2, ticksPerUnit);
        for (const LogEvent &event : live.events) {
            QVERIFY2(event.observed >= event.time - ticksPerUnit / 100,
                     qPrintable(u"\"%1\" happened early: %2 < %3"_s.arg(event.text).arg(event.observed).arg(event.time)));
            QVERIFY2(event.observed <= event.time + tolerance,
                     qPrintable(u"\"%1\" happened late: %2 > %3"_s.arg(event.text).arg(event.observed).arg(event.time)));
        }
    }

    void guiLoopKeepsTickingWhileTheKitchenIsBlocked()
    {
        using namespace MealBuilder;
        // One blocking step of 0.4 s real time holds the kitchen thread's loop.
        const Meal meal = MealBuilder::meal({simpleDish(u"knead"_s, StepKind::Work, 4)},
                                            {{LaneMode::Sync, {u"knead"_s}}});
        LiveKitchen kitchen;
        QSignalSpy finished(&kitchen, &LiveKitchen::finished);
        int ticksDuringTheBlock = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticksDuringTheBlock; });
        QElapsedTimer elapsed;
        elapsed.start();
        kitchen.start(meal, 0.1);
        ticker.start();
        QVERIFY(finished.wait(runTimeoutMs));
        ticker.stop();
        // The work really blocked for its 0.4 s, and this thread's loop ran all along.
        QVERIFY2(elapsed.elapsed() >= 390, qPrintable(QString::number(elapsed.elapsed())));
        QVERIFY2(ticksDuringTheBlock >= 5, qPrintable(QString::number(ticksDuringTheBlock)));
    }

    void pauseHoldsTheMealAndResumeFinishesIt()
    {
        const Meal meal = *BuiltinMeals::open(u"lunch"_s).meal;
        LiveKitchen kitchen;
        QSignalSpy finished(&kitchen, &LiveKitchen::finished);
        QSignalSpy logged(&kitchen, &LiveKitchen::logged);
        kitchen.start(meal, 0.02); // 10 min of lunch in 0.2 s
        QTRY_VERIFY_WITH_TIMEOUT(logged.size() >= 4, runTimeoutMs);
        kitchen.pause();
        QVERIFY(kitchen.isPaused());
        const Ticks pausedAt = kitchen.observedTicks();
        QTest::qWait(300); // longer than the rest of the meal would take
        QCOMPARE(kitchen.observedTicks(), pausedAt);
        QVERIFY(finished.isEmpty());
        kitchen.resume();
        QVERIFY(finished.wait(runTimeoutMs));
        const RunResult live = finished.first().first().value<RunResult>();
        QCOMPARE(lines(live.events), lines(simulate(meal).events));
    }

    void speedChangeKeepsTheLogicalResult()
    {
        const Meal meal = *BuiltinMeals::open(u"cake"_s).meal;
        LiveKitchen kitchen;
        QSignalSpy finished(&kitchen, &LiveKitchen::finished);
        QSignalSpy logged(&kitchen, &LiveKitchen::logged);
        kitchen.start(meal, 0.5);
        QTRY_VERIFY_WITH_TIMEOUT(logged.size() >= 1, runTimeoutMs);
        kitchen.setSecondsPerUnit(0.02);
        QVERIFY(finished.wait(runTimeoutMs));
        QCOMPARE(lines(finished.first().first().value<RunResult>().events), lines(simulate(meal).events));
    }

    void mainBlockingWorkIsReportedAsItHappens()
    {
        // main()'s own blocking step in a create_task lane: the window draws it on the cook's
        // row from what the live kitchen reports, not from the prediction.
        Meal meal = *BuiltinMeals::open(u"create-tasks"_s).meal;
        meal.lanes[0].steps[2].duration = fromUnits(1); // "Do other work here..." takes a second
        LiveKitchen kitchen;
        QSignalSpy finished(&kitchen, &LiveKitchen::finished);
        QSignalSpy states(&kitchen, &LiveKitchen::dishStateChanged);
        kitchen.start(meal, 0.02);
        QVERIFY(finished.wait(runTimeoutMs));

        QList<std::pair<Ticks, Ticks>> reported;
        for (const QList<QVariant> &signal : std::as_const(states)) {
            const Ticks at = signal.at(2).value<Ticks>(), until = signal.at(3).value<Ticks>();
            if (signal.at(0).toInt() == mainCoroutine && signal.at(1).value<DishState>() == DishState::Work && until > at)
                reported.append({at, until});
        }
        QList<std::pair<Ticks, Ticks>> predicted;
        for (const CookSegment &busy : simulate(meal).cook) {
            if (busy.busy && busy.dish == mainCoroutine)
                predicted.append({busy.start, busy.end});
        }
        QCOMPARE(predicted.size(), 1);
        QCOMPARE(reported, predicted);
    }

    void stopDuringBlockingWorkReturnsPromptly()
    {
        using namespace MealBuilder;
        const Meal meal = MealBuilder::meal({simpleDish(u"knead"_s, StepKind::Work, 100)},
                                            {{LaneMode::Sync, {u"knead"_s}}});
        LiveKitchen kitchen;
        QSignalSpy finished(&kitchen, &LiveKitchen::finished);
        QSignalSpy states(&kitchen, &LiveKitchen::dishStateChanged);
        kitchen.start(meal, 1.0); // 100 s of work
        QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty(), runTimeoutMs);
        QElapsedTimer elapsed;
        elapsed.start();
        kitchen.stop();
        QVERIFY(!kitchen.isRunning());
        QVERIFY2(elapsed.elapsed() < 10'000, "stop() waited for the blocking step");
        QTest::qWait(50);
        QVERIFY(finished.isEmpty()); // a stopped run reports nothing more
    }
};

QTEST_GUILESS_MAIN(TestLiveKitchen)
#include "tst_livekitchen.moc"
