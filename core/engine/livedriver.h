// SPDX-License-Identifier: MIT
#pragma once

#include "kitchenloop.h"
#include "liveclock.h"
#include "mealprogram.h"
#include "runrecorder.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace Kitchen {

/**
 * @brief Turns a KitchenLoop from Qt events on the kitchen thread.
 *
 * Ready callbacks run on the next queued event; idle time is a single-shot
 * Qt::PreciseTimer aimed at the next deadline's absolute real time, topped up
 * to the exact instant because QTimer counts whole milliseconds.
 */
class LiveDriver : public QObject, private RunObserver
{
    Q_OBJECT
public:
    LiveDriver(const Meal &meal, std::shared_ptr<LiveClock> clock);
    /// Finishes any coroutines still suspended, silently, so no frame leaks.
    ~LiveDriver() override;

public Q_SLOTS:
    void begin();
    /// Re-aims the idle timer after a pause, a resume or a speed change.
    void reschedule();

Q_SIGNALS:
    void dishStateChanged(int dish, Kitchen::DishState state, Kitchen::Ticks at, Kitchen::Ticks until);
    void logged(const Kitchen::LogEvent &event);
    void timerLate(const Kitchen::LateTimer &late);
    void finished(const Kitchen::RunResult &result);

private:
    void onDishState(int dish, DishState state, Ticks at, Ticks until) override;
    void onLog(const LogEvent &event) override;
    void onLateTimer(const LateTimer &late) override;

    void pump();
    void timerDue();
    void scheduleNext();

    Meal m_meal;
    std::shared_ptr<LiveClock> m_clock;
    KitchenLoop m_loop;
    RunRecorder m_recorder;
    MealProgram m_program;
    FuturePtr<Done> m_main;
    QTimer m_idleTimer;
    bool m_finished = false;
};

} // namespace Kitchen
