// SPDX-License-Identifier: MIT
#pragma once

#include "ticks.h"

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace Kitchen {

/**
 * @brief Maps logical kitchen ticks to real time for a live run.
 *
 * Deadlines are absolute (anchor + ticks x scale), so waits in a row never
 * drift. Pause, speed changes and stop move the anchor or wake a held cook;
 * every method is safe to call from any thread.
 */
class LiveClock
{
public:
    using SteadyClock = std::chrono::steady_clock;

    explicit LiveClock(double secondsPerUnit);

    /// Starts counting from logical time zero now.
    void start();
    void pause();
    void resume();
    void stop();
    void setSecondsPerUnit(double secondsPerUnit);

    [[nodiscard]] bool isStopped() const;
    [[nodiscard]] bool isPaused() const;
    /// Where the real clock is now, in logical ticks (frozen while paused).
    [[nodiscard]] Ticks observedTicks() const;
    /// Real time left until logical time @p when; zero or less when it has passed.
    [[nodiscard]] std::chrono::nanoseconds remainingUntil(Ticks when) const;

    /// Blocks the calling thread until logical time @p until, honouring pause; stop ends it early.
    void holdUntil(Ticks until);

private:
    [[nodiscard]] double nanosecondsPerTick() const;
    [[nodiscard]] SteadyClock::time_point deadlineLocked(Ticks when) const;
    [[nodiscard]] Ticks observedLocked(SteadyClock::time_point at) const;

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    SteadyClock::time_point m_anchor; ///< real time of logical zero
    SteadyClock::time_point m_pausedAt;
    double m_secondsPerUnit;
    bool m_paused = false;
    bool m_stopped = false;
};

} // namespace Kitchen
