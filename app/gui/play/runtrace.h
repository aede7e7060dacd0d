// SPDX-License-Identifier: MIT
#pragma once

#include "runresult.h"

#include <QList>

/** @brief What one dish is doing at one moment of a run, as the kitchen scene shows it. */
struct DishMoment {
    enum class Phase {
        NotStarted,
        Ready,   ///< scheduled, waiting for its turn on the loop
        Running, ///< holds the cook without blocking
        Work,    ///< blocking work: holds the whole loop
        Waiting, ///< on a timer; the cook is free
        Late,    ///< its timer expired but the loop is too busy to wake it
        Queued,  ///< waiting for a place at a full appliance, or for a free helper
        Helper,  ///< a kitchen helper does its work (asyncio.to_thread); the cook is free
        Done,
        Cancelled,
        Failed,
    };
    Phase phase = Phase::NotStarted;
    Kitchen::Ticks since = 0;
    Kitchen::Ticks until = 0;    ///< Waiting and Late: the timer's deadline; Work: when the cook is free
    Kitchen::Ticks progress = 0; ///< time spent on its steps so far: working, waiting or with a helper
    int step = -1;               ///< the step it is on (the last one once through); -1 without steps
    /// Queued: how many times before this one it queued at the same step. A step that needs
    /// an appliance and a helper can queue twice: for the appliance first, then for a helper.
    int queuedBefore = 0;

    bool operator==(const DishMoment &) const = default;
};

/**
 * @brief The spans each dish went through in a run, finished or still going.
 *
 * A prediction fills it from a RunResult; a live run fills it state by state
 * as the kitchen thread reports. Either way the window asks it the same
 * questions: what happens at time t, and what has the timeline drawn so far.
 */
class RunTrace
{
public:
    RunTrace() = default;
    /// An empty trace for a live run of @p meal.
    explicit RunTrace(const Kitchen::Meal &meal);
    [[nodiscard]] static RunTrace fromResult(const Kitchen::RunResult &run);

    /// A live state change; @p until is the deadline of a wait or the end of a work step.
    /// main()'s (@p dish is mainCoroutine) blocking work goes to mainWork().
    void enter(int dish, Kitchen::DishState state, Kitchen::Ticks at, Kitchen::Ticks until);

    [[nodiscard]] qsizetype dishCount() const { return m_spans.size(); }
    [[nodiscard]] DishMoment momentAt(int dish, Kitchen::Ticks t) const;
    /// The timeline drawn up to @p t; a wait past its deadline turns into delay.
    [[nodiscard]] QList<Kitchen::Segment> segmentsUntil(int dish, Kitchen::Ticks t) const;
    /// True when the last bar segmentsUntil(@p dish, @p t) draws is still growing at @p t:
    /// the dish's span goes on after t. A live timeline draws that bar apart, to the playhead.
    [[nodiscard]] bool growsAt(int dish, Kitchen::Ticks t) const;
    [[nodiscard]] Kitchen::DishTotals totalsUntil(int dish, Kitchen::Ticks t) const;
    /// The dish whose blocking work holds the loop at @p t, or -1.
    [[nodiscard]] int blockingDishAt(Kitchen::Ticks t) const;
    /// The step a dish is on after @p progress ticks of its steps; the last one once through.
    [[nodiscard]] int stepAt(int dish, Kitchen::Ticks progress) const;

    /// What the run noted (forgotten awaits, lost tasks, unready dishes, timeouts). A live
    /// run takes them from the prediction of the same meal; callers filter them by time.
    [[nodiscard]] const QList<Kitchen::RunNote> &notes() const { return m_notes; }
    void setNotes(const QList<Kitchen::RunNote> &notes) { m_notes = notes; }
    /// main()'s own blocking work (a create_task lane's steps), in order.
    [[nodiscard]] const QList<Kitchen::CookSegment> &mainWork() const { return m_mainWork; }
    /// The index in mainWork() of the span holding the loop at @p t, or -1.
    [[nodiscard]] int mainWorkAt(Kitchen::Ticks t) const;

private:
    [[nodiscard]] static QList<Kitchen::CookSegment> mainWorkOf(const Kitchen::RunResult &run);
    struct Span {
        Kitchen::DishState state = Kitchen::DishState::Ready;
        Kitchen::Ticks start = 0;
        Kitchen::Ticks end = 0; ///< ignored while open
        Kitchen::Ticks deadline = 0;
        bool open = false;
    };

    /// Steps count as progress while they wait, work or have a helper, up to their deadline.
    [[nodiscard]] static bool isStepSpan(Kitchen::DishState state);

    [[nodiscard]] static Kitchen::Ticks endAt(const Span &span, Kitchen::Ticks t);
    void restoreCutDeadlines(const Kitchen::RunResult &run);

    QList<QList<Span>> m_spans;
    QList<Kitchen::Ticks> m_lengths; ///< each dish's steps together: its progress once done
    QList<QList<Kitchen::Ticks>> m_stepEnds; ///< per dish: where each step ends, in progress
    QList<Kitchen::RunNote> m_notes;
    QList<Kitchen::CookSegment> m_mainWork;
};
