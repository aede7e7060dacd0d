// SPDX-License-Identifier: MIT
#pragma once

#include "future.h"
#include "meal.h"
#include "runrecorder.h"
#include "tasks.h"

#include <QCoro/QCoroTask>
#include <QHash>

namespace Kitchen {

/**
 * @brief A meal as a program of QCoro coroutines on a KitchenLoop.
 *
 * main() prints the meal's opening line and awaits each lane in turn; a lane
 * awaits its dishes the way its mode says; a dish prints its messages and, for
 * each step, either awaits a timer or holds the cook. This is the program the
 * code panel shows as Python.
 */
class MealProgram
{
public:
    MealProgram(const Meal &meal, KitchenLoop &loop, RunRecorder &recorder);

    /// asyncio.run(main()): schedules main() as the first task.
    [[nodiscard]] FuturePtr<Done> start();

private:
    QCoro::Task<Done> main();
    QCoro::Task<QStringList> runLane(const Lane &lane);
    QCoro::Task<QStringList> runSync(const Lane &lane);
    QCoro::Task<QStringList> runGather(const Lane &lane);
    QCoro::Task<QStringList> runTaskGroup(const Lane &lane);
    QCoro::Task<QString> cookDish(int dish);
    [[nodiscard]] SleepAwaiter sleep(int dish, Ticks duration);
    /// The dish as a task: it counts as ready from now until its first step runs.
    [[nodiscard]] std::function<QCoro::Task<QString>()> dishBody(int dish);

    [[nodiscard]] int indexOf(const QString &dishId) const { return m_dishIndex.value(dishId, -1); }

    const Meal &m_meal;
    QHash<QString, int> m_dishIndex; ///< built once: lanes name dishes by id
    KitchenLoop &m_loop;
    RunRecorder &m_recorder;
};

} // namespace Kitchen
