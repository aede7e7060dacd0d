// SPDX-License-Identifier: MIT
#include "helperpool.h"

namespace Kitchen {

HelperPool::JobId HelperPool::submit(Ticks duration, Callback started, Callback finished)
{
    Job job{m_nextId++, duration, std::move(started), std::move(finished)};
    const JobId id = job.id;
    if (!hasFreeHelper()) {
        m_queue.push_back(std::move(job));
        return id;
    }
    // _adjust_thread_count(): an idle thread takes the job, or else a new one starts.
    const bool idleThread = m_threads > int(m_running.size());
    if (!idleThread)
        ++m_threads;
    start(std::move(job), idleThread);
    return id;
}

bool HelperPool::cancel(JobId job)
{
    const auto queued = std::find_if(m_queue.begin(), m_queue.end(), [job](const Job &j) { return j.id == job; });
    if (queued != m_queue.end()) {
        m_queue.erase(queued);
        return true;
    }
    const auto running = std::find_if(m_running.begin(), m_running.end(),
                                       [job](const Running &r) { return r.id == job; });
    if (running == m_running.end() || !running->wokeIdleHelper || running->startedAt != m_loop.now())
        return false;
    m_loop.cancelTimer(running->end);
    finish(job);
    return true;
}

void HelperPool::start(Job job, bool wokeIdleHelper)
{
    if (job.started)
        job.started();
    const JobId id = job.id;
    const auto end = m_loop.atMoment(m_loop.now() + job.duration, [this, id, finished = std::move(job.finished)] {
        finished(); // the worker reports back to the loop
        finish(id);
    });
    m_running.push_back({id, m_loop.now(), end, wokeIdleHelper});
}

void HelperPool::finish(JobId job)
{
    // The helper is free, and takes the next job in the queue at once.
    std::erase_if(m_running, [job](const Running &r) { return r.id == job; });
    if (!m_queue.empty()) {
        Job next = std::move(m_queue.front());
        m_queue.pop_front();
        start(std::move(next), false);
    }
}

void HelperAwaiter::await_suspend(std::coroutine_handle<> handle)
{
    m_task = m_loop.currentTask();
    m_future = makeFuture<Done>(m_loop);
    KitchenLoop &loop = m_loop;
    const std::weak_ptr<Future<Done>> weak = m_future;
    // call_soon_threadsafe(_set_state): the future is done on the turn after the work ends.
    const HelperPool::JobId job = m_pool.submit(m_duration, std::move(m_started), [&loop, weak] {
        loop.callSoon([weak] {
            const auto future = weak.lock();
            if (future && !future->isDone())
                future->setResult({});
        });
    });
    // _chain_future's _call_check_cancel comes before the task's own wake-up.
    m_future->addDoneCallback([pool = &m_pool, weak, job] {
        const auto future = weak.lock();
        if (future && future->isCancelled())
            pool->cancel(job);
    });
    if (!m_task) {
        m_future->addDoneCallback([handle] { handle.resume(); });
        return;
    }
    m_task->suspendOn([weak] {
        const auto future = weak.lock();
        return future && future->cancel();
    });
    m_future->addDoneCallback([task = m_task, handle] { task->resume(handle); });
}

void HelperAwaiter::await_resume() const
{
    if (m_task && m_task->takeCancelRequest())
        throw CancelledError();
    if (m_future->isCancelled())
        throw CancelledError();
}

} // namespace Kitchen
