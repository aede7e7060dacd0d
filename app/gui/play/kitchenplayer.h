// SPDX-License-Identifier: MIT
#pragma once

#include "kitchenframe.h"
#include "runtrace.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace Kitchen {
class LiveKitchen;
}
class LogModel;
class MealDocument;
class SceneModel;
class TimelineModel;

Q_MOC_INCLUDE("logmodel.h")
Q_MOC_INCLUDE("mealdocument.h")
Q_MOC_INCLUDE("scenemodel.h")
Q_MOC_INCLUDE("timelinemodel.h")

/**
 * @brief Plays the document's meal live and turns the run into what the window shows.
 *
 * The real coroutines run on the live kitchen's thread; this object only listens,
 * so the window stays smooth while a blocking step holds the kitchen's loop.
 * Between runs it can also show any moment of the prediction, deterministically.
 */
class KitchenPlayer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(MealDocument *document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    /// Where the run is, in meal units: the playhead.
    Q_PROPERTY(double playhead READ playhead NOTIFY frameChanged)
    /// Real seconds one meal unit lasts: 0.05 … 2.
    Q_PROPERTY(double secondsPerUnit READ secondsPerUnit WRITE setSecondsPerUnit NOTIFY secondsPerUnitChanged)
    Q_PROPERTY(SceneModel *scene READ scene CONSTANT)
    Q_PROPERTY(TimelineModel *timeline READ timeline CONSTANT)
    Q_PROPERTY(LogModel *log READ log CONSTANT)
    /// The dish (scene row) whose step holds the loop now, or -1: where the cook stands.
    Q_PROPERTY(int cookRow READ cookRow NOTIFY frameChanged)
    /// True while blocking work holds the loop: nothing else in the kitchen can move.
    Q_PROPERTY(bool loopBlocked READ isLoopBlocked NOTIFY frameChanged)
    /// True while main() itself holds the loop with blocking work (a create_task lane's own
    /// steps): the loop is blocked, yet no dish's station has the cook.
    Q_PROPERTY(bool mainBlocking READ isMainBlocking NOTIFY frameChanged)
    /// main()'s blocking step now: its label, and when it ends in meal units.
    Q_PROPERTY(QString mainStepLabel READ mainStepLabel NOTIFY frameChanged)
    Q_PROPERTY(double mainUntil READ mainUntil NOTIFY frameChanged)
    /// The total of the last finished run, in meal units; -1 before any.
    Q_PROPERTY(double lastRunTotal READ lastRunTotal NOTIFY finished)
    /// True when the last run's log and total equal the prediction exactly.
    Q_PROPERTY(bool lastRunMatched READ lastRunMatched NOTIFY finished)

public:
    enum class Status {
        Stopped,    ///< nothing played: the kitchen waits, the log shows the prediction
        Playing,
        Paused,
        Finished,
        Inspecting, ///< showing one moment of the prediction
    };
    Q_ENUM(Status)

    static constexpr double slowestSecondsPerUnit = 2.0;
    static constexpr double fastestSecondsPerUnit = 0.05;

    explicit KitchenPlayer(QObject *parent = nullptr);
    ~KitchenPlayer() override;

    Q_INVOKABLE void play();
    Q_INVOKABLE void pause();
    Q_INVOKABLE void resume();
    Q_INVOKABLE void stop();
    Q_INVOKABLE void restart();
    /// Shows the predicted kitchen at @p units, as a live run would have it then.
    Q_INVOKABLE void inspect(double units);

    [[nodiscard]] MealDocument *document() const { return m_document; }
    void setDocument(MealDocument *document);
    [[nodiscard]] Status status() const { return m_status; }
    [[nodiscard]] double playhead() const;
    [[nodiscard]] double secondsPerUnit() const { return m_secondsPerUnit; }
    void setSecondsPerUnit(double seconds);
    [[nodiscard]] SceneModel *scene() const { return m_scene; }
    [[nodiscard]] TimelineModel *timeline() const { return m_timeline; }
    [[nodiscard]] LogModel *log() const { return m_log; }
    [[nodiscard]] int cookRow() const { return m_cookRow; }
    [[nodiscard]] bool isLoopBlocked() const { return m_cookRow >= 0 || m_mainStep >= 0; }
    [[nodiscard]] bool isMainBlocking() const { return m_mainStep >= 0; }
    [[nodiscard]] QString mainStepLabel() const;
    [[nodiscard]] double mainUntil() const { return m_mainUntil; }
    [[nodiscard]] double lastRunTotal() const { return m_lastRunTotal; }
    [[nodiscard]] bool lastRunMatched() const { return m_lastRunMatched; }

Q_SIGNALS:
    void documentChanged();
    void statusChanged();
    void secondsPerUnitChanged();
    /// The playhead moved or the kitchen changed: redraw.
    void frameChanged();
    void finished();
    /// A live run's dish (an index into the meal's dishes) changed state, in the run's order.
    void dishStateChanged(int dish, Kitchen::DishState state);

private:
    void setStatus(Status status);
    /// Takes the document's meal as it is now, for the next run or moment shown.
    void takeMeal();
    void reset();
    void discardLive();
    void showFrame(Kitchen::Ticks t);
    void onLiveFinished(const Kitchen::RunResult &result);

    QPointer<MealDocument> m_document;
    Kitchen::LiveKitchen *m_live = nullptr;
    QTimer m_frameTimer;
    Status m_status = Status::Stopped;
    double m_secondsPerUnit = 0.4;
    RunTrace m_trace;
    Kitchen::Meal m_playedMeal; ///< the meal as it was when the run started
    QList<int> m_order;         ///< meal indices in cooking order
    KitchenFramer m_framer;     ///< the scene of m_playedMeal at any moment
    Kitchen::Ticks m_playhead = 0;
    int m_cookRow = -1;
    int m_mainStep = -1;      ///< main()'s blocking step now, counting the lanes' work steps in order
    double m_mainUntil = 0;
    double m_lastRunTotal = -1;
    bool m_lastRunMatched = false;
    SceneModel *m_scene = nullptr;
    TimelineModel *m_timeline = nullptr;
    LogModel *m_log = nullptr;
};
