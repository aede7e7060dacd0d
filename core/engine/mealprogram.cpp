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
    m_loop.setAfterTurn([this] { turnEnded(); });
}

MealProgram::~MealProgram()
{
    m_loop.setAfterTurn({});
}

FuturePtr<Done> MealProgram::start()
{
    m_main = createTask<Done>(m_loop, [this] { return main(); });
    // run_until_complete()'s done callback: the turn it runs in stops the loop.
    m_main->addDoneCallback([this] { m_phase = Phase::Stopping; });
    return m_main;
}

bool MealProgram::isFinished() const
{
    if (m_phase != Phase::Cancelling)
        return false;
    return std::all_of(m_tasks.cbegin(), m_tasks.cend(), [](const auto &task) { return task->isDone(); });
}

void MealProgram::turnEnded()
{
    switch (m_phase) {
    case Phase::Running:
        return;
    case Phase::Stopping:
        for (const FuturePtr<QString> &task : std::as_const(m_tasks)) {
            if (!task->isDone())
                task->cancel();
        }
        m_phase = Phase::Cancelling;
        return;
    case Phase::Cancelling:
        return;
    }
}

// GCC 12 miscompiles u"..."_s literals and braced lists inside coroutine bodies,
// so the coroutines below spell their strings with QStringLiteral.
QCoro::Task<Done> MealProgram::main()
{
    m_recorder.say(mainCoroutine, m_loop.now(), m_meal.opening);
    for (int index = 0; index < int(m_meal.lanes.size()); ++index) {
        const Lane &lane = m_meal.lanes[index];
        QString error;
        try {
            const QStringList results = co_await runLane(lane);
            if (lane.mode == LaneMode::Gather && lane.returnExceptions) {
                const QString list = QStringLiteral("[") + results.join(QStringLiteral(", ")) + QStringLiteral("]");
                m_recorder.say(mainCoroutine, m_loop.now(),
                               QStringLiteral("Lane %1 results: %2").arg(index + 1).arg(list));
            }
        } catch (const PythonError &raised) {
            error = raised.repr();
        }
        if (!error.isNull())
            m_recorder.say(mainCoroutine, m_loop.now(), QStringLiteral("Lane %1 failed: %2").arg(index + 1).arg(error));
    }
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
    for (const QString &id : lane.dishIds) {
        const int dish = indexOf(id);
        tasks << createTask<QString>(m_loop, dishBody(dish, lane.returnExceptions), cancelledUnstarted(dish));
        m_tasks << tasks.constLast();
    }
    co_return co_await gather<QString>(m_loop, tasks);
}

QCoro::Task<QStringList> MealProgram::runTaskGroup(const Lane &lane)
{
    TaskGroup<QString> group(m_loop);
    for (const QString &id : lane.dishIds) {
        const int dish = indexOf(id);
        m_tasks << group.createTask(dishBody(dish), cancelledUnstarted(dish));
    }
    co_return co_await group.wait();
}

CoroutineFactory<QString> MealProgram::dishBody(int dish, bool collectError)
{
    m_recorder.ready(dish, m_loop.now());
    if (collectError)
        return [this, dish] { return cookCollectingError(dish); };
    return [this, dish] { return cookDish(dish); };
}

std::function<void()> MealProgram::cancelledUnstarted(int dish)
{
    return [this, dish] { m_recorder.cancelled(dish, m_loop.now()); };
}

QCoro::Task<QString> MealProgram::cookDish(int dish)
{
    const Dish &recipe = m_meal.dishes.at(dish);
    const Step *burnt = nullptr;
    m_recorder.running(dish, m_loop.now());
    try {
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
            if (!step.error.isEmpty()) {
                burnt = &step;
                break;
            }
        }
    } catch (const CancelledError &) {
        m_recorder.cancelled(dish, m_loop.now());
        throw;
    }
    if (burnt) {
        m_recorder.failed(dish, m_loop.now());
        throw PythonError::runtimeError(burnt->error, dish);
    }
    m_recorder.done(dish, m_loop.now());
    co_return recipe.result;
}

QCoro::Task<QString> MealProgram::cookCollectingError(int dish)
{
    QString outcome;
    try {
        outcome = pythonRepr(co_await cookDish(dish));
    } catch (const PythonError &error) {
        outcome = error.repr();
    }
    co_return outcome;
}

SleepAwaiter MealProgram::sleep(int dish, Ticks duration)
{
    m_recorder.waiting(dish, m_loop.now(), m_loop.now() + duration);
    return Kitchen::sleep(m_loop, duration, &m_recorder, dish);
}

} // namespace Kitchen
