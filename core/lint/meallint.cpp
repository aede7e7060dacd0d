// SPDX-License-Identifier: MIT
#include "meallint.h"

#include "codetext.h"
#include "pythonerror.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Kitchen {

namespace {

/** Reads one run and writes the warnings; each check is one function. */
class RunLinter
{
public:
    RunLinter(const RunResult &run, Ticks blockingThreshold)
        : m_run(run)
        , m_meal(run.meal)
        , m_threshold(blockingThreshold)
    {
        // The Python export's names, so a warning quotes the coroutine as Python would.
        CodeText::IdentifierNamer namer(CodeText::IdentifierNamer::Style::Snake, CodeText::pythonReservedNames());
        for (const Dish &dish : m_meal.dishes)
            m_coroutines << namer.name(dish.id);
        // Looked up once: a big meal would otherwise be searched dish by dish.
        for (int dish = 0; dish < m_meal.dishes.size(); ++dish)
            m_dishIndex.insert(m_meal.dishes[dish].id, dish);
        for (int lane = 0; lane < m_meal.lanes.size(); ++lane) {
            for (const QString &id : m_meal.lanes[lane].dishIds)
                m_laneOfDish.insert(m_dishIndex.value(id), lane);
        }
        m_lastSpan.fill(-1, m_meal.dishes.size());
        for (qsizetype span = 0; span < m_run.timeline.size(); ++span)
            m_lastSpan[m_run.timeline[span].dish] = span; // grouped by dish, each in time order
    }

    QList<MealWarning> lint()
    {
        blockingSteps();
        mainBlockingSteps();
        for (const RunNote &note : m_run.notes) {
            switch (note.kind) {
            case RunNote::Kind::NeverAwaited:
                neverAwaited(note);
                break;
            case RunNote::Kind::LostTask:
                lostTask(note);
                break;
            case RunNote::Kind::NotReady:
                notReady(note);
                break;
            case RunNote::Kind::TimedOut:
                break; // reported with the dishes it cancelled, below
            }
        }
        for (int lane = 0; lane < m_meal.lanes.size(); ++lane)
            cancelledSiblings(lane);
        std::stable_sort(m_warnings.begin(), m_warnings.end(),
                         [](const MealWarning &a, const MealWarning &b) { return a.at < b.at; });
        return m_warnings;
    }

private:
    QString amount(Ticks ticks) const { return formatUnits(ticks) + u' ' + toString(m_meal.unit); }
    QString name(int dish) const { return m_run.dishName(dish); }

    QString names(const QList<int> &dishes) const
    {
        QStringList list;
        for (int dish : dishes)
            list << name(dish);
        if (list.size() < 2)
            return list.join(QString());
        const QString last = list.takeLast();
        return list.join(u", "_s) + u" and "_s + last;
    }

    int laneOf(int dish) const { return m_laneOfDish.value(dish, -1); }

    /// How the dish ended (Done, Failed, Cancelled), or Ready if it never ran.
    DishState finalState(int dish) const
    {
        const qsizetype span = m_lastSpan.value(dish, -1);
        return span < 0 ? DishState::Ready : m_run.timeline[span].state;
    }

    Ticks lastChange(int dish) const
    {
        const qsizetype span = m_lastSpan.value(dish, -1);
        return span < 0 ? 0 : m_run.timeline[span].end;
    }

    void add(MealWarning::Kind kind, QString title, QString explanation, QString fix, int dish, int step, int lane,
             Ticks at)
    {
        m_warnings.append({kind, std::move(title), std::move(explanation), std::move(fix), dish, step, lane, at});
    }

    /// The k-th blocking span of a dish is its k-th blocking step that takes any time.
    int workStepIndex(int dish, int workSpan) const
    {
        const QList<Step> &steps = m_meal.dishes.at(dish).steps;
        for (int step = 0; step < steps.size(); ++step) {
            if (steps[step].kind == StepKind::Work && steps[step].duration > 0 && workSpan-- == 0)
                return step;
        }
        return -1;
    }

    void blockingSteps()
    {
        QHash<int, int> workSpans; // dish -> blocking spans seen so far
        for (const Segment &span : m_run.timeline) {
            if (span.state != DishState::Work)
                continue;
            const int step = workStepIndex(span.dish, workSpans[span.dish]++);
            if (step >= 0)
                blocking(m_meal.dishes.at(span.dish).steps.at(step), name(span.dish), span.start, span.end, span.dish,
                         step, laneOf(span.dish));
        }
    }

    /// main()'s own steps in create_task lanes.
    void mainBlockingSteps()
    {
        const QList<Meal::LaneStep> workSteps = m_meal.mainWorkSteps();
        qsizetype seen = 0;
        for (const CookSegment &busy : m_run.cook) {
            if (!busy.busy || busy.dish != mainCoroutine || seen >= workSteps.size())
                continue;
            const Meal::LaneStep place = workSteps.at(seen++);
            blocking(m_meal.lanes.at(place.lane).steps.at(place.step), u"main()"_s, busy.start, busy.end, -1,
                     place.step, place.lane);
        }
    }

    void blocking(const Step &step, const QString &owner, Ticks start, Ticks end, int dish, int stepIndex, int lane)
    {
        if (end - start < m_threshold)
            return;
        QStringList late;
        for (const LateTimer &timer : m_run.lateTimers) {
            if (timer.deadline >= start && timer.deadline < end && timer.firedAt >= end)
                late << u"%1 by %2"_s.arg(m_run.dishName(timer.dish), amount(timer.firedAt - timer.deadline));
        }
        const QString what = step.label.isEmpty() ? owner : u"'%1'"_s.arg(step.label);
        const QString effect = late.isEmpty() ? u"nothing else can run meanwhile"_s
                                              : u"timers due meanwhile fire late: "_s + late.join(u", "_s);
        add(MealWarning::Kind::BlockingStep, u"%1 blocks the cook for %2"_s.arg(what, amount(end - start)),
            u"time.sleep() in a coroutine holds the event loop, so %1."_s.arg(effect),
            u"Make the step wait (await asyncio.sleep) or hand it to a helper (asyncio.to_thread)."_s, dish, stepIndex,
            lane, start);
    }

    void neverAwaited(const RunNote &note)
    {
        add(MealWarning::Kind::NeverAwaited,
            u"coroutine '%1' was never awaited"_s.arg(m_coroutines.value(note.dish)),
            u"Calling an async function only makes a coroutine; without await, %1 never cooks."_s.arg(name(note.dish)),
            u"Put the await back in lane %1 (or start it as a task and await that)."_s.arg(note.lane + 1),
            note.dish, -1, note.lane, note.at);
    }

    void lostTask(const RunNote &note)
    {
        const DishState end = finalState(note.dish);
        QString title;
        if (end == DishState::Cancelled)
            title = u"Task '%1' was never awaited: asyncio.run() cancelled it at the end"_s;
        else if (end == DishState::Failed)
            title = u"Task '%1' was never awaited: its exception was never retrieved"_s;
        else
            title = u"Task '%1' was never awaited: its result is lost"_s;
        add(MealWarning::Kind::LostTask, title.arg(m_coroutines.value(note.dish)),
            u"A task nobody awaits is fire and forget: when main() returns, whatever is still cooking is cancelled."_s,
            u"Keep the task and await it in lane %1, or start it in a TaskGroup."_s.arg(note.lane + 1),
            note.dish, -1, note.lane, note.at);
    }

    void notReady(const RunNote &note)
    {
        QList<int> missing;
        for (const QString &id : note.missing)
            missing << m_dishIndex.value(id);
        const Dish &dish = m_meal.dishes.at(note.dish);
        add(MealWarning::Kind::NotReady,
            u"%1 started before %2 %3 done"_s.arg(name(note.dish), names(missing),
                                                 missing.size() > 1 ? u"were"_s : u"was"_s),
            u"It needs their results, but nothing made it wait for them, so it served %1."_s
                .arg(pythonRepr(dish.unreadyResult())),
            u"Cook %1 in a lane before the one that cooks %2."_s.arg(names(missing), name(note.dish)),
            note.dish, -1, laneOf(note.dish), note.at);
    }

    void cancelledSiblings(int lane)
    {
        QList<int> cancelled;
        int failed = -1;
        Ticks when = 0;
        for (const QString &id : m_meal.lanes[lane].dishIds) {
            const int dish = m_dishIndex.value(id);
            const DishState end = finalState(dish);
            if (end == DishState::Cancelled && m_meal.lanes[lane].awaits(id)) {
                cancelled << dish;
                when = std::max(when, lastChange(dish));
            } else if (end == DishState::Failed && failed < 0) {
                failed = dish;
            }
        }
        if (cancelled.isEmpty())
            return;
        const auto timeout = std::find_if(m_run.notes.cbegin(), m_run.notes.cend(), [lane](const RunNote &note) {
            return note.kind == RunNote::Kind::TimedOut && note.lane == lane;
        });
        if (timeout != m_run.notes.cend()) {
            add(MealWarning::Kind::CancelledSiblings,
                u"Lane %1 ran out of time: %2 %3 cancelled"_s.arg(lane + 1)
                    .arg(names(cancelled), cancelled.size() > 1 ? u"were"_s : u"was"_s),
                u"asyncio.timeout() cancels what is still cooking after %1 and raises TimeoutError."_s
                    .arg(amount(m_meal.lanes[lane].timeout)),
                u"Give lane %1 more time, or make its dishes quicker."_s.arg(lane + 1),
                -1, -1, lane, timeout->at);
            return;
        }
        if (failed < 0 || m_meal.lanes[lane].mode != LaneMode::TaskGroup)
            return;
        add(MealWarning::Kind::CancelledSiblings,
            u"%1 burnt, so the TaskGroup cancelled %2"_s.arg(name(failed), names(cancelled)),
            u"When one task of a TaskGroup fails, the group cancels the others at their next await."_s,
            u"Fix the burning step, or use gather with return_exceptions to let the others finish."_s,
            failed, -1, lane, when);
    }

    const RunResult &m_run;
    const Meal &m_meal;
    Ticks m_threshold;
    QStringList m_coroutines; ///< indexed like the meal's dishes
    QHash<QString, int> m_dishIndex;
    QHash<int, int> m_laneOfDish;
    QList<qsizetype> m_lastSpan; ///< per dish: its last span in the timeline, or -1
    QList<MealWarning> m_warnings;
};

} // namespace

QList<MealWarning> lintRun(const RunResult &run, Ticks blockingThreshold)
{
    return RunLinter(run, blockingThreshold).lint();
}

QString toString(MealWarning::Kind kind)
{
    switch (kind) {
    case MealWarning::Kind::BlockingStep:
        return u"blocking-step"_s;
    case MealWarning::Kind::NeverAwaited:
        return u"never-awaited"_s;
    case MealWarning::Kind::LostTask:
        return u"lost-task"_s;
    case MealWarning::Kind::CancelledSiblings:
        return u"cancelled-siblings"_s;
    case MealWarning::Kind::NotReady:
        return u"not-ready"_s;
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace Kitchen
