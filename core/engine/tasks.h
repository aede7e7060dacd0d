// SPDX-License-Identifier: MIT
#pragma once

#include "future.h"

#include <QCoro/QCoroTask>
#include <QList>

#include <functional>

namespace Kitchen {

template<typename T>
using CoroutineFactory = std::function<QCoro::Task<T>()>;

/**
 * @brief What asyncio's Task adds to a future: a cancel() that reaches into the coroutine.
 *
 * Every await in the engine tells the running task what it waits on. Task.cancel()
 * then cancels that (a sleep's timer, a future) so the task wakes on the next
 * turn, or, when there is nothing to cancel (the task is ready to run, or it is
 * doing a bare `sleep(0)`), flags it: CancelledError is thrown at the await where
 * the task next resumes. A task in blocking work cannot be reached at all, since
 * cancel() only ever runs while the task is suspended.
 */
class TaskControl
{
public:
    explicit TaskControl(KitchenLoop &loop)
        : m_loop(loop)
    {
    }

    /// Task.cancel(), for a task that has not finished.
    bool cancel();
    /// Task.uncancel(): takes back one cancel request and says how many are left.
    int uncancel()
    {
        if (m_cancelRequests > 0)
            --m_cancelRequests;
        return m_cancelRequests;
    }
    /// Called by an awaiter as the task suspends: how to cancel what it waits on.
    void suspendOn(std::function<bool()> cancelWaiter) { m_cancelWaiter = std::move(cancelWaiter); }
    /// Runs one step of the task: resumes @p handle with this task as the current one.
    void resume(std::coroutine_handle<> handle);
    /// In await_resume after a suspension: was a cancel flagged (`_must_cancel`)?
    [[nodiscard]] bool takeCancelRequest() { return std::exchange(m_mustCancel, false); }

    /// Schedules resuming @p handle on the next turn, as this task's step.
    void resumeSoon(std::coroutine_handle<> handle);

private:
    KitchenLoop &m_loop;
    std::function<bool()> m_cancelWaiter;
    bool m_mustCancel = false;
    int m_cancelRequests = 0; ///< `_num_cancels_requested`
};

using TaskControlPtr = std::shared_ptr<TaskControl>;

namespace detail {

/**
 * The task's first step, scheduled with call_soon; a cancel before it throws at once.
 * It holds a plain pointer: GCC 12 destroys a co_await temporary with a non-trivial
 * destructor twice when it sits in a try block.
 */
struct FirstStep {
    TaskControl *task;
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> handle) const { task->resumeSoon(handle); }
    void await_resume() const
    {
        if (task->takeCancelRequest())
            throw CancelledError();
    }
};

template<typename T>
QCoro::Task<> runAsTask(TaskControlPtr task, CoroutineFactory<T> body, FuturePtr<T> outcome,
                        std::function<void()> cancelledBeforeStart)
{
    bool started = false;
    try {
        co_await FirstStep{task.get()};
        started = true;
        outcome->setResult(co_await body());
    } catch (const CancelledError &) {
        if (!started && cancelledBeforeStart)
            cancelledBeforeStart();
        outcome->markCancelled();
    } catch (...) {
        outcome->setException(std::current_exception());
    }
}

} // namespace detail

/**
 * asyncio.create_task(): the coroutine starts on a later loop turn, in creation
 * order, and the returned future completes when it returns or raises. cancel()
 * on that future is Task.cancel(). @p cancelledBeforeStart hears a cancel that
 * came before the first step, when the coroutine never ran at all.
 */
template<typename T>
FuturePtr<T> createTask(KitchenLoop &loop, CoroutineFactory<T> body, std::function<void()> cancelledBeforeStart = {})
{
    auto outcome = makeFuture<T>(loop);
    auto task = std::make_shared<TaskControl>(loop);
    outcome->setCancelHook([task] { return task->cancel(); });
    // The frame outlives the discarded QCoro::Task and frees itself when it finishes.
    detail::runAsTask<T>(task, std::move(body), outcome, std::move(cancelledBeforeStart));
    return outcome;
}

/// `await future` inside a task: suspends only while the future is pending; wakes
/// up one turn after it is done. Cancelling the awaiting task cancels the future.
template<typename T>
auto operator co_await(const FuturePtr<T> &future)
{
    struct Awaiter {
        FuturePtr<T> future;
        TaskControl *task = nullptr;
        bool await_ready() const noexcept { return future->isDone(); }
        void await_suspend(std::coroutine_handle<> handle)
        {
            task = future->loop().currentTask();
            if (!task) {
                future->addDoneCallback([handle] { handle.resume(); });
                return;
            }
            task->suspendOn([weak = std::weak_ptr<Future<T>>(future)] {
                const auto pending = weak.lock();
                return pending && pending->cancel();
            });
            future->addDoneCallback([task = task, handle] { task->resume(handle); });
        }
        T await_resume() const
        {
            if (task && task->takeCancelRequest())
                throw CancelledError();
            return future->result();
        }
    };
    return Awaiter{future};
}

/**
 * @brief `await asyncio.sleep(d)` without a coroutine frame or a future.
 *
 * As in asyncio, the timer's callback only schedules the wake-up, so the
 * sleeper resumes one turn after its timer fires; d <= 0 yields for one turn
 * without a timer. Cancelling the sleeping task cancels the timer and wakes it
 * on the next turn with CancelledError. The awaiter lives in the sleeping
 * coroutine's frame, so the loop's callbacks can point at it.
 */
class SleepAwaiter
{
public:
    SleepAwaiter(KitchenLoop &loop, Ticks duration, TimerObserver *observer = nullptr, int tag = 0)
        : m_loop(loop)
        , m_deadline(loop.now() + duration)
        , m_observer(observer)
        , m_tag(tag)
    {
    }

    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> handle);
    void await_resume();

private:
    void fire();
    bool cancel();
    void wake();

    KitchenLoop &m_loop;
    Ticks m_deadline;
    TimerObserver *m_observer;
    int m_tag;
    std::coroutine_handle<> m_sleeper;
    TaskControl *m_task = nullptr;
    std::optional<KitchenLoop::TimerId> m_timer; ///< set while the timer is pending
    bool m_cancelled = false;
};

[[nodiscard]] inline SleepAwaiter sleep(KitchenLoop &loop, Ticks duration, TimerObserver *observer = nullptr,
                                        int tag = 0)
{
    return SleepAwaiter(loop, duration, observer, tag);
}

/**
 * `await asyncio.gather(*tasks)`: the results in the order the tasks were given.
 * The first error (or cancellation) reaches the awaiting code one turn after its
 * task ends, and the other tasks carry on. Cancelling the gather cancels them all.
 */
template<typename T>
QCoro::Task<QList<T>> gather(KitchenLoop &loop, QList<FuturePtr<T>> children)
{
    struct Progress {
        QList<T> results;
        qsizetype remaining = 0;
    };
    auto outer = makeFuture<QList<T>>(loop);
    auto progress = std::make_shared<Progress>();
    progress->results.resize(children.size());
    progress->remaining = children.size();
    if (children.isEmpty())
        outer->setResult({});
    outer->setCancelHook([children] {
        bool any = false;
        for (const auto &child : children)
            any = child->cancel() || any;
        return any;
    });
    for (qsizetype i = 0; i < children.size(); ++i) {
        // Like gather's _done_callback: one turn after each child finishes.
        children[i]->addDoneCallback([child = children[i], progress, outer, i] {
            if (outer->isDone())
                return; // an earlier error was reported already
            if (child->isCancelled()) {
                outer->setException(std::make_exception_ptr(CancelledError()));
                return;
            }
            if (child->exception()) {
                outer->setException(child->exception());
                return;
            }
            progress->results[i] = child->result();
            if (--progress->remaining == 0)
                outer->setResult(progress->results);
        });
    }
    co_return co_await outer;
}

/**
 * @brief asyncio.TaskGroup: create tasks in it, then wait() is `__aexit__`.
 *
 * When a task fails, the group cancels the others and its own parent task, so
 * they stop at their next await; once all have stopped, wait() raises an
 * ExceptionGroup of every error, in the order the failed tasks ended.
 */
template<typename T>
class TaskGroup
{
public:
    explicit TaskGroup(KitchenLoop &loop)
        : m_state(std::make_shared<State>(loop))
    {
        m_state->parent = loop.currentTask();
    }

    FuturePtr<T> createTask(CoroutineFactory<T> body, std::function<void()> cancelledBeforeStart = {})
    {
        auto task = Kitchen::createTask<T>(m_state->loop, std::move(body), std::move(cancelledBeforeStart));
        m_state->pending.append(task);
        m_state->tasks.append(task);
        // Like TaskGroup._on_task_done: a done callback, so one turn after the task ends.
        task->addDoneCallback([state = m_state, task] { state->taskDone(task); });
        return task;
    }

    /// `async with` exit: waits until every task has stopped, then hands back their results.
    QCoro::Task<QList<T>> wait()
    {
        const std::shared_ptr<State> state = m_state;
        bool propagateCancel = false;
        while (!state->pending.isEmpty()) {
            state->completed = makeFuture<Done>(state->loop);
            try {
                co_await state->completed;
            } catch (const CancelledError &) {
                if (!state->aborting) { // our own task is being cancelled from outside
                    propagateCancel = true;
                    state->abort();
                }
            }
            state->completed.reset();
        }
        if (!state->errors.isEmpty())
            throw PythonError::exceptionGroup(state->errors);
        if (propagateCancel)
            throw CancelledError();
        QList<T> results;
        for (const auto &task : std::as_const(state->tasks))
            results.append(task->result());
        co_return results;
    }

private:
    struct State {
        explicit State(KitchenLoop &loop)
            : loop(loop)
        {
        }

        void taskDone(const FuturePtr<T> &task)
        {
            pending.removeOne(task);
            if (completed && pending.isEmpty() && !completed->isDone())
                completed->setResult({});
            if (task->isCancelled() || !task->exception())
                return;
            try {
                std::rethrow_exception(task->exception());
            } catch (const PythonError &error) {
                errors.append(error.repr());
            } catch (...) {
                errors.append(QStringLiteral("Exception()"));
            }
            if (!aborting && !parentCancelRequested) {
                abort();
                parentCancelRequested = true;
                if (parent)
                    parent->cancel();
            }
        }

        void abort()
        {
            aborting = true;
            for (const auto &task : std::as_const(pending))
                task->cancel();
        }

        KitchenLoop &loop;
        TaskControl *parent = nullptr;
        QList<FuturePtr<T>> tasks;
        QList<FuturePtr<T>> pending;
        QStringList errors;
        FuturePtr<Done> completed;
        bool aborting = false;
        bool parentCancelRequested = false;
    };

    std::shared_ptr<State> m_state;
};

} // namespace Kitchen
