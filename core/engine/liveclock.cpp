// SPDX-License-Identifier: MIT
#include "liveclock.h"

namespace Kitchen {

using std::chrono::duration_cast;
using std::chrono::nanoseconds;

LiveClock::LiveClock(double secondsPerUnit)
    : m_anchor(SteadyClock::now())
    , m_secondsPerUnit(secondsPerUnit)
{
}

double LiveClock::nanosecondsPerTick() const
{
    return m_secondsPerUnit * 1e9 / double(ticksPerUnit);
}

LiveClock::SteadyClock::time_point LiveClock::deadlineLocked(Ticks when) const
{
    return m_anchor + nanoseconds(qint64(double(when) * nanosecondsPerTick()));
}

Ticks LiveClock::observedLocked(SteadyClock::time_point at) const
{
    const auto elapsed = duration_cast<nanoseconds>(at - m_anchor).count();
    return Ticks(double(elapsed) / nanosecondsPerTick());
}

void LiveClock::start()
{
    std::lock_guard lock(m_mutex);
    m_anchor = SteadyClock::now();
}

void LiveClock::pause()
{
    std::lock_guard lock(m_mutex);
    if (m_paused)
        return;
    m_paused = true;
    m_pausedAt = SteadyClock::now();
    m_changed.notify_all();
}

void LiveClock::resume()
{
    std::lock_guard lock(m_mutex);
    if (!m_paused)
        return;
    m_paused = false;
    m_anchor += SteadyClock::now() - m_pausedAt;
    m_changed.notify_all();
}

void LiveClock::stop()
{
    std::lock_guard lock(m_mutex);
    m_stopped = true;
    m_changed.notify_all();
}

void LiveClock::setSecondsPerUnit(double secondsPerUnit)
{
    std::lock_guard lock(m_mutex);
    // Keep the current logical time where it is; only the pace from here on changes.
    const auto now = m_paused ? m_pausedAt : SteadyClock::now();
    const Ticks current = observedLocked(now);
    m_secondsPerUnit = secondsPerUnit;
    m_anchor = now - nanoseconds(qint64(double(current) * nanosecondsPerTick()));
    m_changed.notify_all();
}

bool LiveClock::isStopped() const
{
    std::lock_guard lock(m_mutex);
    return m_stopped;
}

bool LiveClock::isPaused() const
{
    std::lock_guard lock(m_mutex);
    return m_paused;
}

Ticks LiveClock::observedTicks() const
{
    std::lock_guard lock(m_mutex);
    return observedLocked(m_paused ? m_pausedAt : SteadyClock::now());
}

std::chrono::nanoseconds LiveClock::remainingUntil(Ticks when) const
{
    std::lock_guard lock(m_mutex);
    return duration_cast<nanoseconds>(deadlineLocked(when) - SteadyClock::now());
}

void LiveClock::holdUntil(Ticks until)
{
    std::unique_lock lock(m_mutex);
    while (!m_stopped) {
        if (m_paused) {
            m_changed.wait(lock);
            continue;
        }
        const auto deadline = deadlineLocked(until);
        if (SteadyClock::now() >= deadline)
            return;
        m_changed.wait_until(lock, deadline);
    }
}

} // namespace Kitchen
