// SPDX-License-Identifier: MIT
#pragma once

#include "future.h"

#include <QCoro/QCoroTask>
#include <QList>

#include <functional>

namespace Kitchen {

template<typename T>
using CoroutineFactory = std::function<QCoro::Task<T>()>;

namespace detail {
template<typename T>
QCoro::Task<> runAsTask(KitchenLoop &loop, CoroutineFactory<T> body, FuturePtr<T> outcome)
{
    co_await loop.nextTurn(); // a task's first step is scheduled with call_soon
    outcome->setResult(co_await body());
}
} // namespace detail

/**
 * asyncio.create_task(): the coroutine starts on a later loop turn, in creation
 * order, and the returned future completes when it returns.
 */
template<typename T>
FuturePtr<T> createTask(KitchenLoop &loop, CoroutineFactory<T> body)
{
    auto outcome = makeFuture<T>(loop);
    // The frame outlives the discarded QCoro::Task and frees itself when it finishes.
    detail::runAsTask<T>(loop, std::move(body), outcome);
    return outcome;
}

/**
 * @brief `await asyncio.sleep(d)` without a coroutine frame or a future.
 *
 * As in asyncio, the timer's callback only schedules the wake-up, so the
 * sleeper resumes one turn after its timer fires; d <= 0 yields for one turn
 * without a timer. The awaiter lives in the sleeping coroutine's frame, so the
 * loop's callbacks can point at it.
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
    void await_resume() const noexcept {}

private:
    void fire();

    KitchenLoop &m_loop;
    Ticks m_deadline;
    TimerObserver *m_observer;
    int m_tag;
    std::coroutine_handle<> m_sleeper;
};

[[nodiscard]] inline SleepAwaiter sleep(KitchenLoop &loop, Ticks duration, TimerObserver *observer = nullptr,
                                        int tag = 0)
{
    return SleepAwaiter(loop, duration, observer, tag);
}

/** `await asyncio.gather(*tasks)`: the results in the order the tasks were given. */
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
    for (qsizetype i = 0; i < children.size(); ++i) {
        // Like gather's _done_callback: one turn after each child finishes.
        children[i]->addDoneCallback([child = children[i], progress, outer, i] {
            progress->results[i] = child->result();
            if (--progress->remaining == 0)
                outer->setResult(progress->results);
        });
    }
    co_return co_await outer;
}

/**
 * @brief asyncio.TaskGroup: create tasks in it, then wait() is `__aexit__`.
 */
template<typename T>
class TaskGroup
{
public:
    explicit TaskGroup(KitchenLoop &loop)
        : m_loop(loop)
        , m_allDone(makeFuture<Done>(loop))
        , m_pending(std::make_shared<qsizetype>(0))
    {
    }

    FuturePtr<T> createTask(CoroutineFactory<T> body)
    {
        auto task = Kitchen::createTask<T>(m_loop, std::move(body));
        ++*m_pending;
        // Like TaskGroup._on_task_done: a done callback, so one turn after the task ends.
        task->addDoneCallback([pending = m_pending, allDone = m_allDone] {
            if (--*pending == 0)
                allDone->setResult({});
        });
        m_tasks.append(task);
        return task;
    }

    /// `async with` exit: waits until every task has finished, then hands back their results.
    QCoro::Task<QList<T>> wait()
    {
        if (*m_pending > 0)
            co_await m_allDone;
        QList<T> results;
        for (const auto &task : std::as_const(m_tasks))
            results.append(task->result());
        co_return results;
    }

private:
    KitchenLoop &m_loop;
    FuturePtr<Done> m_allDone;
    std::shared_ptr<qsizetype> m_pending;
    QList<FuturePtr<T>> m_tasks;
};

} // namespace Kitchen
