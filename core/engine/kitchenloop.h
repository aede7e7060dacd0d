// SPDX-License-Identifier: MIT
#pragma once

#include "ticks.h"
#include "timerqueue.h"

#include <coroutine>
#include <deque>
#include <functional>
#include <optional>
#include <unordered_set>
#include <vector>

namespace Kitchen {

class TaskControl;

/** @brief Hears a sleep's timer fire, when the loop gets to it; the recorder spots late timers so. */
class TimerObserver
{
public:
    virtual ~TimerObserver() = default;
    virtual void timerFired(int tag, Ticks deadline, Ticks now) = 0;
};

/**
 * @brief The one cook: an event loop that schedules exactly like CPython's asyncio.
 *
 * It mirrors BaseEventLoop._run_once(): timers that are due move to the ready
 * queue in deadline order (ties in the order their waits began), then exactly
 * the callbacks that were ready when the turn began run, first in, first out.
 * Time is logical: the loop never looks at a wall clock. A driver decides how
 * idle time passes (a virtual jump or a real timer), and blocking work asks the
 * hold function to really hold the thread when a live clock is in use.
 */
class KitchenLoop
{
public:
    using Callback = std::function<void()>;
    /// Called with the logical time at which a blocking step ends.
    using HoldFunction = std::function<void(Ticks until)>;
    /// Names a timer so it can be cancelled, like the TimerHandle call_at() returns.
    using TimerId = quint64;

    KitchenLoop() = default;
    explicit KitchenLoop(HoldFunction hold);

    [[nodiscard]] Ticks now() const { return m_now; }
    [[nodiscard]] bool hasReady() const { return !m_ready.empty(); }
    [[nodiscard]] std::optional<Ticks> nextDeadline() const;
    [[nodiscard]] qint64 turns() const { return m_turns; }

    /// asyncio's loop.call_soon().
    void callSoon(Callback callback);
    /// asyncio's loop.call_at().
    TimerId callAt(Ticks when, Callback callback);
    /// TimerHandle.cancel(): the callback never runs, and the loop never wakes for it.
    /// Calls off a moment (see atMoment()) that has not come yet just the same.
    void cancelTimer(TimerId timer);
    /**
     * Something another thread does at @p when (a helper finishing): @p atThatMoment
     * runs as the clock passes @p when, even in the middle of blocking work, the way
     * a worker thread calls call_soon_threadsafe() whatever the loop is doing. A
     * moment due already runs as the next turn begins.
     */
    TimerId atMoment(Ticks when, Callback atThatMoment);
    /// Called after every turn; asyncio.run()'s shutdown watches the turns with it.
    void setAfterTurn(Callback afterTurn) { m_afterTurn = std::move(afterTurn); }

    /// asyncio.current_task(): the task whose step is running, or null.
    [[nodiscard]] TaskControl *currentTask() const { return m_currentTask; }
    void setCurrentTask(TaskControl *task) { m_currentTask = task; }

    /// `time.sleep()` inside a coroutine: the whole loop is held for @p duration.
    void holdCook(Ticks duration);
    /// The loop was idle until @p when (a timer came due); time never runs backwards.
    void advanceTo(Ticks when);
    /// One turn of the loop.
    void runOnce();
    /// Turns the loop, jumping idle time, until @p finished says stop or nothing is left.
    /// Returns false when the loop ran dry first.
    bool runVirtuallyUntil(const std::function<bool()> &finished);

    /// An awaitable that resumes the coroutine on the next turn (`await asyncio.sleep(0)`).
    [[nodiscard]] auto nextTurn()
    {
        struct Awaiter {
            KitchenLoop &loop;
            bool await_ready() const noexcept { return false; }
            void await_suspend(std::coroutine_handle<> handle) const
            {
                loop.callSoon([handle] { handle.resume(); });
            }
            void await_resume() const noexcept {}
        };
        return Awaiter{*this};
    }

private:
    void dropCancelledTimers();
    void runMomentsDue();

    Ticks m_now = 0;
    quint64 m_nextSequence = 0;
    qint64 m_turns = 0;
    std::deque<Callback> m_ready;
    TimerQueue m_timers;
    std::unordered_set<TimerId> m_cancelledTimers;
    TimerQueue m_moments; ///< other threads' doings
    HoldFunction m_hold;
    Callback m_afterTurn;
    TaskControl *m_currentTask = nullptr;
};

} // namespace Kitchen
