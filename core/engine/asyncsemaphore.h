// SPDX-License-Identifier: MIT
#pragma once

#include "tasks.h"

#include <algorithm>
#include <deque>

namespace Kitchen {

/**
 * @brief asyncio.Semaphore, as CPython 3.11 writes it: an appliance with room for a few dishes.
 *
 * acquire() takes a place at once when one is free and nobody queues for it;
 * otherwise it queues a future, and release() hands the place to the first
 * waiter still waiting. The hand-over costs the waiter a loop turn, like any
 * future, and a cancelled waiter passes its place on.
 */
class Semaphore
{
public:
    Semaphore(KitchenLoop &loop, int places)
        : m_loop(loop)
        , m_free(places)
    {
    }

    /// True when acquire() would have to wait.
    [[nodiscard]] bool locked() const
    {
        return m_free == 0
            || std::any_of(m_waiters.cbegin(), m_waiters.cend(), [](const auto &w) { return !w->isCancelled(); });
    }

    /// `await sem.acquire()`; the caller checks locked() first, to tell the kitchen it queues.
    QCoro::Task<> acquire()
    {
        if (!locked()) {
            --m_free;
            co_return;
        }
        FuturePtr<Done> place = makeFuture<Done>(m_loop);
        m_waiters.push_back(place);
        bool cancelled = false;
        try {
            co_await place;
        } catch (const CancelledError &) {
            cancelled = true;
        }
        m_waiters.erase(std::find(m_waiters.begin(), m_waiters.end(), place));
        if (cancelled) {
            if (!place->isCancelled()) { // it was handed a place as it was cancelled: pass it on
                ++m_free;
                wakeUpNext();
            }
            throw CancelledError();
        }
        if (m_free > 0)
            wakeUpNext();
    }

    void release()
    {
        ++m_free;
        wakeUpNext();
    }

private:
    void wakeUpNext()
    {
        for (const FuturePtr<Done> &waiter : m_waiters) {
            if (!waiter->isDone()) {
                --m_free;
                waiter->setResult({});
                return;
            }
        }
    }

    KitchenLoop &m_loop;
    int m_free;
    std::deque<FuturePtr<Done>> m_waiters;
};

} // namespace Kitchen
