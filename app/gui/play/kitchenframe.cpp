// SPDX-License-Identifier: MIT
#include "kitchenframe.h"

#include <QSet>

using namespace Qt::StringLiterals;
using namespace Kitchen;

namespace {
QString phaseName(DishMoment::Phase phase)
{
    switch (phase) {
    case DishMoment::Phase::NotStarted:
        return u"notStarted"_s;
    case DishMoment::Phase::Ready:
        return u"ready"_s;
    case DishMoment::Phase::Running:
        return u"running"_s;
    case DishMoment::Phase::Work:
        return u"work"_s;
    case DishMoment::Phase::Waiting:
        return u"waiting"_s;
    case DishMoment::Phase::Late:
        return u"late"_s;
    case DishMoment::Phase::Queued:
        return u"queued"_s;
    case DishMoment::Phase::Helper:
        return u"helper"_s;
    case DishMoment::Phase::Done:
        return u"done"_s;
    case DishMoment::Phase::Cancelled:
        return u"cancelled"_s;
    case DishMoment::Phase::Failed:
        return u"failed"_s;
    }
    return {};
}

/// What a queued dish waits for.
enum class Queue { None, Appliance, Helper };
} // namespace

/// One dish at the frame's moment, with what it holds and waits for.
struct KitchenFramer::DishNow {
    int dish = 0;
    DishMoment moment;
    const Step *step = nullptr; ///< the step it is on
    int appliance = -1;         ///< that step's appliance, or -1
    Queue queue = Queue::None;
    bool holdsPlace = false;    ///< it holds a place at that appliance
    bool helperBusy = false;    ///< a helper works for it now
};

/// What the run noted up to the frame's moment: forgotten awaits, lost tasks, unready dishes, timeouts.
struct KitchenFramer::NotesSoFar {
    QSet<int> neverAwaited;
    QSet<int> lostTasks;
    QHash<int, QString> notReady; ///< dish -> the names of what it needed
    QHash<int, Ticks> timedOut;   ///< lane -> when
};

KitchenFramer::KitchenFramer(const Meal &meal, const QList<int> &order)
    : m_meal(meal)
    , m_order(order)
    , m_laneOf(meal.dishes.size(), -1)
    , m_lengthOf(meal.dishes.size(), 0)
    , m_dishIndexes(meal.dishIndexes())
{
    for (qsizetype dish = 0; dish < meal.dishes.size(); ++dish) {
        for (const Step &step : meal.dishes.at(dish).steps)
            m_lengthOf[dish] += step.duration;
    }
    for (qsizetype lane = 0; lane < meal.lanes.size(); ++lane) {
        for (const QString &id : meal.lanes.at(lane).dishIds) {
            const qsizetype dish = m_dishIndexes.value(id, -1);
            if (dish >= 0 && m_laneOf.at(dish) < 0)
                m_laneOf[dish] = int(lane);
        }
    }
}

KitchenFrame KitchenFramer::frameAt(const RunTrace &trace, Ticks t) const
{
    const QList<DishNow> now = dishesAt(trace, t);
    const NotesSoFar notes = notesUntil(trace, t);
    KitchenFrame frame;
    for (const DishNow &item : now)
        frame.helpersBusy += item.helperBusy ? 1 : 0;
    for (const Appliance &appliance : m_meal.appliances)
        frame.appliances << SceneAppliance{appliance.id, appliance.name, appliance.capacity, 0, 0, {}};
    for (const DishNow &item : std::as_const(now)) {
        const Dish &recipe = m_meal.dishes.at(item.dish);
        const DishMoment &moment = item.moment;
        const Ticks length = m_lengthOf.at(item.dish);
        if (moment.phase == DishMoment::Phase::Work)
            frame.cookRow = int(frame.rows.size());
        QString phase = phaseName(moment.phase);
        if (moment.phase == DishMoment::Phase::NotStarted && notes.neverAwaited.contains(item.dish))
            phase = u"neverAwaited"_s;
        else if (moment.phase == DishMoment::Phase::Helper && !item.helperBusy)
            phase = u"ready"_s; // the helper is done; the dish waits for the cook to go on
        QString cancelledBy;
        if (moment.phase == DishMoment::Phase::Cancelled) {
            const int lane = m_laneOf.at(item.dish);
            if (notes.lostTasks.contains(item.dish))
                cancelledBy = u"end"_s;
            else if (notes.timedOut.contains(lane) && notes.timedOut.value(lane) <= moment.since)
                cancelledBy = u"timeout"_s;
            else if (lane >= 0 && m_meal.lanes[lane].mode == LaneMode::TaskGroup)
                cancelledBy = u"group"_s;
        }
        QString waitingFor;
        if (item.queue == Queue::Appliance && item.appliance >= 0) {
            waitingFor = m_meal.appliances.at(item.appliance).name;
            ++frame.appliances[item.appliance].waiting;
        } else if (item.queue == Queue::Helper) {
            ++frame.helpersWaiting;
        }
        if (item.holdsPlace) {
            ++frame.appliances[item.appliance].used;
            frame.appliances[item.appliance].users << recipe.name;
        }
        frame.rows << SceneRow{recipe.id,
                               recipe.name,
                               recipe.station,
                               phase,
                               length > 0 ? double(moment.progress) / double(length) : 1.0,
                               item.step ? item.step->label : QString(),
                               item.step ? toString(item.step->kind) : QString(),
                               toUnits(moment.since),
                               toUnits(moment.until),
                               waitingFor,
                               item.holdsPlace ? m_meal.appliances.at(item.appliance).name : QString(),
                               notes.lostTasks.contains(item.dish),
                               cancelledBy,
                               notes.notReady.value(item.dish)};
    }
    return frame;
}

QList<KitchenFramer::DishNow> KitchenFramer::dishesAt(const RunTrace &trace, Ticks t) const
{
    // Who holds an appliance or a helper depends on every dish at once.
    QList<DishNow> now;
    now.reserve(m_order.size());
    QList<int> used(m_meal.appliances.size(), 0);
    int helpersBusy = 0;
    for (int dish : std::as_const(m_order)) {
        DishNow item;
        item.dish = dish;
        item.moment = trace.momentAt(dish, t);
        const Dish &recipe = m_meal.dishes.at(dish);
        if (item.moment.step >= 0 && item.moment.step < recipe.steps.size())
            item.step = &recipe.steps.at(item.moment.step);
        if (item.step && !item.step->appliance.isEmpty())
            item.appliance = int(m_meal.applianceIndex(item.step->appliance));
        switch (item.moment.phase) {
        case DishMoment::Phase::Work:
        case DishMoment::Phase::Waiting:
        case DishMoment::Phase::Late:
            item.holdsPlace = item.appliance >= 0;
            break;
        case DishMoment::Phase::Helper:
            item.holdsPlace = item.appliance >= 0;
            item.helperBusy = t < item.moment.until; // after that the helper is done; the dish waits for the cook
            break;
        case DishMoment::Phase::Queued:
            if (!item.step || item.step->kind != StepKind::Helper)
                item.queue = Queue::Appliance;
            else if (item.appliance < 0 || item.moment.queuedBefore > 0) {
                // A helper step queues for its appliance first, then for a helper.
                item.queue = Queue::Helper;
                item.holdsPlace = item.appliance >= 0;
            }
            break;
        default:
            break;
        }
        if (item.holdsPlace)
            ++used[item.appliance];
        helpersBusy += item.helperBusy ? 1 : 0;
        now << item;
    }
    // A helper step with an appliance that queued once: for the appliance if it is full, else for a helper.
    for (DishNow &item : now) {
        if (item.moment.phase != DishMoment::Phase::Queued || item.queue != Queue::None)
            continue;
        const bool applianceFull = used[item.appliance] >= m_meal.appliances.at(item.appliance).capacity;
        item.queue = !applianceFull && helpersBusy >= m_meal.helpers ? Queue::Helper : Queue::Appliance;
        if (item.queue == Queue::Helper) {
            item.holdsPlace = true;
            ++used[item.appliance];
        }
    }

    return now;
}

KitchenFramer::NotesSoFar KitchenFramer::notesUntil(const RunTrace &trace, Ticks t) const
{
    NotesSoFar notes;
    for (const RunNote &note : trace.notes()) {
        if (note.at > t)
            continue;
        switch (note.kind) {
        case RunNote::Kind::NeverAwaited:
            notes.neverAwaited.insert(note.dish);
            break;
        case RunNote::Kind::LostTask:
            notes.lostTasks.insert(note.dish);
            break;
        case RunNote::Kind::NotReady:
            notes.notReady.insert(note.dish, namesOf(note.missing));
            break;
        case RunNote::Kind::TimedOut:
            notes.timedOut.insert(note.lane, note.at);
            break;
        }
    }
    return notes;
}

QString KitchenFramer::namesOf(const QStringList &dishIds) const
{
    QStringList names;
    for (const QString &id : dishIds) {
        const qsizetype dish = m_dishIndexes.value(id, -1);
        names << (dish >= 0 ? m_meal.dishes.at(dish).name : id);
    }
    return names.join(u", "_s);
}
