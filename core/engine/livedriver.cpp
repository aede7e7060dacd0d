// SPDX-License-Identifier: MIT
#include "livedriver.h"

namespace Kitchen {

LiveDriver::LiveDriver(const Meal &meal, std::shared_ptr<LiveClock> clock)
    : m_meal(meal)
    , m_clock(std::move(clock))
    , m_loop([clock = m_clock](Ticks until) { clock->holdUntil(until); })
    , m_recorder(m_meal)
    , m_program(m_meal, m_loop, m_recorder)
    , m_idleTimer(this)
{
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_idleTimer, &QTimer::timeout, this, &LiveDriver::timerDue);
    m_recorder.setObserver(this);
    m_recorder.setObservedClock([clock = m_clock] { return clock->observedTicks(); });
}

LiveDriver::~LiveDriver()
{
    if (!m_main || m_program.isFinished())
        return;
    m_clock->stop(); // blocking steps return at once from here on
    m_recorder.setObserver(nullptr);
    m_loop.runVirtuallyUntil([this] { return m_program.isFinished(); });
}

void LiveDriver::begin()
{
    m_clock->start();
    m_main = m_program.start();
    pump();
}

void LiveDriver::reschedule()
{
    m_idleTimer.stop();
    scheduleNext();
}

void LiveDriver::pump()
{
    if (m_finished || m_clock->isStopped() || m_clock->isPaused())
        return; // stop lets the destructor finish the coroutines; resume calls reschedule(),
                // which may queue a pump after the last one has finished the run
    m_loop.runOnce();
    if (m_clock->isStopped())
        return; // a stop cut blocking work short: what follows is not a real run
    if (m_program.isFinished()) {
        m_finished = true;
        Q_EMIT finished(m_recorder.finish(m_loop.now(), true));
        return;
    }
    scheduleNext();
}

void LiveDriver::scheduleNext()
{
    if (m_finished || m_clock->isStopped() || m_clock->isPaused())
        return;
    if (m_loop.hasReady()) {
        QMetaObject::invokeMethod(this, &LiveDriver::pump, Qt::QueuedConnection);
        return;
    }
    const auto deadline = m_loop.nextDeadline();
    if (!deadline) {
        // Nothing left to wake main(): report what happened rather than hang.
        m_finished = true;
        Q_EMIT finished(m_recorder.finish(m_loop.now(), false));
        return;
    }
    const auto remaining = m_clock->remainingUntil(*deadline);
    m_idleTimer.start(int(std::max<qint64>(0, remaining.count() / 1'000'000)));
}

void LiveDriver::timerDue()
{
    const auto deadline = m_loop.nextDeadline();
    if (!deadline || m_clock->isPaused())
        return;
    m_clock->holdUntil(*deadline); // the sub-millisecond rest QTimer cannot count
    m_loop.advanceTo(*deadline);
    pump();
}

void LiveDriver::onDishState(int dish, DishState state, Ticks at, Ticks until)
{
    Q_EMIT dishStateChanged(dish, state, at, until);
}

void LiveDriver::onLog(const LogEvent &event)
{
    Q_EMIT logged(event);
}

void LiveDriver::onLateTimer(const LateTimer &late)
{
    Q_EMIT timerLate(late);
}

} // namespace Kitchen
