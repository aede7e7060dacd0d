// SPDX-License-Identifier: MIT
#include "cpphelpers.h"

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Kitchen::CppHelpers {

namespace {

// Each snippet starts with a blank line and ends with a newline. GCC 12 miscompiles
// braced lists in coroutine bodies, and braced temporaries co_awaited in a try block,
// so the coroutines below use neither.

constexpr auto printHelper = R"cpp(
double scale = 1.0; // real seconds per meal UNIT; the first argument overrides it

void print(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl;
}
)cpp";

constexpr auto mealTimeHelper = R"cpp(
std::chrono::milliseconds mealTime(double amount)
{
    return std::chrono::milliseconds(qRound64(amount * scale * 1000.0));
}
)cpp";

constexpr auto sleepHelper = R"cpp(
// await asyncio.sleep(amount): the dish waits on a timer and the cook is free.
// A precise timer, because QCoro::sleepFor's coarse one may fire a little early.
QCoro::Task<> sleep(double amount)
{
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setSingleShot(true);
    timer.start(mealTime(amount));
    co_await timer;
}
)cpp";

constexpr auto sleepWithZeroHelper = R"cpp(
// await asyncio.sleep(amount): the dish waits on a timer and the cook is free.
// A precise timer, because QCoro::sleepFor's coarse one may fire a little early.
// asyncio.sleep(0) sets no timer: it only lets the loop take one turn.
QCoro::Task<> sleep(double amount)
{
    if (amount <= 0) {
        co_await NextTurn();
        co_return;
    }
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setSingleShot(true);
    timer.start(mealTime(amount));
    co_await timer;
}
)cpp";

constexpr auto workHelper = R"cpp(
// time.sleep(amount) inside a coroutine: blocking work. The event loop is the
// cook, and while it is held nothing else moves.
void work(double amount)
{
    QThread::msleep(static_cast<unsigned long>(mealTime(amount).count()));
}
)cpp";

// ---- The plain helpers: QCoro tasks as they are, nothing to cancel ----

constexpr auto taskGroupHelper = R"cpp(
// A dish is a coroutine that returns what it made.
using Dish = QCoro::Task<QString> (*)();

// asyncio.TaskGroup in miniature. A QCoro task starts as soon as it is created
// and runs to its first co_await; asyncio would start it on the next loop turn,
// but since main() does nothing in between, the printed order is the same.
class TaskGroup
{
public:
    void createTask(Dish dish) { m_tasks.push_back(dish()); }

    // The end of the `async with` block: wait for every task, keep the results in order.
    QCoro::Task<QStringList> wait()
    {
        QStringList results;
        for (QCoro::Task<QString> &task : m_tasks)
            results.append(co_await task);
        co_return results;
    }

private:
    std::vector<QCoro::Task<QString>> m_tasks;
};
)cpp";

constexpr auto gatherHelper = R"cpp(
// await asyncio.gather(...): start every dish in order, then wait for them all.
// QCoro 0.8 has no whenAll, so gather is a task group that is awaited at once.
template<typename... Dishes>
QCoro::Task<QStringList> gather(Dishes... dishes)
{
    TaskGroup group;
    (group.createTask(dishes), ...); // left to right: the tasks start in this order
    co_return co_await group.wait();
}
)cpp";

// ---- Tasks that can be cancelled ----

constexpr auto cancelledHelper = R"cpp(
// QCoro 0.8 cannot cancel a coroutine, and asyncio cancels tasks: the other
// dishes of a TaskGroup when one burns, a lane that runs out of time, what
// main() leaves cooking when it returns. So every coroutine here takes a
// std::stop_token, every wait watches it, and a wait whose token is stopped ends
// at once by throwing Cancelled, as asyncio throws CancelledError into a task.
// Cancelled is no std::exception, as CancelledError is no Exception, so
// `catch (const std::exception &)` (Python's `except Exception`) lets it through.
struct Cancelled
{
};
)cpp";

constexpr auto cancellableSleepHelper = R"cpp(
// await asyncio.sleep(amount): the dish waits on a timer and the cook is free.
// A precise timer, because QCoro::sleepFor's coarse one may fire a little early.
// As in asyncio, the timer only wakes the dish up, on a later loop turn, so a
// cancel in the same turn still counts; a stop wakes it at once, with Cancelled.
// asyncio.sleep(0) sets no timer: it only lets the loop take one turn.
QCoro::Task<> sleep(double amount, std::stop_token stop)
{
    if (amount <= 0) {
        co_await NextTurn();
    } else {
        Event rang;
        QTimer timer;
        timer.setTimerType(Qt::PreciseTimer);
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, [&rang] { rang.set(); });
        timer.start(mealTime(amount));
        co_await rang.wait(stop);
    }
    if (stop.stop_requested())
        throw Cancelled();
}
)cpp";

constexpr auto turnHelper = R"cpp(
// loop.call_soon(callback): runs it on a later turn of the event loop, after
// what is already queued. Safe from any thread, like call_soon_threadsafe().
void callSoon(std::function<void()> callback)
{
    QMetaObject::invokeMethod(QCoreApplication::instance(), std::move(callback), Qt::QueuedConnection);
}

// co_await NextTurn(): comes back on the next turn of the event loop.
struct NextTurn {
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> coroutine) const
    {
        callSoon([coroutine] { coroutine.resume(); });
    }
    void await_resume() const noexcept {}
};
)cpp";

constexpr auto eventHelper = R"cpp(
// asyncio.Event: `co_await event.wait(stop)` suspends until set() is called or
// the token is stopped, and resumes on a later loop turn, as an asyncio task
// wakes up. The caller checks its token to tell which of the two it was.
class Event
{
public:
    class Waiter
    {
    public:
        Waiter(Event &event, std::stop_token stop)
            : m_event(event)
            , m_stop(std::move(stop))
        {
        }
        // Moved only before it waits (GCC moves an awaitable into the coroutine frame).
        Waiter(Waiter &&other) noexcept
            : m_event(other.m_event)
            , m_stop(std::move(other.m_stop))
        {
        }

        bool await_ready() const noexcept { return m_event.m_set || m_stop.stop_requested(); }
        void await_suspend(std::coroutine_handle<> coroutine)
        {
            m_coroutine = coroutine;
            m_event.m_waiters.push_back(this);
            m_onStop.emplace(m_stop, StopWaiting{this});
        }
        void await_resume() noexcept { m_onStop.reset(); }

        // Resumes the waiting coroutine on the next loop turn, once.
        void wakeSoon()
        {
            if (!std::exchange(m_woken, true))
                callSoon([coroutine = m_coroutine] { coroutine.resume(); });
        }

    private:
        struct StopWaiting {
            Waiter *waiter;
            void operator()() const
            {
                std::erase(waiter->m_event.m_waiters, waiter);
                waiter->wakeSoon();
            }
        };

        Event &m_event;
        std::stop_token m_stop;
        std::coroutine_handle<> m_coroutine;
        std::optional<std::stop_callback<StopWaiting>> m_onStop;
        bool m_woken = false;
    };

    bool isSet() const { return m_set; }
    void clear() { m_set = false; }
    void set()
    {
        m_set = true;
        for (Waiter *waiter : std::exchange(m_waiters, {}))
            waiter->wakeSoon();
    }
    Waiter wait(std::stop_token stop) { return Waiter(*this, std::move(stop)); }

private:
    bool m_set = false;
    std::vector<Waiter *> m_waiters;
};
)cpp";

constexpr auto taskHelper = R"cpp(
// A dish is a coroutine that returns what it made, and stops when told to.
using Dish = QCoro::Task<QString> (*)(std::stop_token stop);

// asyncio.Task in miniature: a dish cooking on its own. It starts on a later
// loop turn, as asyncio starts a task; cancel() stops it at its next wait; and
// it keeps its result, or what it threw, for whoever awaits it.
class DishTask
{
public:
    // Task.cancel(): the dish stops at its next wait, or never starts.
    void cancel() { m_stop.request_stop(); }
    bool isCancelled() const { return m_cancelled; }
    // What it threw (its error, or Cancelled), once it is done; null if it made its dish.
    std::exception_ptr error() const { return m_error; }
    // task.add_done_callback(): called on a later loop turn once the task is done.
    void whenDone(std::function<void()> callback)
    {
        if (m_done.isSet())
            callSoon(std::move(callback));
        else
            m_callbacks.push_back(std::move(callback));
    }

    // await task: once the task is done, its result, or what it threw thrown again.
    // As in asyncio, cancelling the coroutine that awaits it cancels the task too.
    QCoro::Task<QString> result(std::stop_token stop)
    {
        const std::stop_callback cancelToo(stop, [this] { cancel(); });
        co_await m_done.wait(std::stop_token()); // even when cancelled, until it has stopped
        if (m_error)
            std::rethrow_exception(m_error);
        co_return m_result;
    }

    // Waits until the task is done, however it ended.
    Event::Waiter finished() { return m_done.wait(std::stop_token()); }

    // The task's own coroutine: it waits for the next loop turn, cooks the dish
    // (unless it was cancelled before that), and keeps what came of it.
    static QCoro::Task<> cook(std::shared_ptr<DishTask> task, Dish dish)
    {
        co_await NextTurn(); // asyncio starts a task on a later loop turn, not at once
        try {
            if (task->m_stop.stop_requested())
                throw Cancelled(); // cancelled before it started: the dish never runs
            task->m_result = co_await dish(task->m_stop.get_token());
        } catch (const Cancelled &) {
            task->m_cancelled = true;
            task->m_error = std::current_exception();
        } catch (...) {
            task->m_error = std::current_exception();
        }
        task->finish();
    }

private:
    void finish()
    {
        m_done.set();
        for (std::function<void()> &callback : std::exchange(m_callbacks, {}))
            callSoon(std::move(callback));
    }

    std::stop_source m_stop;
    Event m_done;
    QString m_result;
    std::exception_ptr m_error;
    bool m_cancelled = false;
    std::vector<std::function<void()>> m_callbacks;
};

// Every task main() creates, so that asyncio.run() can cancel those still cooking at the end.
std::vector<std::shared_ptr<DishTask>> everyTask;

// asyncio.create_task(dish()): the dish starts cooking on a later loop turn.
std::shared_ptr<DishTask> createTask(Dish dish)
{
    auto task = std::make_shared<DishTask>();
    everyTask.push_back(task);
    DishTask::cook(task, dish); // runs on its own; its frame frees itself when it ends
    return task;
}
)cpp";

constexpr auto asCompletedHelper = R"cpp(
// Tasks handed back in the order they finish, each once: asyncio.as_completed(),
// and how gather and a TaskGroup hear of each dish that is done.
class AsCompleted
{
public:
    void add(std::shared_ptr<DishTask> task)
    {
        m_tasks.push_back(task);
        task->whenDone([finished = m_finished, task] {
            finished->tasks.push_back(task);
            finished->news.set();
        });
    }

    const std::vector<std::shared_ptr<DishTask>> &tasks() const { return m_tasks; }
    bool hasNext() const { return m_handedOut < m_tasks.size(); }

    void cancelAll()
    {
        for (const std::shared_ptr<DishTask> &task : m_tasks)
            task->cancel();
    }

    // The next task to finish, once it has. Cancelling the caller ends the wait, not the tasks.
    QCoro::Task<std::shared_ptr<DishTask>> nextDone(std::stop_token stop)
    {
        const std::shared_ptr<Finished> finished = m_finished;
        while (finished->tasks.empty()) {
            finished->news.clear();
            co_await finished->news.wait(stop);
            if (stop.stop_requested())
                throw Cancelled();
        }
        const std::shared_ptr<DishTask> task = finished->tasks.front();
        finished->tasks.pop_front();
        ++m_handedOut;
        co_return task;
    }

    // await next_done: what the next dish to finish made, or its error thrown.
    QCoro::Task<QString> next(std::stop_token stop)
    {
        const std::shared_ptr<DishTask> task = co_await nextDone(stop);
        co_return co_await task->result(stop);
    }

private:
    struct Finished {
        std::deque<std::shared_ptr<DishTask>> tasks;
        Event news; // set whenever a task joins the queue
    };

    std::vector<std::shared_ptr<DishTask>> m_tasks;
    std::shared_ptr<Finished> m_finished = std::make_shared<Finished>();
    std::size_t m_handedOut = 0;
};
)cpp";

constexpr auto cancellableGatherHelper = R"cpp(
// await asyncio.gather(...): every dish starts as a task, in order, and gather
// waits for them all; the results come in the dishes' order. The first error
// is thrown as soon as it happens, and the other dishes cook on. Cancelling the
// gather (its lane ran out of time) cancels every dish.
template<typename... Dishes>
QCoro::Task<QStringList> gather(std::stop_token stop, Dishes... dishes)
{
    AsCompleted tasks;
    (tasks.add(createTask(dishes)), ...); // left to right: the tasks start in this order
    const std::stop_callback cancelAll(stop, [&tasks] { tasks.cancelAll(); });
    while (tasks.hasNext()) {
        const std::shared_ptr<DishTask> task = co_await tasks.nextDone(std::stop_token());
        if (task->error())
            std::rethrow_exception(task->error()); // the first error, or Cancelled
    }
    QStringList results;
    for (const std::shared_ptr<DishTask> &task : tasks.tasks())
        results.append(co_await task->result(stop)); // done: this does not wait
    co_return results;
}
)cpp";

constexpr auto gatherReturningExceptionsHelper = R"cpp(
// asyncio.gather(..., return_exceptions=True): an error counts as a result, so
// it waits for every dish. Each result comes back as Python's repr() shows it.
template<typename... Dishes>
QCoro::Task<QStringList> gatherReturningExceptions(std::stop_token stop, Dishes... dishes)
{
    AsCompleted tasks;
    (tasks.add(createTask(dishes)), ...); // left to right: the tasks start in this order
    const std::stop_callback cancelAll(stop, [&tasks] { tasks.cancelAll(); });
    while (tasks.hasNext())
        co_await tasks.nextDone(std::stop_token());
    if (stop.stop_requested())
        throw Cancelled(); // the gather itself was cancelled
    QStringList results;
    for (const std::shared_ptr<DishTask> &task : tasks.tasks()) {
        if (task->error())
            results.append(repr(task->error()));
        else
            results.append(repr(co_await task->result(stop))); // done: this does not wait
    }
    co_return results;
}
)cpp";

constexpr auto cancellableTaskGroupHead = R"cpp(
// async with asyncio.TaskGroup() as tg: createTask() starts a dish as a task,
// and wait() is the end of the block, where the tasks are awaited.)cpp";

constexpr auto cancellableTaskGroupErrorsNote = R"cpp(
// When a dish fails, the group cancels the others, waits until every dish has
// stopped, and throws an ExceptionGroup of the errors.)cpp";

constexpr auto cancellableTaskGroupBegin = R"cpp(
// Cancelling the lane cancels every dish.
class TaskGroup
{
public:
    void createTask(Dish dish) { m_tasks.add(::createTask(dish)); }

    QCoro::Task<QStringList> wait(std::stop_token stop)
    {
        const std::stop_callback cancelAll(stop, [this] { m_tasks.cancelAll(); });
)cpp";

constexpr auto cancellableTaskGroupPlainWait = R"cpp(        while (m_tasks.hasNext())
            co_await m_tasks.nextDone(std::stop_token());
)cpp";

constexpr auto cancellableTaskGroupErrorsWait = R"cpp(        QStringList errors; // as repr() shows them
        while (m_tasks.hasNext()) {
            const std::shared_ptr<DishTask> task = co_await m_tasks.nextDone(std::stop_token());
            if (task->error() && !task->isCancelled()) {
                errors.append(repr(task->error()));
                m_tasks.cancelAll(); // a dish failed: the others stop at their next wait
            }
        }
        if (!errors.isEmpty())
            throw ExceptionGroup(errors);
)cpp";

constexpr auto cancellableTaskGroupEnd = R"cpp(        if (stop.stop_requested())
            throw Cancelled();
        QStringList results;
        for (const std::shared_ptr<DishTask> &task : m_tasks.tasks())
            results.append(co_await task->result(stop)); // done: this does not wait
        co_return results;
    }

private:
    AsCompleted m_tasks;
};
)cpp";

constexpr auto semaphoreHelper = R"cpp(
// asyncio.Semaphore: an appliance with room for a few dishes at once. acquire()
// takes a free place, or queues for one, first come first served. The Place it
// hands back gives the place up when it goes out of scope, as `async with`
// does at the end of its block, straight to the next dish in the queue.
class Semaphore
{
public:
    class Place
    {
    public:
        explicit Place(Semaphore &appliance)
            : m_appliance(&appliance)
        {
        }
        Place(Place &&other) noexcept
            : m_appliance(std::exchange(other.m_appliance, nullptr))
        {
        }
        Place &operator=(Place &&) = delete;
        ~Place()
        {
            if (m_appliance)
                m_appliance->release();
        }

    private:
        Semaphore *m_appliance;
    };

    explicit Semaphore(int places)
        : m_free(places)
    {
    }

    QCoro::Task<Place> acquire(std::stop_token stop)
    {
        const bool queueing = std::any_of(m_queue.cbegin(), m_queue.cend(),
                                          [](const std::shared_ptr<Event> &turn) { return !turn->isSet(); });
        if (m_free > 0 && !queueing) {
            --m_free;
            co_return Place(*this);
        }
        const auto turn = std::make_shared<Event>();
        m_queue.push_back(turn);
        co_await turn->wait(stop);
        std::erase(m_queue, turn);
        if (stop.stop_requested()) {
            if (turn->isSet())
                release(); // handed a place as it was cancelled: it goes to the next in the queue
            throw Cancelled();
        }
        co_return Place(*this);
    }

private:
    void release()
    {
        for (const std::shared_ptr<Event> &turn : m_queue) {
            if (!turn->isSet()) {
                turn->set(); // the place goes straight to the first dish in the queue
                return;
            }
        }
        ++m_free;
    }

    int m_free;
    std::deque<std::shared_ptr<Event>> m_queue; // a dish's event is set when it is handed a place
};
)cpp";

constexpr auto toHelperHelper = R"cpp(
// await asyncio.to_thread(time.sleep, amount): a kitchen helper (a thread of
// Qt's global pool, asyncio's default executor) does the blocking work while
// the cook is free. A cancelled dish stops waiting at once; a job a helper has
// taken still runs to its end, but one still queued for a helper is called off.
QCoro::Task<> toHelper(double amount, std::stop_token stop)
{
    QThreadPool *helpers = QThreadPool::globalInstance();
    const bool helperFree = helpers->activeThreadCount() < helpers->maxThreadCount(); // it takes the job now
    const auto done = std::make_shared<Event>();
    const auto calledOff = std::make_shared<std::atomic<bool>>(false);
    helpers->start([done, calledOff, duration = mealTime(amount)] {
        if (calledOff->load())
            return;
        QThread::msleep(static_cast<unsigned long>(duration.count()));
        callSoon([done] { done->set(); }); // back on the cook's thread
    });
    const std::stop_callback callOff(stop, [calledOff, helperFree] { calledOff->store(!helperFree); });
    co_await done->wait(stop);
    if (stop.stop_requested())
        throw Cancelled();
}
)cpp";

constexpr auto runtimeErrorHelper = R"cpp(
// Python's RuntimeError: what a dish throws when it burns.
class RuntimeError : public std::runtime_error
{
public:
    explicit RuntimeError(const QString &message)
        : std::runtime_error(message.toStdString())
    {
    }
};
)cpp";

constexpr auto timeoutErrorHelper = R"cpp(
// Python's TimeoutError: what a lane throws when it runs out of time.
class TimeoutError : public std::runtime_error
{
public:
    TimeoutError()
        : std::runtime_error("TimeoutError")
    {
    }
};
)cpp";

constexpr auto exceptionGroupHelper = R"cpp(
// What a TaskGroup throws when dishes failed: their errors, as repr() shows them.
class ExceptionGroup : public std::runtime_error
{
public:
    explicit ExceptionGroup(const QStringList &errors)
        : std::runtime_error("unhandled errors in a TaskGroup")
        , m_errors(errors)
    {
    }
    const QStringList &errors() const { return m_errors; }

private:
    QStringList m_errors;
};
)cpp";

constexpr auto reprTextHelper = R"cpp(
// Python's str.isprintable() for one character: what repr() leaves unescaped.
bool isPrintable(char32_t code)
{
    switch (QChar::category(code)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return false;
    case QChar::Separator_Space:
        return code == U' ';
    default:
        return true;
    }
}

// Python's repr() of a string: in quotes, with quotes, backslashes and what
// cannot be printed escaped.
QString repr(const QString &text)
{
    const char16_t quote = text.contains(u'\'') && !text.contains(u'"') ? u'"' : u'\'';
    QString out(QChar{quote});
    for (const char32_t code : text.toUcs4()) {
        if (code == quote || code == U'\\')
            out += u'\\' + QString::fromUcs4(&code, 1);
        else if (code == U'\n')
            out += u"\\n"_s;
        else if (code == U'\r')
            out += u"\\r"_s;
        else if (code == U'\t')
            out += u"\\t"_s;
        else if (!isPrintable(code) && code < 0x100)
            out += u"\\x%1"_s.arg(uint(code), 2, 16, QChar(u'0'));
        else if (!isPrintable(code) && code < 0x10000)
            out += u"\\u%1"_s.arg(uint(code), 4, 16, QChar(u'0'));
        else if (!isPrintable(code))
            out += u"\\U%1"_s.arg(uint(code), 8, 16, QChar(u'0'));
        else
            out += QString::fromUcs4(&code, 1);
    }
    return out + QChar{quote};
}
)cpp";

constexpr auto reprErrorBegin = R"cpp(
// repr(error), as main() prints a lane that failed: RuntimeError('The toast burnt!').
QString repr(const std::exception &error)
{
)cpp";

constexpr auto reprErrorGroup = R"cpp(    if (const auto *group = dynamic_cast<const ExceptionGroup *>(&error))
        return u"ExceptionGroup('unhandled errors in a TaskGroup', [%1])"_s.arg(group->errors().join(u", "_s));
)cpp";

constexpr auto reprErrorTimeout = R"cpp(    if (dynamic_cast<const TimeoutError *>(&error))
        return u"TimeoutError()"_s;
)cpp";

constexpr auto reprErrorEnd = R"cpp(    return u"RuntimeError(%1)"_s.arg(repr(QString::fromStdString(error.what())));
}
)cpp";

constexpr auto reprErrorPointerHelper = R"cpp(
// repr() of what a task threw.
QString repr(const std::exception_ptr &error)
{
    try {
        std::rethrow_exception(error);
    } catch (const std::exception &raised) {
        return repr(raised);
    }
}
)cpp";

constexpr auto timeoutHelper = R"cpp(
// async with asyncio.timeout(amount): the lane runs with a stop source of its
// own, which a timer stops after `amount`. What the lane waits for is cancelled,
// and the Cancelled that comes out of it becomes a TimeoutError.
QCoro::Task<> withTimeout(double amount, QCoro::Task<> (*lane)(std::stop_token stop))
{
    std::stop_source timeUp;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, [&timeUp] { timeUp.request_stop(); });
    timer.start(mealTime(amount));
    bool timedOut = false;
    try {
        co_await lane(timeUp.get_token());
    } catch (const Cancelled &) {
        timedOut = true; // only the timer stops this lane
    }
    if (timedOut)
        throw TimeoutError();
}
)cpp";

QString text(const char *snippet)
{
    return QString::fromUtf8(snippet);
}

QStringList includes(const Needs &needs)
{
    QStringList qt{u"QCoreApplication"_s, u"QElapsedTimer"_s, u"QStringList"_s, u"QTextStream"_s,
                   u"QThread"_s, u"QTimer"_s};
    if (needs.served)
        qt << u"QSet"_s;
    if (needs.helpers)
        qt << u"QThreadPool"_s;
    qt.sort();
    QStringList standard{u"chrono"_s, u"vector"_s};
    if (needs.cancellation)
        standard << u"stop_token"_s;
    if (needs.events() || needs.zeroWaits)
        standard << u"coroutine"_s << u"functional"_s;
    if (needs.events())
        standard << u"memory"_s << u"optional"_s << u"utility"_s;
    if (needs.asCompleted() || needs.appliances)
        standard << u"deque"_s;
    if (needs.appliances)
        standard << u"algorithm"_s;
    if (needs.helpers)
        standard << u"atomic"_s;
    if (needs.anyError() || needs.tasks)
        standard << u"exception"_s;
    if (needs.anyError())
        standard << u"stdexcept"_s;
    standard.sort();

    QStringList lines;
    for (const QString &header : std::as_const(qt))
        lines << u"#include <%1>"_s.arg(header);
    lines << QString() << u"#include <QCoro/QCoroTask>"_s << u"#include <QCoro/QCoroTimer>"_s << QString();
    for (const QString &header : std::as_const(standard))
        lines << u"#include <%1>"_s.arg(header);
    return lines;
}

QString taskGroup(const Needs &needs)
{
    if (!needs.cancellation)
        return text(taskGroupHelper);
    QString code = text(cancellableTaskGroupHead);
    if (needs.taskGroupErrors)
        code += text(cancellableTaskGroupErrorsNote);
    code += text(cancellableTaskGroupBegin);
    code += text(needs.taskGroupErrors ? cancellableTaskGroupErrorsWait : cancellableTaskGroupPlainWait);
    return code + text(cancellableTaskGroupEnd);
}

QString reprError(const Needs &needs)
{
    QString code = text(reprErrorBegin);
    if (needs.taskGroupErrors)
        code += text(reprErrorGroup);
    if (needs.timeouts)
        code += text(reprErrorTimeout);
    return code + text(reprErrorEnd);
}

/// Whether a step the program holds passes @p test: the dishes' and main()'s own in
/// create_task lanes (a lane in another mode keeps its steps but never runs them).
bool anyStep(const Meal &meal, const std::function<bool(const Step &)> &test)
{
    for (const Dish &dish : meal.dishes) {
        if (std::any_of(dish.steps.cbegin(), dish.steps.cend(), test))
            return true;
    }
    for (const Lane &lane : meal.lanes) {
        if (lane.mode == LaneMode::CreateTask && std::any_of(lane.steps.cbegin(), lane.steps.cend(), test))
            return true;
    }
    return false;
}

bool anyLane(const Meal &meal, const std::function<bool(const Lane &)> &test)
{
    return std::any_of(meal.lanes.cbegin(), meal.lanes.cend(), test);
}

bool burns(const Dish &dish)
{
    return std::any_of(dish.steps.cbegin(), dish.steps.cend(), [](const Step &s) { return !s.error.isEmpty(); });
}

} // namespace

bool isGuarded(const Meal &meal, const Lane &lane)
{
    const bool collects = lane.mode == LaneMode::Gather && lane.returnExceptions;
    return meal.canFail(lane) && !(collects && lane.timeout == 0 && lane.steps.isEmpty());
}

bool createsTasks(const Lane &lane)
{
    if (lane.mode == LaneMode::Sync)
        return false;
    if (lane.mode == LaneMode::CreateTask)
        return !lane.dishIds.isEmpty();
    return std::any_of(lane.dishIds.cbegin(), lane.dishIds.cend(), [&](const QString &id) { return lane.awaits(id); });
}

Needs needsOf(const Meal &meal)
{
    Needs needs;
    const auto modeIs = [](LaneMode mode) { return [mode](const Lane &lane) { return lane.mode == mode; }; };
    needs.runtimeError = anyStep(meal, [](const Step &s) { return !s.error.isEmpty(); });
    needs.helpers = anyStep(meal, [](const Step &s) { return s.kind == StepKind::Helper; });
    needs.appliances = !meal.appliances.isEmpty();
    needs.timeouts = anyLane(meal, [](const Lane &lane) { return lane.timeout > 0; });
    needs.cancellation = needs.runtimeError || needs.helpers || needs.appliances || needs.timeouts
                         || anyLane(meal, [](const Lane &lane) {
                                return lane.mode == LaneMode::CreateTask || lane.mode == LaneMode::AsCompleted
                                       || lane.returnExceptions;
                            });
    needs.waits = anyStep(meal, [](const Step &s) { return s.kind == StepKind::Wait; });
    needs.zeroWaits = anyStep(meal, [](const Step &s) { return s.kind == StepKind::Wait && s.duration <= 0; });
    needs.works = anyStep(meal, [](const Step &s) { return s.kind == StepKind::Work; });
    needs.served = std::any_of(meal.dishes.cbegin(), meal.dishes.cend(), [](const Dish &d) { return !d.needs.isEmpty(); });
    // With tasks that can be cancelled, a lane that starts no task writes no call to start them.
    const auto startsTasks = [&](const Lane &lane) { return !needs.cancellation || createsTasks(lane); };
    needs.tasks = needs.cancellation && anyLane(meal, createsTasks);
    needs.gather = anyLane(meal, [&](const Lane &lane) {
        return modeIs(LaneMode::Gather)(lane) && !lane.returnExceptions && startsTasks(lane);
    });
    needs.gatherReturningExceptions = anyLane(meal, [&](const Lane &lane) { return lane.returnExceptions && startsTasks(lane); });
    needs.taskGroup = anyLane(meal, [&](const Lane &lane) { return modeIs(LaneMode::TaskGroup)(lane) && startsTasks(lane); });
    needs.taskGroupErrors = anyLane(meal, [&](const Lane &lane) {
        return lane.mode == LaneMode::TaskGroup && std::any_of(lane.dishIds.cbegin(), lane.dishIds.cend(), [&](const QString &id) {
                   const qsizetype dish = meal.dishIndex(id);
                   return dish >= 0 && lane.awaits(id) && burns(meal.dishes[dish]);
               });
    });
    needs.guardedLanes = anyLane(meal, [&](const Lane &lane) { return isGuarded(meal, lane); });
    return needs;
}

QStringList code(const Needs &needs, const QString &unit)
{
    QString code = text(printHelper).replace(u"UNIT"_s, unit);
    if (needs.waits || needs.works || needs.helpers || needs.timeouts)
        code += text(mealTimeHelper);
    if (needs.cancellation)
        code += text(cancelledHelper);
    if (needs.events() || needs.zeroWaits)
        code += text(turnHelper);
    if (needs.events())
        code += text(eventHelper);
    if (needs.waits && needs.cancellation)
        code += text(cancellableSleepHelper);
    else if (needs.waits)
        code += text(needs.zeroWaits ? sleepWithZeroHelper : sleepHelper);
    if (needs.works)
        code += text(workHelper);
    if (needs.runtimeError)
        code += text(runtimeErrorHelper);
    if (needs.timeouts)
        code += text(timeoutErrorHelper);
    if (needs.taskGroupErrors)
        code += text(exceptionGroupHelper);
    if (needs.reprText())
        code += text(reprTextHelper);
    if (needs.reprError())
        code += reprError(needs);
    if (needs.reprErrorPointer())
        code += text(reprErrorPointerHelper);
    if (needs.tasks)
        code += text(taskHelper);
    if (needs.asCompleted())
        code += text(asCompletedHelper);
    if (needs.taskGroup || (needs.gather && !needs.cancellation)) // the plain gather is a TaskGroup
        code += taskGroup(needs);
    if (needs.gather)
        code += text(needs.cancellation ? cancellableGatherHelper : gatherHelper);
    if (needs.gatherReturningExceptions)
        code += text(gatherReturningExceptionsHelper);
    if (needs.appliances)
        code += text(semaphoreHelper);
    if (needs.helpers)
        code += text(toHelperHelper);
    if (needs.timeouts)
        code += text(timeoutHelper);
    code.chop(1); // the last helper's closing newline

    QStringList lines = includes(needs);
    lines << QString() << u"using namespace Qt::StringLiterals;"_s << QString() << u"namespace {"_s;
    return lines + code.split(u'\n');
}

QStringList reservedNames()
{
    return {
        u"print"_s, u"scale"_s, u"mealTime"_s, u"sleep"_s, u"work"_s, u"gather"_s, u"gatherReturningExceptions"_s,
        u"callSoon"_s, u"createTask"_s, u"everyTask"_s, u"toHelper"_s, u"withTimeout"_s, u"repr"_s,
        u"isPrintable"_s, u"cookMeal"_s, u"runMeal"_s, u"served"_s, u"stop"_s, u"ready"_s, u"place"_s,
        u"results"_s, u"error"_s, u"tg"_s, u"asCompleted"_s, u"app"_s, u"clock"_s, u"prepTime"_s,
        u"argc"_s, u"argv"_s,
    };
}

} // namespace Kitchen::CppHelpers
