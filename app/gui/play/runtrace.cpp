// SPDX-License-Identifier: MIT
#include "runtrace.h"

#include <algorithm>

using namespace Kitchen;

RunTrace::RunTrace(const Meal &meal)
    : m_spans(meal.dishes.size())
{
    for (const Dish &dish : meal.dishes) {
        Ticks length = 0;
        QList<Ticks> ends;
        for (const Step &step : dish.steps) {
            length += step.duration;
            ends << length;
        }
        m_lengths << length;
        m_stepEnds << ends;
    }
}

bool RunTrace::isStepSpan(DishState state)
{
    return state == DishState::Work || state == DishState::Waiting || state == DishState::Helper;
}

int RunTrace::stepAt(int dish, Ticks progress) const
{
    if (dish < 0 || dish >= m_stepEnds.size() || m_stepEnds[dish].isEmpty())
        return -1;
    const QList<Ticks> &ends = m_stepEnds[dish];
    for (int step = 0; step < ends.size(); ++step) {
        if (progress < ends[step])
            return step;
    }
    return int(ends.size()) - 1;
}

RunTrace RunTrace::fromResult(const RunResult &run)
{
    RunTrace trace(run.meal);
    trace.m_notes = run.notes;
    trace.m_mainWork = mainWorkOf(run);
    QList<Ticks> progress(trace.m_spans.size(), 0);
    for (const Segment &segment : run.timeline) {
        if (segment.dish < 0 || segment.dish >= trace.m_spans.size())
            continue;
        QList<Span> &spans = trace.m_spans[segment.dish];
        // The recorder splits a late wait into waiting + delayed; join them back so
        // the wait keeps its deadline and the delay reads as "late".
        if (segment.state == DishState::Delayed && !spans.isEmpty()
            && spans.last().state == DishState::Waiting && spans.last().end == segment.start) {
            spans.last().end = segment.end;
            continue;
        }
        const DishState state = segment.state == DishState::Delayed ? DishState::Ready : segment.state;
        Ticks deadline = segment.end;
        if (isStepSpan(state)) {
            // A step ends when its recipe says: a helper's span runs on past that while the loop
            // is busy, and a wait cancelled (or cut by the run's end) stops before it.
            const int step = trace.stepAt(segment.dish, progress[segment.dish]);
            if (step >= 0)
                deadline = segment.start + trace.m_stepEnds[segment.dish][step] - progress[segment.dish];
            if (state == DishState::Work)
                deadline = segment.end; // blocking work is never cut: it ends where it ends
        }
        spans.append({state, segment.start, segment.end, deadline, false});
        if (isStepSpan(state))
            progress[segment.dish] += std::min(segment.end, deadline) - segment.start;
    }
    trace.restoreCutDeadlines(run);
    return trace;
}

void RunTrace::restoreCutDeadlines(const RunResult &run)
{
    // A step still going when main() returned ends at the run's end in the result;
    // its real deadline is where that step would have finished.
    for (qsizetype dish = 0; dish < m_spans.size(); ++dish) {
        if (m_spans[dish].isEmpty())
            continue;
        Span &last = m_spans[dish].last();
        if (!isStepSpan(last.state) || last.end != run.total || last.deadline != last.end)
            continue;
        Ticks before = 0;
        for (const Span &span : std::as_const(m_spans[dish])) {
            if (&span != &last && isStepSpan(span.state))
                before += std::min(span.end, span.deadline) - span.start;
        }
        Ticks boundary = 0;
        for (const Step &recipe : run.meal.dishes.at(dish).steps) {
            boundary += recipe.duration;
            if (boundary > before)
                break;
        }
        last.deadline = std::max(last.deadline, last.start + (boundary - before));
    }
}

void RunTrace::enter(int dish, DishState state, Ticks at, Ticks until)
{
    if (dish == mainCoroutine) {
        if (state == DishState::Work && until > at)
            m_mainWork.append({mainCoroutine, at, until});
        return;
    }
    if (dish < 0 || dish >= m_spans.size())
        return;
    QList<Span> &spans = m_spans[dish];
    if (!spans.isEmpty() && spans.last().open) {
        spans.last().end = at;
        spans.last().open = false;
    }
    spans.append({state, at, at, until, true});
}

Ticks RunTrace::endAt(const Span &span, Ticks t)
{
    if (!span.open)
        return std::min(span.end, t);
    // A live work step ends exactly at its deadline; the next report may lag a frame.
    if (span.state == DishState::Work)
        return std::min(span.deadline, t);
    return t;
}

DishMoment RunTrace::momentAt(int dish, Ticks t) const
{
    DishMoment moment;
    if (dish < 0 || dish >= m_spans.size())
        return moment;
    const Span *current = nullptr;
    int queuedStep = -1;
    int queuedTimes = 0;
    for (const Span &span : m_spans[dish]) {
        if (span.start > t)
            break;
        if (span.state == DishState::Queued) {
            const int step = stepAt(dish, moment.progress);
            queuedTimes = step == queuedStep ? queuedTimes + 1 : 1;
            queuedStep = step;
        }
        const Ticks end = endAt(span, t);
        if (isStepSpan(span.state))
            moment.progress += std::max<Ticks>(0, std::min(end, span.deadline) - span.start);
        current = &span;
        if (!span.open && t < span.end)
            break; // the span that covers t wins over later zero-length ones
    }
    if (!current)
        return moment;
    moment.step = stepAt(dish, moment.progress);
    if (current->state == DishState::Queued)
        moment.queuedBefore = queuedTimes - 1;
    if (!current->open && t >= current->end) {
        // Past its last span a dish has returned (a run records no span for a return at
        // its very end), unless that span is final or main() left its steps unfinished.
        const bool final = current->state == DishState::Done || current->state == DishState::Cancelled
            || current->state == DishState::Failed;
        const bool unfinished = moment.progress < m_lengths.value(dish);
        if (!final && !unfinished) {
            moment.phase = DishMoment::Phase::Done;
            moment.since = current->end;
            moment.until = current->end;
            return moment;
        }
    }
    moment.since = current->start;
    moment.until = current->deadline;
    switch (current->state) {
    case DishState::Ready:
    case DishState::Delayed:
        moment.phase = DishMoment::Phase::Ready;
        break;
    case DishState::Running:
        moment.phase = DishMoment::Phase::Running;
        break;
    case DishState::Work:
        moment.phase = DishMoment::Phase::Work;
        break;
    case DishState::Waiting: {
        // Late only while the dish still sits past its deadline, not once main() has left it.
        const bool inside = current->open || t < current->end;
        moment.phase = inside && t >= current->deadline ? DishMoment::Phase::Late : DishMoment::Phase::Waiting;
        break;
    }
    case DishState::Queued:
        moment.phase = DishMoment::Phase::Queued;
        break;
    case DishState::Helper:
        moment.phase = DishMoment::Phase::Helper;
        break;
    case DishState::Done:
        moment.phase = DishMoment::Phase::Done;
        break;
    case DishState::Cancelled:
        moment.phase = DishMoment::Phase::Cancelled;
        break;
    case DishState::Failed:
        moment.phase = DishMoment::Phase::Failed;
        break;
    }
    return moment;
}

QList<Segment> RunTrace::segmentsUntil(int dish, Ticks t) const
{
    QList<Segment> segments;
    if (dish < 0 || dish >= m_spans.size())
        return segments;
    auto add = [&](DishState state, Ticks start, Ticks end) {
        if (end > start)
            segments.append({dish, state, start, end});
    };
    for (const Span &span : m_spans[dish]) {
        // How a dish ended shows even when it ended at this very instant, as the recorder keeps it.
        const bool final = span.state == DishState::Cancelled || span.state == DishState::Failed;
        if (span.start > t || (span.start == t && !final))
            break;
        const Ticks end = endAt(span, t);
        if (final) {
            segments.append({dish, span.state, span.start, std::max(span.start, end)});
            continue;
        }
        switch (span.state) {
        case DishState::Waiting:
            add(DishState::Waiting, span.start, std::min(end, span.deadline));
            add(DishState::Delayed, span.deadline, end);
            break;
        case DishState::Ready:
            add(DishState::Delayed, span.start, end);
            break;
        case DishState::Done:
            break; // finished dishes leave their row empty
        default:
            add(span.state, span.start, end);
        }
    }
    return segments;
}

bool RunTrace::growsAt(int dish, Ticks t) const
{
    if (dish < 0 || dish >= m_spans.size())
        return false;
    for (auto span = m_spans[dish].crbegin(); span != m_spans[dish].crend(); ++span) {
        if (span->start < t)
            return span->open ? endAt(*span, t) == t : span->end > t;
    }
    return false;
}

DishTotals RunTrace::totalsUntil(int dish, Ticks t) const
{
    DishTotals totals;
    for (const Segment &segment : segmentsUntil(dish, t)) {
        const Ticks length = segment.end - segment.start;
        switch (segment.state) {
        case DishState::Running:
        case DishState::Work:
            totals.busy += length;
            break;
        case DishState::Waiting:
        case DishState::Helper:
            totals.waiting += length;
            break;
        case DishState::Delayed:
            totals.delayed += length;
            break;
        default:
            break;
        }
    }
    return totals;
}

QList<CookSegment> RunTrace::mainWorkOf(const RunResult &run)
{
    QList<CookSegment> work;
    for (const CookSegment &busy : run.cook) {
        if (busy.busy && busy.dish == mainCoroutine)
            work << busy;
    }
    return work;
}

int RunTrace::mainWorkAt(Ticks t) const
{
    for (int span = 0; span < m_mainWork.size(); ++span) {
        if (m_mainWork[span].start <= t && t < m_mainWork[span].end)
            return span;
    }
    return -1;
}

int RunTrace::blockingDishAt(Ticks t) const
{
    for (int dish = 0; dish < m_spans.size(); ++dish) {
        if (momentAt(dish, t).phase == DishMoment::Phase::Work)
            return dish;
    }
    return -1;
}
