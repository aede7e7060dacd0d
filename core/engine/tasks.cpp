// SPDX-License-Identifier: MIT
#include "tasks.h"

namespace Kitchen {

void SleepAwaiter::await_suspend(std::coroutine_handle<> handle)
{
    m_sleeper = handle;
    if (m_deadline <= m_loop.now())
        m_loop.callSoon([handle] { handle.resume(); });
    else
        m_loop.callAt(m_deadline, [this] { fire(); });
}

void SleepAwaiter::fire()
{
    if (m_observer)
        m_observer->timerFired(m_tag, m_deadline, m_loop.now());
    m_loop.callSoon([sleeper = m_sleeper] { sleeper.resume(); });
}

} // namespace Kitchen
