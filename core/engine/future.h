// SPDX-License-Identifier: MIT
#pragma once

#include "kitchenloop.h"

#include <coroutine>
#include <memory>
#include <optional>
#include <vector>

namespace Kitchen {

/**
 * @brief asyncio.Future: a result that arrives later.
 *
 * Done callbacks never run inline: they are scheduled with call_soon when the
 * result is set, which is what gives asyncio its extra loop turns between a
 * task finishing and whoever awaits it waking up. Awaiting a finished future
 * does not suspend at all.
 */
template<typename T>
class Future
{
public:
    explicit Future(KitchenLoop &loop)
        : m_loop(loop)
    {
    }

    [[nodiscard]] bool isDone() const { return m_result.has_value(); }
    [[nodiscard]] const T &result() const { return *m_result; }

    void setResult(T value)
    {
        Q_ASSERT(!isDone());
        m_result = std::move(value);
        for (auto &callback : m_callbacks)
            m_loop.callSoon(std::move(callback));
        m_callbacks.clear();
    }

    void addDoneCallback(KitchenLoop::Callback callback)
    {
        if (isDone())
            m_loop.callSoon(std::move(callback));
        else
            m_callbacks.push_back(std::move(callback));
    }

private:
    KitchenLoop &m_loop;
    std::optional<T> m_result;
    std::vector<KitchenLoop::Callback> m_callbacks;
};

template<typename T>
using FuturePtr = std::shared_ptr<Future<T>>;

template<typename T>
FuturePtr<T> makeFuture(KitchenLoop &loop)
{
    return std::make_shared<Future<T>>(loop);
}

/// `await future`: suspends only while the future is pending; wakes up one turn after it is set.
template<typename T>
auto operator co_await(const FuturePtr<T> &future)
{
    struct Awaiter {
        FuturePtr<T> future;
        bool await_ready() const noexcept { return future->isDone(); }
        void await_suspend(std::coroutine_handle<> handle) const
        {
            future->addDoneCallback([handle] { handle.resume(); });
        }
        T await_resume() const { return future->result(); }
    };
    return Awaiter{future};
}

/** @brief The value of a future that only says "done". */
struct Done {
};

} // namespace Kitchen
