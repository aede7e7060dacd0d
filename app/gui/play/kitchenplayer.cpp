// SPDX-License-Identifier: MIT
#include "kitchenplayer.h"

#include "livekitchen.h"
#include "logmodel.h"
#include "mealdocument.h"
#include "scenemodel.h"
#include "simulation.h"
#include "timelinemodel.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace Kitchen;

namespace {
constexpr int frameIntervalMs = 16;

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

/// One dish at the frame's moment, with what it holds and waits for.
struct DishNow {
    int dish = 0;
    DishMoment moment;
    const Step *step = nullptr; ///< the step it is on
    int appliance = -1;         ///< that step's appliance, or -1
    Queue queue = Queue::None;
    bool holdsPlace = false;    ///< it holds a place at that appliance
    bool helperBusy = false;    ///< a helper works for it now
};

QString names(const Meal &meal, const QStringList &ids)
{
    QStringList list;
    for (const QString &id : ids) {
        const qsizetype dish = meal.dishIndex(id);
        list << (dish >= 0 ? meal.dishes.at(dish).name : id);
    }
    return list.join(u", "_s);
}

bool sameLog(const QList<LogEvent> &a, const QList<LogEvent> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].time != b[i].time || a[i].dish != b[i].dish || a[i].text != b[i].text)
            return false;
    }
    return true;
}
} // namespace

KitchenPlayer::KitchenPlayer(QObject *parent)
    : QObject(parent)
    , m_scene(new SceneModel(this))
    , m_timeline(new TimelineModel(this))
    , m_log(new LogModel(this))
{
    m_frameTimer.setInterval(frameIntervalMs);
    connect(&m_frameTimer, &QTimer::timeout, this, [this] {
        if (m_live)
            showFrame(m_live->observedTicks());
    });
}

KitchenPlayer::~KitchenPlayer()
{
    delete m_live; // joins the kitchen thread before the models go
}

void KitchenPlayer::setDocument(MealDocument *document)
{
    if (m_document == document)
        return;
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (m_document) {
        // The run cooks the meal as it was; any edit makes it stale, so start over.
        connect(m_document, &MealDocument::mealChanged, this, &KitchenPlayer::reset);
        connect(m_document, &MealDocument::mealOpened, this, &KitchenPlayer::reset);
    }
    reset();
    Q_EMIT documentChanged();
}

void KitchenPlayer::play()
{
    if (!m_document)
        return;
    if (m_status == Status::Paused) {
        resume();
        return;
    }
    discardLive();
    m_playedMeal = m_document->meal();
    m_order = m_document->cookingOrder();
    m_trace = RunTrace(m_playedMeal);
    // The live kitchen reports states, not notes; the prediction of the same meal has them.
    m_trace.setNotes(m_document->prediction().notes);
    m_trace.setMainWork(RunTrace::mainWorkOf(m_document->prediction()));
    m_log->setEvents(m_playedMeal, {}, false);

    m_live = new LiveKitchen(this);
    connect(m_live, &LiveKitchen::dishStateChanged, this,
            [this](int dish, DishState state, Ticks at, Ticks until) {
                m_trace.enter(dish, state, at, until);
                Q_EMIT dishStateChanged(dish, state);
            });
    connect(m_live, &LiveKitchen::logged, m_log, &LogModel::append);
    connect(m_live, &LiveKitchen::finished, this, &KitchenPlayer::onLiveFinished);
    setStatus(Status::Playing);
    m_live->start(m_playedMeal, m_secondsPerUnit);
    m_frameTimer.start();
    showFrame(0);
}

void KitchenPlayer::pause()
{
    if (m_status != Status::Playing || !m_live)
        return;
    m_live->pause();
    m_frameTimer.stop();
    showFrame(m_live->observedTicks());
    setStatus(Status::Paused);
}

void KitchenPlayer::resume()
{
    if (m_status != Status::Paused || !m_live)
        return;
    m_live->resume();
    m_frameTimer.start();
    setStatus(Status::Playing);
}

void KitchenPlayer::stop()
{
    reset();
}

void KitchenPlayer::restart()
{
    reset();
    play();
}

void KitchenPlayer::inspect(double units)
{
    if (!m_document)
        return;
    discardLive();
    m_frameTimer.stop();
    m_playedMeal = m_document->meal();
    m_order = m_document->cookingOrder();
    const RunResult &prediction = m_document->prediction();
    const Ticks t = std::clamp<Ticks>(fromUnits(units), 0, prediction.total);
    m_trace = RunTrace::fromResult(prediction);
    QList<LogEvent> shown;
    for (const LogEvent &event : prediction.events) {
        if (event.time <= t)
            shown << event;
    }
    m_log->setEvents(m_playedMeal, shown, false);
    setStatus(Status::Inspecting);
    showFrame(t);
}

void KitchenPlayer::setSecondsPerUnit(double seconds)
{
    seconds = std::clamp(seconds, fastestSecondsPerUnit, slowestSecondsPerUnit);
    if (qFuzzyCompare(seconds, m_secondsPerUnit))
        return;
    m_secondsPerUnit = seconds;
    if (m_live)
        m_live->setSecondsPerUnit(seconds);
    Q_EMIT secondsPerUnitChanged();
}

double KitchenPlayer::playhead() const
{
    return toUnits(m_playhead);
}

void KitchenPlayer::setStatus(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    Q_EMIT statusChanged();
}

void KitchenPlayer::discardLive()
{
    if (!m_live)
        return;
    // Signals already queued from the old run must not reach the new one.
    m_live->disconnect(this);
    m_live->disconnect(m_log);
    m_live->stop();
    m_live->deleteLater();
    m_live = nullptr;
}

void KitchenPlayer::reset()
{
    discardLive();
    m_frameTimer.stop();
    if (m_document) {
        m_playedMeal = m_document->meal();
        m_order = m_document->cookingOrder();
        m_log->setEvents(m_playedMeal, m_document->prediction().events, true);
    } else {
        m_playedMeal = {};
        m_order.clear();
        m_log->setEvents({}, {}, false);
    }
    m_trace = RunTrace(m_playedMeal);
    setStatus(Status::Stopped);
    showFrame(0);
}

void KitchenPlayer::showFrame(Ticks t)
{
    m_playhead = t;
    const Meal &meal = m_playedMeal;

    // First every dish's moment: who holds an appliance or a helper depends on all of them.
    QList<DishNow> now;
    now.reserve(m_order.size());
    QList<int> used(meal.appliances.size(), 0);
    int helpersBusy = 0;
    for (int dish : std::as_const(m_order)) {
        DishNow item;
        item.dish = dish;
        item.moment = m_trace.momentAt(dish, t);
        const Dish &recipe = meal.dishes.at(dish);
        if (item.moment.step >= 0 && item.moment.step < recipe.steps.size())
            item.step = &recipe.steps.at(item.moment.step);
        if (item.step && !item.step->appliance.isEmpty())
            item.appliance = int(meal.applianceIndex(item.step->appliance));
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
        const bool applianceFull = used[item.appliance] >= meal.appliances.at(item.appliance).capacity;
        item.queue = !applianceFull && helpersBusy >= meal.helpers ? Queue::Helper : Queue::Appliance;
        if (item.queue == Queue::Helper) {
            item.holdsPlace = true;
            ++used[item.appliance];
        }
    }

    // What the run noted, up to now: forgotten awaits, lost tasks, unready dishes, timeouts.
    QSet<int> neverAwaited;
    QSet<int> lostTasks;
    QHash<int, QString> notReady;
    QHash<int, Ticks> timedOut; // lane -> when
    for (const RunNote &note : m_trace.notes()) {
        if (note.at > t)
            continue;
        switch (note.kind) {
        case RunNote::Kind::NeverAwaited:
            neverAwaited.insert(note.dish);
            break;
        case RunNote::Kind::LostTask:
            lostTasks.insert(note.dish);
            break;
        case RunNote::Kind::NotReady:
            notReady.insert(note.dish, names(meal, note.missing));
            break;
        case RunNote::Kind::TimedOut:
            timedOut.insert(note.lane, note.at);
            break;
        }
    }
    auto laneOf = [&meal](int dish) {
        for (int lane = 0; lane < meal.lanes.size(); ++lane) {
            if (meal.lanes[lane].dishIds.contains(meal.dishes.at(dish).id))
                return lane;
        }
        return -1;
    };

    QList<SceneRow> rows;
    QList<SceneAppliance> appliances;
    for (const Appliance &appliance : meal.appliances)
        appliances << SceneAppliance{appliance.id, appliance.name, appliance.capacity, 0, 0, {}};
    int helpersWaiting = 0;
    int cookRow = -1;
    for (const DishNow &item : std::as_const(now)) {
        const Dish &recipe = meal.dishes.at(item.dish);
        const DishMoment &moment = item.moment;
        Ticks length = 0;
        for (const Step &step : recipe.steps)
            length += step.duration;
        if (moment.phase == DishMoment::Phase::Work)
            cookRow = int(rows.size());
        QString phase = phaseName(moment.phase);
        if (moment.phase == DishMoment::Phase::NotStarted && neverAwaited.contains(item.dish))
            phase = u"neverAwaited"_s;
        else if (moment.phase == DishMoment::Phase::Helper && !item.helperBusy)
            phase = u"ready"_s; // the helper is done; the dish waits for the cook to go on
        QString cancelledBy;
        if (moment.phase == DishMoment::Phase::Cancelled) {
            const int lane = laneOf(item.dish);
            if (lostTasks.contains(item.dish))
                cancelledBy = u"end"_s;
            else if (timedOut.contains(lane) && timedOut.value(lane) <= moment.since)
                cancelledBy = u"timeout"_s;
            else if (lane >= 0 && meal.lanes[lane].mode == LaneMode::TaskGroup)
                cancelledBy = u"group"_s;
        }
        QString waitingFor;
        if (item.queue == Queue::Appliance && item.appliance >= 0) {
            waitingFor = meal.appliances.at(item.appliance).name;
            ++appliances[item.appliance].waiting;
        } else if (item.queue == Queue::Helper) {
            ++helpersWaiting;
        }
        if (item.holdsPlace) {
            ++appliances[item.appliance].used;
            appliances[item.appliance].users << recipe.name;
        }
        rows << SceneRow{recipe.id,
                         recipe.name,
                         recipe.station,
                         phase,
                         length > 0 ? double(moment.progress) / double(length) : 1.0,
                         item.step ? item.step->label : QString(),
                         item.step ? toString(item.step->kind) : QString(),
                         toUnits(moment.since),
                         toUnits(moment.until),
                         waitingFor,
                         item.holdsPlace ? meal.appliances.at(item.appliance).name : QString(),
                         lostTasks.contains(item.dish),
                         cancelledBy,
                         notReady.value(item.dish)};
    }
    m_scene->setRows(rows);
    m_scene->setResources(appliances, meal.usesHelpers(), meal.helpers, helpersBusy, helpersWaiting);
    m_cookRow = cookRow;
    const int mainWork = m_trace.mainWorkAt(t);
    m_mainStep = mainWork;
    m_mainUntil = mainWork >= 0 ? toUnits(m_trace.mainWork().at(mainWork).end) : 0;
    if (m_status == Status::Stopped)
        m_timeline->clear();
    else
        m_timeline->show(m_trace, m_playedMeal, m_order, t);
    Q_EMIT frameChanged();
}

QString KitchenPlayer::mainStepLabel() const
{
    // main()'s k-th blocking span is the k-th blocking step, with some duration, of the lanes' own steps.
    int seen = 0;
    for (const Lane &lane : m_playedMeal.lanes) {
        for (const Step &step : lane.steps) {
            if (step.kind == StepKind::Work && step.duration > 0 && seen++ == m_mainStep)
                return step.label;
        }
    }
    return {};
}

void KitchenPlayer::onLiveFinished(const RunResult &result)
{
    // A run ends once. The live driver can report a second, empty end when the run was
    // resumed during blocking work (two pumps queued); that must not replace the real one.
    if (m_status != Status::Playing && m_status != Status::Paused)
        return;
    m_frameTimer.stop();
    // The finished run is exact; what was drawn while it ran came from queued reports.
    m_trace = RunTrace::fromResult(result);
    m_log->setEvents(m_playedMeal, result.events, false);
    const RunResult predicted = simulate(m_playedMeal);
    m_lastRunTotal = toUnits(result.total);
    m_lastRunMatched = result.finished && result.total == predicted.total && sameLog(result.events, predicted.events);
    setStatus(Status::Finished);
    showFrame(result.total);
    Q_EMIT finished();
}
