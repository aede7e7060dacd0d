// SPDX-License-Identifier: MIT
#include "livekitchen.h"

#include "livedriver.h"

#include <QCoreApplication>
#include <QThread>

namespace Kitchen {

LiveKitchen::LiveKitchen(QObject *parent)
    : QObject(parent)
{
}

LiveKitchen::~LiveKitchen()
{
    shutDownThread();
}

void LiveKitchen::start(const Meal &meal, double secondsPerUnit)
{
    shutDownThread();
    m_clock = std::make_shared<LiveClock>(secondsPerUnit);
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("kitchen"));
    m_driver = new LiveDriver(meal, m_clock);
    m_driver->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_driver, &QObject::deleteLater);
    connect(m_thread, &QThread::started, m_driver, &LiveDriver::begin);
    connect(m_driver, &LiveDriver::dishStateChanged, this, &LiveKitchen::dishStateChanged);
    connect(m_driver, &LiveDriver::logged, this, &LiveKitchen::logged);
    connect(m_driver, &LiveDriver::timerLate, this, &LiveKitchen::timerLate);
    connect(m_driver, &LiveDriver::finished, this, [this](const RunResult &result) {
        m_running = false;
        Q_EMIT finished(result);
    });
    m_running = true;
    m_thread->start();
}

void LiveKitchen::pause()
{
    if (m_clock)
        m_clock->pause();
}

void LiveKitchen::resume()
{
    if (!m_clock)
        return;
    m_clock->resume();
    QMetaObject::invokeMethod(m_driver, &LiveDriver::reschedule, Qt::QueuedConnection);
}

void LiveKitchen::stop()
{
    shutDownThread();
}

void LiveKitchen::setSecondsPerUnit(double secondsPerUnit)
{
    if (!m_clock)
        return;
    m_clock->setSecondsPerUnit(secondsPerUnit);
    QMetaObject::invokeMethod(m_driver, &LiveDriver::reschedule, Qt::QueuedConnection);
}

bool LiveKitchen::isRunning() const
{
    return m_running;
}

bool LiveKitchen::isPaused() const
{
    return m_clock && m_clock->isPaused();
}

Ticks LiveKitchen::observedTicks() const
{
    return m_clock ? m_clock->observedTicks() : 0;
}

void LiveKitchen::shutDownThread()
{
    m_running = false;
    if (!m_thread)
        return;
    m_clock->stop(); // frees a cook held by blocking work
    m_thread->quit();
    m_thread->wait();
    delete m_thread; // the driver went with the thread's finished() signal
    m_thread = nullptr;
    // Signals the old run queued before it stopped must not reach the next one.
    QCoreApplication::removePostedEvents(this, QEvent::MetaCall);
}

} // namespace Kitchen
