// SPDX-License-Identifier: MIT
#include "mealprogram.h"

#include "ascompleted.h"
#include "asyncsemaphore.h"
#include "tasks.h"

namespace Kitchen {

MealProgram::MealProgram(const Meal &meal, KitchenLoop &loop, RunRecorder &recorder)
    : m_meal(meal)
    , m_loop(loop)
    , m_recorder(recorder)
    , m_helpers(loop, meal.helpers)
    , m_served(meal.dishes.size(), false)
{
    for (const Appliance &appliance : meal.appliances)
        m_appliances.push_back(std::make_unique<Semaphore>(loop, appliance.capacity));
    m_dishIndex.reserve(meal.dishes.size());
    for (int i = 0; i < int(meal.dishes.size()); ++i)
        m_dishIndex.insert(meal.dishes[i].id, i);
    m_loop.setAfterTurn([this] { turnEnded(); });
}

MealProgram::~MealProgram()
{
    m_loop.setAfterTurn({});
}

namespace {
RunNote makeNote(RunNote::Kind kind, int lane, int dish, Ticks at)
{
    RunNote note;
    note.kind = kind;
    note.lane = lane;
    note.dish = dish;
    note.at = at;
    return note;
}
} // namespace

FuturePtr<Done> MealProgram::start()
{
    m_main = createTask<Done>(m_loop, [this] { return main(); });
    // run_until_complete()'s done callback: the turn it runs in stops the loop.
    m_main->addDoneCallback([this] { m_phase = Phase::Stopping; });
    return m_main;
}

bool MealProgram::isFinished() const
{
    // asyncio.run() also shuts the default executor down, which waits for the helpers.
    if (m_phase != Phase::Cancelling || !m_helpers.isIdle())
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
            const QStringList results = co_await runLaneInTime(index);
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

QCoro::Task<QStringList> MealProgram::runLaneInTime(int index)
{
    const Lane &lane = m_meal.lanes[index];
    if (lane.timeout <= 0)
        co_return co_await runLane(index);

    // asyncio.timeout(): a timer cancels this task; leaving the block turns that
    // cancellation into TimeoutError, unless someone else cancelled us as well.
    TaskControl *const task = m_loop.currentTask();
    auto expiring = std::make_shared<bool>(false);
    auto timerPending = std::make_shared<bool>(true);
    const KitchenLoop::TimerId timer = m_loop.callAt(m_loop.now() + lane.timeout, [=, this] {
        *timerPending = false;
        task->cancel();
        *expiring = true;
        m_recorder.note(makeNote(RunNote::Kind::TimedOut, index, mainCoroutine, m_loop.now()));
    });
    QStringList results;
    std::exception_ptr raised;
    bool cancelled = false;
    try {
        results = co_await runLane(index);
    } catch (const CancelledError &) {
        cancelled = true;
    } catch (...) {
        raised = std::current_exception();
    }
    if (*timerPending)
        m_loop.cancelTimer(timer);
    if (*expiring && task->uncancel() == 0 && cancelled)
        throw PythonError(timeoutErrorRepr());
    if (cancelled)
        throw CancelledError();
    if (raised)
        std::rethrow_exception(raised);
    co_return results;
}

QCoro::Task<QStringList> MealProgram::runLane(int index)
{
    switch (m_meal.lanes[index].mode) {
    case LaneMode::Sync:
        return runSync(index);
    case LaneMode::Gather:
        return runGather(index);
    case LaneMode::TaskGroup:
        return runTaskGroup(index);
    case LaneMode::CreateTask:
        return runCreateTask(index);
    case LaneMode::AsCompleted:
        return runAsCompleted(index);
    }
    Q_UNREACHABLE();
    return runSync(index);
}

QCoro::Task<QStringList> MealProgram::runSync(int index)
{
    const Lane &lane = m_meal.lanes[index];
    QStringList results;
    for (const QString &id : lane.dishIds) {
        if (lane.awaits(id))
            results << co_await cookDish(indexOf(id)); // inline: no loop turn
        else
            m_recorder.note(makeNote(RunNote::Kind::NeverAwaited, index, indexOf(id), m_loop.now()));
    }
    co_return results;
}

void MealProgram::dropUnawaited(int index)
{
    const Lane &lane = m_meal.lanes[index];
    for (const QString &id : lane.unawaited)
        m_recorder.note(makeNote(RunNote::Kind::NeverAwaited, index, indexOf(id), m_loop.now()));
}

QList<FuturePtr<QString>> MealProgram::startTasks(int index, bool collectErrors)
{
    const Lane &lane = m_meal.lanes[index];
    QList<FuturePtr<QString>> tasks;
    for (const QString &id : lane.dishIds) {
        if (!lane.awaits(id))
            continue;
        const int dish = indexOf(id);
        tasks << createTask<QString>(m_loop, dishBody(dish, collectErrors), cancelledUnstarted(dish));
        m_tasks << tasks.constLast();
    }
    return tasks;
}

QCoro::Task<QStringList> MealProgram::runGather(int index)
{
    dropUnawaited(index);
    const QList<FuturePtr<QString>> tasks = startTasks(index, m_meal.lanes[index].returnExceptions);
    co_return co_await gather<QString>(m_loop, tasks);
}

QCoro::Task<QStringList> MealProgram::runTaskGroup(int index)
{
    dropUnawaited(index);
    const Lane &lane = m_meal.lanes[index];
    TaskGroup<QString> group(m_loop);
    for (const QString &id : lane.dishIds) {
        const int dish = indexOf(id);
        if (lane.awaits(id))
            m_tasks << group.createTask(dishBody(dish), cancelledUnstarted(dish));
    }
    co_return co_await group.wait();
}

QCoro::Task<QStringList> MealProgram::runCreateTask(int index)
{
    const Lane &lane = m_meal.lanes[index];
    QList<FuturePtr<QString>> awaited;
    for (const QString &id : lane.dishIds) {
        const int dish = indexOf(id);
        m_tasks << createTask<QString>(m_loop, dishBody(dish), cancelledUnstarted(dish));
        if (lane.awaits(id))
            awaited << m_tasks.constLast();
        else // fire and forget: asyncio.run() cancels it at the end if it is still cooking
            m_recorder.note(makeNote(RunNote::Kind::LostTask, index, dish, m_loop.now()));
    }
    // The creator's own lines run before any task starts: they start on the next turn.
    const Step *burnt = co_await cookSteps(mainCoroutine, lane.steps);
    if (burnt)
        throw PythonError::runtimeError(burnt->error, mainCoroutine);
    QStringList results;
    for (const FuturePtr<QString> &task : std::as_const(awaited))
        results << co_await task;
    co_return results;
}

QCoro::Task<QStringList> MealProgram::runAsCompleted(int index)
{
    dropUnawaited(index);
    const QList<FuturePtr<QString>> tasks = startTasks(index);
    AsCompleted<QString> completions(m_loop, tasks);
    QStringList results;
    for (qsizetype served = 0; served < tasks.size(); ++served) {
        const QString result = co_await completions.next();
        m_recorder.print(mainCoroutine, m_loop.now(), result); // print(await next_done)
        results << result;
    }
    co_return results;
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

QStringList MealProgram::missingNeeds(int dish) const
{
    QStringList missing;
    for (const QString &id : m_meal.dishes.at(dish).needs) {
        const int needed = indexOf(id);
        if (needed >= 0 && !m_served[needed])
            missing << id;
    }
    return missing;
}

QCoro::Task<QString> MealProgram::cookDish(int dish)
{
    const Dish &recipe = m_meal.dishes.at(dish);
    m_recorder.running(dish, m_loop.now());
    const QStringList missing = missingNeeds(dish);
    if (!missing.isEmpty()) {
        RunNote note = makeNote(RunNote::Kind::NotReady, -1, dish, m_loop.now());
        note.missing = missing;
        m_recorder.note(note);
    }
    const Step *burnt = nullptr;
    try {
        burnt = co_await cookSteps(dish, recipe.steps);
    } catch (const CancelledError &) {
        m_recorder.cancelled(dish, m_loop.now());
        throw;
    }
    if (burnt) {
        m_recorder.failed(dish, m_loop.now());
        throw PythonError::runtimeError(burnt->error, dish);
    }
    m_served[dish] = true;
    m_recorder.done(dish, m_loop.now());
    co_return missing.isEmpty() ? recipe.result : recipe.unreadyResult();
}

QCoro::Task<const Step *> MealProgram::cookSteps(int owner, const QList<Step> &steps)
{
    for (const Step &step : steps) {
        const int appliance = step.appliance.isEmpty() ? -1 : int(m_meal.applianceIndex(step.appliance));
        if (appliance >= 0)
            co_await takePlace(owner, appliance);
        bool cancelled = false;
        try {
            m_recorder.say(owner, m_loop.now(), step.startMessage);
            switch (step.kind) {
            case StepKind::Wait:
                co_await sleep(owner, step.duration);
                break;
            case StepKind::Work:
                m_recorder.working(owner, m_loop.now(), m_loop.now() + step.duration);
                m_loop.holdCook(step.duration);
                break;
            case StepKind::Helper:
                co_await toHelper(owner, step.duration);
                break;
            }
            m_recorder.running(owner, m_loop.now());
            m_recorder.say(owner, m_loop.now(), step.endMessage);
        } catch (const CancelledError &) {
            cancelled = true;
        }
        if (appliance >= 0) // `async with` gives the place back however the block ends
            m_appliances[appliance]->release();
        if (cancelled)
            throw CancelledError();
        if (!step.error.isEmpty())
            co_return &step;
    }
    co_return nullptr;
}

QCoro::Task<> MealProgram::takePlace(int owner, int appliance)
{
    Semaphore &places = *m_appliances[appliance];
    if (places.locked())
        m_recorder.queued(owner, m_loop.now());
    co_await places.acquire();
    m_recorder.running(owner, m_loop.now());
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

HelperAwaiter MealProgram::toHelper(int dish, Ticks duration)
{
    if (!m_helpers.hasFreeHelper())
        m_recorder.queued(dish, m_loop.now());
    return HelperAwaiter(m_helpers, m_loop, duration, [this, dish, duration] {
        m_recorder.helping(dish, m_loop.now(), m_loop.now() + duration);
    });
}

} // namespace Kitchen
