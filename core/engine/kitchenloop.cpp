// SPDX-License-Identifier: MIT
#include "kitchenloop.h"

namespace Kitchen {

KitchenLoop::KitchenLoop(HoldFunction hold)
    : m_hold(std::move(hold))
{
}

std::optional<Ticks> KitchenLoop::nextDeadline() const
{
    if (m_timers.empty())
        return std::nullopt;
    return m_timers.top().when;
}

void KitchenLoop::callSoon(Callback callback)
{
    m_ready.push_back(std::move(callback));
}

KitchenLoop::TimerId KitchenLoop::callAt(Ticks when, Callback callback)
{
    const TimerId id = m_nextSequence++;
    m_timers.push(Timer{when, id, std::move(callback)});
    return id;
}

void KitchenLoop::cancelTimer(TimerId timer)
{
    m_cancelledTimers.insert(timer);
    dropCancelledTimers();
}

void KitchenLoop::dropCancelledTimers()
{
    // Like _run_once(), which pops cancelled handles off the head before choosing how long to idle.
    while (!m_timers.empty() && m_cancelledTimers.erase(m_timers.top().sequence) > 0)
        m_timers.pop();
}

void KitchenLoop::holdCook(Ticks duration)
{
    m_now += duration;
    if (m_hold)
        m_hold(m_now);
}

void KitchenLoop::advanceTo(Ticks when)
{
    m_now = std::max(m_now, when);
}

void KitchenLoop::runOnce()
{
    ++m_turns;
    while (!m_timers.empty() && m_timers.top().when <= m_now) {
        // priority_queue::top() is const; the callback is moved out just before pop().
        m_ready.push_back(std::move(const_cast<Timer &>(m_timers.top()).callback));
        m_timers.pop();
        dropCancelledTimers();
    }
    // Callbacks scheduled by this turn wait for the next one, as in asyncio.
    for (auto todo = m_ready.size(); todo > 0; --todo) {
        Callback callback = std::move(m_ready.front());
        m_ready.pop_front();
        callback();
    }
    if (m_afterTurn)
        m_afterTurn();
}

bool KitchenLoop::runVirtuallyUntil(const std::function<bool()> &finished)
{
    while (!finished()) {
        if (m_ready.empty()) {
            if (m_timers.empty())
                return false;
            advanceTo(m_timers.top().when);
        }
        runOnce();
    }
    return true;
}

} // namespace Kitchen
