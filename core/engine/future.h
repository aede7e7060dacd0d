// SPDX-License-Identifier: MIT
#pragma once

#include "kitchenloop.h"
#include "pythonerror.h"

#include <coroutine>
#include <exception>
#include <memory>
#include <optional>
#include <vector>

namespace Kitchen {

/**
 * @brief asyncio.Future: a result, an exception or a cancellation that arrives later.
 *
 * Done callbacks never run inline: they are scheduled with call_soon when the
 * future is done, which is what gives asyncio its extra loop turns between a
 * task finishing and whoever awaits it waking up. Awaiting a finished future
 * does not suspend at all.
 */
template<typename T>
class Future
{
public:
    /// What cancel() does instead of cancelling at once (a Task asks its coroutine to stop).
    using CancelHook = std::function<bool()>;

    explicit Future(KitchenLoop &loop)
        : m_loop(loop)
    {
    }

    [[nodiscard]] KitchenLoop &loop() const { return m_loop; }
    [[nodiscard]] bool isDone() const { return m_result.has_value() || m_exception || m_cancelled; }
    [[nodiscard]] bool isCancelled() const { return m_cancelled; }
    /// The exception it ended with (not for a cancellation), or null.
    [[nodiscard]] std::exception_ptr exception() const { return m_exception; }
    /// The value; rethrows the exception, or CancelledError.
    [[nodiscard]] const T &result() const
    {
        if (m_cancelled)
            throw CancelledError();
        if (m_exception)
            std::rethrow_exception(m_exception);
        return *m_result;
    }

    void setResult(T value)
    {
        Q_ASSERT(!isDone());
        m_result = std::move(value);
        scheduleCallbacks();
    }

    void setException(std::exception_ptr exception)
    {
        Q_ASSERT(!isDone());
        m_exception = std::move(exception);
        scheduleCallbacks();
    }

    /// Future.cancel(); a Task's hook only requests it, and the task ends cancelled later.
    bool cancel()
    {
        if (isDone())
            return false;
        if (m_cancelHook)
            return m_cancelHook();
        markCancelled();
        return true;
    }

    void setCancelHook(CancelHook hook) { m_cancelHook = std::move(hook); }

    /// The future ends cancelled (a task whose coroutine let CancelledError out).
    void markCancelled()
    {
        Q_ASSERT(!isDone());
        m_cancelled = true;
        scheduleCallbacks();
    }

    void addDoneCallback(KitchenLoop::Callback callback)
    {
        if (isDone())
            m_loop.callSoon(std::move(callback));
        else
            m_callbacks.push_back(std::move(callback));
    }

private:
    void scheduleCallbacks()
    {
        m_cancelHook = {};
        for (auto &callback : m_callbacks)
            m_loop.callSoon(std::move(callback));
        m_callbacks.clear();
    }

    KitchenLoop &m_loop;
    std::optional<T> m_result;
    std::exception_ptr m_exception;
    bool m_cancelled = false;
    CancelHook m_cancelHook;
    std::vector<KitchenLoop::Callback> m_callbacks;
};

template<typename T>
using FuturePtr = std::shared_ptr<Future<T>>;

template<typename T>
FuturePtr<T> makeFuture(KitchenLoop &loop)
{
    return std::make_shared<Future<T>>(loop);
}

/** @brief The value of a future that only says "done". */
struct Done {
};

} // namespace Kitchen
