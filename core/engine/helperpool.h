// SPDX-License-Identifier: MIT
#pragma once

#include "tasks.h"

#include <deque>
#include <functional>
#include <vector>

namespace Kitchen {

/**
 * @brief The default executor asyncio.to_thread() hands work to: a ThreadPoolExecutor.
 *
 * Each helper is a worker thread. A job starts at once when a helper is free,
 * otherwise it queues, first come first served; a helper that finishes takes
 * the next queued job at that very moment. Helpers work in parallel with the
 * cook and with each other, so their doings are loop "moments" that happen as
 * the clock passes them, even while blocking work holds the loop.
 */
class HelperPool
{
public:
    using JobId = quint64;
    using Callback = std::function<void()>;

    HelperPool(KitchenLoop &loop, int helpers)
        : m_loop(loop)
        , m_helpers(helpers)
    {
    }

    /// executor.submit(): @p started hears when a helper takes the job, @p finished when it is done.
    JobId submit(Ticks duration, Callback started, Callback finished);
    /**
     * concurrent.futures.Future.cancel(): a queued job is called off. So is one
     * that an idle helper was woken for at this very instant: in CPython that
     * worker thread still waits for the GIL, and the loop's cancel gets there
     * first. A newly started thread, or a helper going straight on to the next
     * queued job, holds the GIL and has the job running before the loop can.
     */
    bool cancel(JobId job);
    /// Nothing running or queued: executor.shutdown(wait=True) would return.
    [[nodiscard]] bool isIdle() const { return m_running.empty() && m_queue.empty(); }
    [[nodiscard]] bool hasFreeHelper() const { return int(m_running.size()) < m_helpers; }

private:
    struct Job {
        JobId id;
        Ticks duration;
        Callback started;
        Callback finished;
    };

    struct Running {
        JobId id;
        Ticks startedAt;
        KitchenLoop::TimerId end;
        bool wokeIdleHelper; ///< cancellable in the instant it started
    };

    void start(Job job, bool wokeIdleHelper);
    void finish(JobId job);

    KitchenLoop &m_loop;
    int m_helpers;
    JobId m_nextId = 0;
    std::deque<Job> m_queue;
    std::vector<Running> m_running;
    int m_threads = 0; ///< threads started so far; ThreadPoolExecutor never ends one early
};

/**
 * @brief `await asyncio.to_thread(work)`: the task waits on a future a helper completes.
 *
 * The helper's thread ends with call_soon_threadsafe(), so the future is done
 * one turn after the work ends and the task resumes one turn after that.
 * Cancelling the task cancels the future (the task wakes on the next turn);
 * the job is called off only if no helper has taken it yet.
 */
class HelperAwaiter
{
public:
    using Callback = HelperPool::Callback;

    HelperAwaiter(HelperPool &pool, KitchenLoop &loop, Ticks duration, Callback started)
        : m_pool(pool)
        , m_loop(loop)
        , m_duration(duration)
        , m_started(std::move(started))
    {
    }

    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> handle);
    void await_resume() const;

private:
    HelperPool &m_pool;
    KitchenLoop &m_loop;
    Ticks m_duration;
    Callback m_started;
    FuturePtr<Done> m_future;
    TaskControl *m_task = nullptr;
};

} // namespace Kitchen
