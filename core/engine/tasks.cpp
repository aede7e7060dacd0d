// SPDX-License-Identifier: MIT
#include "tasks.h"

namespace Kitchen {

bool TaskControl::cancel()
{
    // Like Task.cancel(): cancel what the task waits on; if that cannot be
    // cancelled (there is none, or it is done already), flag the next step.
    ++m_cancelRequests;
    if (m_cancelWaiter && m_cancelWaiter())
        return true;
    m_mustCancel = true;
    return true;
}

void TaskControl::resume(std::coroutine_handle<> handle)
{
    KitchenLoop &loop = m_loop; // a task that finishes in this step frees its control
    TaskControl *const previous = loop.currentTask();
    loop.setCurrentTask(this);
    m_cancelWaiter = {};
    handle.resume();
    loop.setCurrentTask(previous);
}

void TaskControl::resumeSoon(std::coroutine_handle<> handle)
{
    // The suspended task's frame owns this control, so it outlives the callback.
    m_cancelWaiter = {};
    m_loop.callSoon([this, handle] { resume(handle); });
}

void SleepAwaiter::await_suspend(std::coroutine_handle<> handle)
{
    m_sleeper = handle;
    m_task = m_loop.currentTask();
    if (m_deadline <= m_loop.now()) {
        // A bare yield: nothing to cancel, so a cancel is flagged for the next step.
        m_loop.callSoon([this] { wake(); });
        return;
    }
    m_timer = m_loop.callAt(m_deadline, [this] { fire(); });
    if (m_task)
        m_task->suspendOn([this] { return cancel(); });
}

void SleepAwaiter::await_resume()
{
    if (m_cancelled || (m_task && m_task->takeCancelRequest()))
        throw CancelledError();
}

void SleepAwaiter::fire()
{
    if (m_cancelled)
        return; // cancelled in the turn its timer came due: _set_result_unless_cancelled
    m_timer.reset();
    if (m_observer)
        m_observer->timerFired(m_tag, m_deadline, m_loop.now());
    m_loop.callSoon([this] { wake(); });
}

bool SleepAwaiter::cancel()
{
    // The sleep's future: once its timer has fired it is done and can't be cancelled.
    if (!m_timer)
        return false;
    m_loop.cancelTimer(*m_timer);
    m_timer.reset();
    m_cancelled = true;
    m_loop.callSoon([this] { wake(); });
    return true;
}

void SleepAwaiter::wake()
{
    if (m_task)
        m_task->resume(m_sleeper);
    else
        m_sleeper.resume();
}

} // namespace Kitchen
