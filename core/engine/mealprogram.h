// SPDX-License-Identifier: MIT
#pragma once

#include "future.h"
#include "helperpool.h"
#include "meal.h"
#include "runrecorder.h"
#include "tasks.h"

#include <QCoro/QCoroTask>
#include <QHash>

#include <memory>
#include <vector>

namespace Kitchen {

class Semaphore;

/**
 * @brief A meal as a program of QCoro coroutines on a KitchenLoop.
 *
 * main() prints the meal's opening line and awaits each lane in turn; a lane
 * awaits its dishes the way its mode says; a dish prints its messages and, for
 * each step, either awaits a timer or holds the cook, and raises if it burns.
 * A lane that can fail is guarded: main() prints its error and goes on with the
 * next lane. This is the program the code panel shows as Python, including
 * asyncio.run()'s shutdown, which cancels the tasks main() left running.
 */
class MealProgram
{
public:
    MealProgram(const Meal &meal, KitchenLoop &loop, RunRecorder &recorder);
    ~MealProgram();
    MealProgram(const MealProgram &) = delete;
    MealProgram &operator=(const MealProgram &) = delete;

    /// asyncio.run(main()): schedules main() as the first task.
    [[nodiscard]] FuturePtr<Done> start();
    /// asyncio.run() has returned: main() is done, and so is every task it left behind.
    [[nodiscard]] bool isFinished() const;

private:
    /// The shutdown of asyncio.run(): the turn after main() ends stops the loop
    /// (run_until_complete's done callback); then leftover tasks are cancelled and
    /// the loop runs until they have stopped (runners._cancel_all_tasks).
    enum class Phase { Running, Stopping, Cancelling };
    void turnEnded();

    QCoro::Task<Done> main();
    /// `async with asyncio.timeout(...)` around the lane, when it has one.
    QCoro::Task<QStringList> runLaneInTime(int lane);
    QCoro::Task<QStringList> runLane(int lane);
    QCoro::Task<QStringList> runSync(int lane);
    QCoro::Task<QStringList> runGather(int lane);
    QCoro::Task<QStringList> runTaskGroup(int lane);
    QCoro::Task<QStringList> runCreateTask(int lane);
    QCoro::Task<QStringList> runAsCompleted(int lane);
    /// The coroutines of the lane's dishes whose await was forgotten: made, never run.
    void dropUnawaited(int lane);
    /// Starts the lane's awaited dishes as tasks, in order.
    QList<FuturePtr<QString>> startTasks(int lane, bool collectErrors = false);
    QCoro::Task<QString> cookDish(int dish);
    /// A dish's or main()'s steps in order; returns the step it burnt at, or null.
    QCoro::Task<const Step *> cookSteps(int owner, const QList<Step> &steps);
    /// `async with appliance:` before a step.
    QCoro::Task<> takePlace(int owner, int appliance);
    /// For `return_exceptions=True`: the dish's result or error, as repr() shows it in the list.
    QCoro::Task<QString> cookCollectingError(int dish);
    [[nodiscard]] SleepAwaiter sleep(int dish, Ticks duration);
    [[nodiscard]] HelperAwaiter toHelper(int dish, Ticks duration);
    /// The needed dishes of @p dish that are not done yet.
    [[nodiscard]] QStringList missingNeeds(int dish) const;
    /// The dish as a task: it counts as ready from now until its first step runs.
    [[nodiscard]] CoroutineFactory<QString> dishBody(int dish, bool collectError = false);
    /// Marks a dish cancelled before it ever ran.
    [[nodiscard]] std::function<void()> cancelledUnstarted(int dish);

    [[nodiscard]] int indexOf(const QString &dishId) const { return m_dishIndex.value(dishId, -1); }

    const Meal &m_meal;
    QHash<QString, int> m_dishIndex; ///< built once: lanes name dishes by id
    KitchenLoop &m_loop;
    RunRecorder &m_recorder;
    FuturePtr<Done> m_main;
    QList<FuturePtr<QString>> m_tasks; ///< every dish task, for the shutdown
    HelperPool m_helpers;
    std::vector<std::unique_ptr<Semaphore>> m_appliances; ///< indexed like meal.appliances
    std::vector<bool> m_served; ///< per dish: done, for the dishes that need it
    Phase m_phase = Phase::Running;
};

} // namespace Kitchen
