// SPDX-License-Identifier: MIT
#pragma once

#include "runresult.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QThread;

namespace Kitchen {

class LiveClock;
class LiveDriver;

/**
 * @brief Plays a meal live: the real coroutines on a real Qt event loop in a
 * kitchen thread, with scaled time.
 *
 * Blocking steps really block the kitchen thread's loop, never the caller's.
 * Signals arrive queued on the thread that owns this object.
 */
class LiveKitchen : public QObject
{
    Q_OBJECT
public:
    explicit LiveKitchen(QObject *parent = nullptr);
    ~LiveKitchen() override;

    /// Stops any run in progress and starts @p meal, one unit lasting @p secondsPerUnit.
    void start(const Meal &meal, double secondsPerUnit);
    void pause();
    void resume();
    void stop();
    void setSecondsPerUnit(double secondsPerUnit);

    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] bool isPaused() const;
    /// The real clock in logical ticks since the run began, for a smooth playhead.
    [[nodiscard]] Ticks observedTicks() const;

Q_SIGNALS:
    void dishStateChanged(int dish, Kitchen::DishState state, Kitchen::Ticks at, Kitchen::Ticks until);
    void logged(const Kitchen::LogEvent &event);
    void timerLate(const Kitchen::LateTimer &late);
    void finished(const Kitchen::RunResult &result);

private:
    void shutDownThread();

    std::shared_ptr<LiveClock> m_clock;
    QThread *m_thread = nullptr;
    QPointer<LiveDriver> m_driver;
    bool m_running = false;
};

} // namespace Kitchen
