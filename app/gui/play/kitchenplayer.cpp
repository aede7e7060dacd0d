// SPDX-License-Identifier: MIT
#include "kitchenplayer.h"

#include "kitchenframe.h"
#include "livekitchen.h"
#include "logmodel.h"
#include "mealdocument.h"
#include "scenemodel.h"
#include "simulation.h"
#include "timelinemodel.h"

using namespace Qt::StringLiterals;
using namespace Kitchen;

namespace {
constexpr int frameIntervalMs = 16;

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
    takeMeal();
    m_trace = RunTrace(m_playedMeal);
    // The live kitchen reports states, not notes; the prediction of the same meal has them.
    m_trace.setNotes(m_document->prediction().notes);
    m_log->setEvents(m_playedMeal, {}, false);

    m_live = new LiveKitchen(this);
    connect(m_live, &LiveKitchen::dishStateChanged, this,
            [this](int dish, DishState state, Ticks at, Ticks until) {
                m_trace.enter(dish, state, at, until);
                if (dish != mainCoroutine)
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
    takeMeal();
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

void KitchenPlayer::takeMeal()
{
    m_playedMeal = m_document ? m_document->meal() : Meal{};
    m_order = m_document ? m_document->cookingOrder() : QList<int>{};
    m_framer = KitchenFramer(m_playedMeal, m_order);
}

void KitchenPlayer::reset()
{
    discardLive();
    m_frameTimer.stop();
    takeMeal();
    if (m_document)
        m_log->setEvents(m_playedMeal, m_document->prediction().events, true);
    else
        m_log->setEvents({}, {}, false);
    m_trace = RunTrace(m_playedMeal);
    setStatus(Status::Stopped);
    showFrame(0);
}

void KitchenPlayer::showFrame(Ticks t)
{
    m_playhead = t;
    const KitchenFrame frame = m_framer.frameAt(m_trace, t);
    m_scene->setRows(frame.rows);
    m_scene->setResources(frame.appliances, m_playedMeal.usesHelpers(), m_playedMeal.helpers, frame.helpersBusy,
                          frame.helpersWaiting);
    m_cookRow = frame.cookRow;
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
    const QList<Meal::LaneStep> workSteps = m_playedMeal.mainWorkSteps();
    if (m_mainStep < 0 || m_mainStep >= workSteps.size())
        return {};
    const Meal::LaneStep place = workSteps.at(m_mainStep);
    return m_playedMeal.lanes.at(place.lane).steps.at(place.step).label;
}

void KitchenPlayer::onLiveFinished(const RunResult &result)
{
    // Only the run being played can end; LiveDriver reports each run's end once.
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
