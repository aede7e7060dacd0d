// SPDX-License-Identifier: MIT
#include "runrecorder.h"

namespace Kitchen {

RunRecorder::RunRecorder(const Meal &meal, Detail detail)
    : m_quiet(detail == Detail::TotalOnly)
    , m_progress(m_quiet ? 0 : meal.dishes.size())
    , m_spans(m_quiet ? 0 : meal.dishes.size())
{
    m_result.meal = meal;
    if (m_quiet)
        return;
    m_result.totals.resize(meal.dishes.size());
    // Reserving up front spares large meals most of their reallocation.
    qsizetype lines = 1;
    for (qsizetype dish = 0; dish < meal.dishes.size(); ++dish) {
        const QList<Step> &steps = meal.dishes[dish].steps;
        m_spans[dish].reserve(3 * steps.size() + 4); // ready, then per step running, waiting, maybe delayed
        for (const Step &step : steps)
            lines += !step.startMessage.isEmpty() + !step.endMessage.isEmpty();
    }
    m_result.events.reserve(lines);
}

void RunRecorder::ready(int dish, Ticks at)
{
    enter(dish, DishState::Ready, at, at);
}

void RunRecorder::running(int dish, Ticks at)
{
    enter(dish, DishState::Running, at, at);
}

void RunRecorder::working(int dish, Ticks from, Ticks until)
{
    enter(dish, DishState::Work, from, until);
    if (until > from && !m_quiet)
        m_result.cook.append({dish, from, until});
}

void RunRecorder::waiting(int dish, Ticks at, Ticks deadline)
{
    enter(dish, DishState::Waiting, at, deadline);
    if (dish != mainCoroutine && !m_quiet)
        m_progress[dish].deadline = deadline;
}

void RunRecorder::queued(int dish, Ticks at)
{
    enter(dish, DishState::Queued, at, at);
}

void RunRecorder::helping(int dish, Ticks from, Ticks until)
{
    enter(dish, DishState::Helper, from, until);
}

void RunRecorder::done(int dish, Ticks at)
{
    enter(dish, DishState::Done, at, at);
}

void RunRecorder::failed(int dish, Ticks at)
{
    enter(dish, DishState::Failed, at, at);
}

void RunRecorder::cancelled(int dish, Ticks at)
{
    enter(dish, DishState::Cancelled, at, at);
}

void RunRecorder::say(int dish, Ticks at, const QString &text)
{
    if (!text.isEmpty())
        print(dish, at, text);
}

void RunRecorder::print(int dish, Ticks at, const QString &text)
{
    if (m_quiet)
        return;
    LogEvent event{at, dish, text, m_observedClock ? m_observedClock() : -1, m_loop ? m_loop->turns() : -1};
    m_result.events.append(event);
    if (m_observer)
        m_observer->onLog(event);
}

void RunRecorder::timerFired(int dish, Ticks deadline, Ticks at)
{
    if (at <= deadline || m_quiet)
        return;
    const LateTimer late{dish, deadline, at};
    m_result.lateTimers.append(late);
    if (m_observer)
        m_observer->onLateTimer(late);
}

void RunRecorder::enter(int dish, DishState state, Ticks at, Ticks until)
{
    if (m_quiet)
        return;
    if (dish == mainCoroutine) {
        // main() has no row of its own; the window shows its blocking work on the cook's.
        if (m_observer)
            m_observer->onDishState(dish, state, at, until);
        return;
    }
    DishProgress &progress = m_progress[dish];
    if (progress.started)
        closeSpan(dish, at);
    progress.started = true;
    progress.state = state;
    progress.since = at;
    if (m_observer)
        m_observer->onDishState(dish, state, at, until);
}

void RunRecorder::closeSpan(int dish, Ticks at)
{
    const DishProgress &progress = m_progress[dish];
    switch (progress.state) {
    case DishState::Waiting: {
        // Past the deadline, the dish was ready but the loop had not got to it.
        const Ticks wokeUp = std::min(at, progress.deadline);
        addSegment(dish, DishState::Waiting, progress.since, wokeUp);
        addSegment(dish, DishState::Delayed, wokeUp, at);
        break;
    }
    case DishState::Ready:
        addSegment(dish, DishState::Delayed, progress.since, at);
        break;
    default:
        addSegment(dish, progress.state, progress.since, at);
    }
}

void RunRecorder::addSegment(int dish, DishState state, Ticks start, Ticks end)
{
    // A dish cancelled or burnt as the meal ends still shows how it ended, if only for an instant.
    const bool finalFailure = state == DishState::Cancelled || state == DishState::Failed;
    if (end < start || (end == start && !finalFailure))
        return;
    m_spans[dish].append({dish, state, start, end});
    DishTotals &totals = m_result.totals[dish];
    switch (state) {
    case DishState::Running:
    case DishState::Work:
        totals.busy += end - start;
        break;
    case DishState::Waiting:
    case DishState::Helper:
        totals.waiting += end - start;
        break;
    case DishState::Delayed:
        totals.delayed += end - start;
        break;
    default:
        break;
    }
}

RunResult RunRecorder::finish(Ticks total, bool finished)
{
    for (int dish = 0; dish < int(m_progress.size()); ++dish) {
        if (m_progress[dish].started)
            closeSpan(dish, total);
    }
    m_result.total = total;
    m_result.finished = finished;
    qsizetype segments = 0;
    for (const QList<Segment> &spans : m_spans)
        segments += spans.size();
    m_result.timeline.reserve(segments);
    for (QList<Segment> &spans : m_spans)
        m_result.timeline.append(std::move(spans));
    m_spans.clear();

    // The cook's row: the blocking spans in order, with the idle gaps between them.
    QList<CookSegment> cook;
    Ticks cursor = 0;
    for (const CookSegment &busy : std::as_const(m_result.cook)) {
        if (busy.start > cursor)
            cook.append({mainCoroutine, cursor, busy.start, false});
        cook.append(busy);
        cursor = busy.end;
    }
    if (total > cursor)
        cook.append({mainCoroutine, cursor, total, false});
    m_result.cook = cook;
    return std::move(m_result);
}

} // namespace Kitchen
