// SPDX-License-Identifier: MIT
#pragma once

#include "kitchenloop.h"
#include "runresult.h"

#include <functional>
#include <vector>

namespace Kitchen {

/** @brief Hears a run as it happens; the live kitchen forwards this to the window. */
class RunObserver
{
public:
    virtual ~RunObserver() = default;
    /// @p until is the deadline for Waiting and the end for Work, otherwise equal to @p at.
    /// @p dish is mainCoroutine for main()'s own steps (a create_task lane's).
    virtual void onDishState(int dish, DishState state, Ticks at, Ticks until) = 0;
    virtual void onLog(const LogEvent &event) = 0;
    virtual void onLateTimer(const LateTimer &late) = 0;
};

/**
 * @brief Turns the engine's state changes into the log, the timeline and the totals.
 *
 * The engine reports what each dish does; the recorder works out the spans,
 * splitting a wait at its deadline when the loop was too busy to wake the dish
 * on time (that remainder is "delayed").
 */
class RunRecorder : public TimerObserver
{
public:
    /// How much a run keeps: everything, or just how long it took (a strategy's total).
    enum class Detail { Full, TotalOnly };

    explicit RunRecorder(const Meal &meal, Detail detail = Detail::Full);

    void setObserver(RunObserver *observer) { m_observer = observer; }
    /// Live runs stamp each line with the real time it happened.
    void setObservedClock(std::function<Ticks()> clock) { m_observedClock = std::move(clock); }
    /// Virtual runs stamp each line with the loop turn it was printed in.
    void setLoop(const KitchenLoop *loop) { m_loop = loop; }

    void ready(int dish, Ticks at);
    void running(int dish, Ticks at);
    void working(int dish, Ticks from, Ticks until);
    void waiting(int dish, Ticks at, Ticks deadline);
    /// The dish queues for a place at an appliance.
    void queued(int dish, Ticks at);
    /// A helper took the dish's work, until @p until.
    void helping(int dish, Ticks from, Ticks until);
    void done(int dish, Ticks at);
    /// The dish raised: it burnt after a step.
    void failed(int dish, Ticks at);
    /// CancelledError reached the dish (or it was cancelled before it started).
    void cancelled(int dish, Ticks at);
    /// A message line; an empty message prints nothing.
    void say(int dish, Ticks at, const QString &text);
    /// print(text): a line even when the text is empty.
    void print(int dish, Ticks at, const QString &text);
    void note(const RunNote &note)
    {
        if (!m_quiet)
            m_result.notes.append(note);
    }
    void timerFired(int dish, Ticks deadline, Ticks at) override;

    /// Closes every open span at @p total and hands over the result.
    [[nodiscard]] RunResult finish(Ticks total, bool finished);

private:
    struct DishProgress {
        DishState state = DishState::Ready;
        Ticks since = 0;
        Ticks deadline = 0;
        bool started = false;
    };

    void enter(int dish, DishState state, Ticks at, Ticks until);
    void closeSpan(int dish, Ticks at);
    void addSegment(int dish, DishState state, Ticks start, Ticks end);

    bool m_quiet; ///< Detail::TotalOnly: nothing but the total is kept
    RunResult m_result;
    std::vector<DishProgress> m_progress;
    std::vector<QList<Segment>> m_spans; ///< per dish, in time order; joined by finish()
    RunObserver *m_observer = nullptr;
    std::function<Ticks()> m_observedClock;
    const KitchenLoop *m_loop = nullptr;
};

} // namespace Kitchen
