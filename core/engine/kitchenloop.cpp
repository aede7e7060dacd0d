// SPDX-License-Identifier: MIT
#include "kitchenloop.h"

namespace Kitchen {

KitchenLoop::KitchenLoop(HoldFunction hold)
    : m_hold(std::move(hold))
{
}

std::optional<Ticks> KitchenLoop::nextDeadline() const
{
    std::optional<Ticks> next;
    if (!m_timers.empty())
        next = m_timers.nextTime();
    if (!m_moments.empty() && (!next || m_moments.nextTime() < *next))
        next = m_moments.nextTime();
    return next;
}

void KitchenLoop::callSoon(Callback callback)
{
    m_ready.push_back(std::move(callback));
}

KitchenLoop::TimerId KitchenLoop::callAt(Ticks when, Callback callback)
{
    const TimerId id = m_nextSequence++;
    m_timers.push(when, id, std::move(callback));
    return id;
}

void KitchenLoop::cancelTimer(TimerId timer)
{
    m_cancelledTimers.insert(timer);
    dropCancelledTimers();
}

KitchenLoop::TimerId KitchenLoop::atMoment(Ticks when, Callback atThatMoment)
{
    const TimerId id = m_nextSequence++;
    m_moments.push(when, id, std::move(atThatMoment));
    return id;
}

void KitchenLoop::runMomentsDue()
{
    // Each moment runs at its own time, even when blocking work has carried the
    // clock past it; one may start the next (a helper takes the next queued job).
    const Ticks now = m_now;
    dropCancelledTimers();
    while (!m_moments.empty() && m_moments.nextTime() <= now) {
        m_now = m_moments.nextTime();
        m_moments.pop()();
        dropCancelledTimers();
    }
    m_now = now;
}

void KitchenLoop::dropCancelledTimers()
{
    // Like _run_once(), which pops cancelled handles off the head before choosing how long to idle.
    if (m_cancelledTimers.empty())
        return;
    while (!m_timers.empty() && m_cancelledTimers.erase(m_timers.nextId()) > 0)
        m_timers.pop();
    while (!m_moments.empty() && m_cancelledTimers.erase(m_moments.nextId()) > 0)
        m_moments.pop();
}

void KitchenLoop::holdCook(Ticks duration)
{
    m_now += duration;
    if (m_hold)
        m_hold(m_now);
    runMomentsDue();
}

void KitchenLoop::advanceTo(Ticks when)
{
    m_now = std::max(m_now, when);
    runMomentsDue();
}

void KitchenLoop::runOnce()
{
    ++m_turns;
    runMomentsDue(); // a helper that ended just now, with no time passing since
    while (!m_timers.empty() && m_timers.nextTime() <= m_now) {
        m_ready.push_back(m_timers.pop());
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
            const std::optional<Ticks> next = nextDeadline();
            if (!next)
                return false;
            advanceTo(*next);
        }
        runOnce();
    }
    return true;
}

} // namespace Kitchen
