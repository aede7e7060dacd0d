// SPDX-License-Identifier: MIT
#include "mealprogram.h"

#include "tasks.h"

namespace Kitchen {

MealProgram::MealProgram(const Meal &meal, KitchenLoop &loop, RunRecorder &recorder)
    : m_meal(meal)
    , m_loop(loop)
    , m_recorder(recorder)
{
    m_dishIndex.reserve(meal.dishes.size());
    for (int i = 0; i < int(meal.dishes.size()); ++i)
        m_dishIndex.insert(meal.dishes[i].id, i);
}

FuturePtr<Done> MealProgram::start()
{
    return createTask<Done>(m_loop, [this] { return main(); });
}

QCoro::Task<Done> MealProgram::main()
{
    m_recorder.say(mainCoroutine, m_loop.now(), m_meal.opening);
    for (const Lane &lane : m_meal.lanes)
        co_await runLane(lane);
    co_return Done{};
}

QCoro::Task<QStringList> MealProgram::runLane(const Lane &lane)
{
    switch (lane.mode) {
    case LaneMode::Sync:
        return runSync(lane);
    case LaneMode::Gather:
        return runGather(lane);
    case LaneMode::TaskGroup:
        return runTaskGroup(lane);
    }
    Q_UNREACHABLE();
    return runSync(lane);
}

QCoro::Task<QStringList> MealProgram::runSync(const Lane &lane)
{
    QStringList results;
    for (const QString &id : lane.dishIds)
        results << co_await cookDish(indexOf(id)); // inline: no loop turn
    co_return results;
}

QCoro::Task<QStringList> MealProgram::runGather(const Lane &lane)
{
    QList<FuturePtr<QString>> tasks;
    for (const QString &id : lane.dishIds)
        tasks << createTask<QString>(m_loop, dishBody(indexOf(id)));
    co_return co_await gather<QString>(m_loop, tasks);
}

QCoro::Task<QStringList> MealProgram::runTaskGroup(const Lane &lane)
{
    TaskGroup<QString> group(m_loop);
    for (const QString &id : lane.dishIds)
        group.createTask(dishBody(indexOf(id)));
    co_return co_await group.wait();
}

std::function<QCoro::Task<QString>()> MealProgram::dishBody(int dish)
{
    m_recorder.ready(dish, m_loop.now());
    return [this, dish] { return cookDish(dish); };
}

QCoro::Task<QString> MealProgram::cookDish(int dish)
{
    const Dish &recipe = m_meal.dishes.at(dish);
    m_recorder.running(dish, m_loop.now());
    for (const Step &step : recipe.steps) {
        m_recorder.say(dish, m_loop.now(), step.startMessage);
        if (step.kind == StepKind::Wait) {
            co_await sleep(dish, step.duration);
        } else {
            m_recorder.working(dish, m_loop.now(), m_loop.now() + step.duration);
            m_loop.holdCook(step.duration);
        }
        m_recorder.running(dish, m_loop.now());
        m_recorder.say(dish, m_loop.now(), step.endMessage);
    }
    m_recorder.done(dish, m_loop.now());
    co_return recipe.result;
}

SleepAwaiter MealProgram::sleep(int dish, Ticks duration)
{
    m_recorder.waiting(dish, m_loop.now(), m_loop.now() + duration);
    return Kitchen::sleep(m_loop, duration, &m_recorder, dish);
}

} // namespace Kitchen
