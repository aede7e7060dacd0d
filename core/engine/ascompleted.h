// SPDX-License-Identifier: MIT
#pragma once

#include "tasks.h"

#include <deque>

namespace Kitchen {

/**
 * @brief asyncio.as_completed() over tasks: hands them back in the order they finish.
 *
 * As in CPython 3.11, each task's done callback (one turn after it ends) puts
 * it in a queue, and next() is `await done.get()` on an asyncio.Queue: it
 * returns at once if a task is queued, otherwise it waits on a getter future
 * that the next completion wakes, which costs one more turn.
 */
template<typename T>
class AsCompleted
{
public:
    AsCompleted(KitchenLoop &loop, const QList<FuturePtr<T>> &tasks)
        : m_state(std::make_shared<State>(loop))
    {
        for (const FuturePtr<T> &task : tasks) {
            task->addDoneCallback([state = m_state, task] {
                state->finished.push_back(task);
                state->wakeUpGetter();
            });
        }
    }

    /// `await next_done`: the result of the next task to finish, or its error.
    QCoro::Task<T> next()
    {
        const std::shared_ptr<State> state = m_state;
        while (state->finished.empty()) {
            FuturePtr<Done> getter = makeFuture<Done>(state->loop);
            state->getters.push_back(getter);
            bool cancelled = false;
            try {
                co_await getter;
            } catch (const CancelledError &) {
                cancelled = true;
            }
            if (cancelled) { // Queue.get()'s except clause
                getter->cancel();
                const auto waiting = std::find(state->getters.begin(), state->getters.end(), getter);
                if (waiting != state->getters.end())
                    state->getters.erase(waiting);
                if (!state->finished.empty() && !getter->isCancelled())
                    state->wakeUpGetter();
                throw CancelledError();
            }
        }
        const FuturePtr<T> task = state->finished.front();
        state->finished.pop_front();
        co_return task->result();
    }

private:
    struct State {
        explicit State(KitchenLoop &loop)
            : loop(loop)
        {
        }

        /// Queue._wakeup_next(): the first getter still waiting gets the news.
        void wakeUpGetter()
        {
            while (!getters.empty()) {
                const FuturePtr<Done> getter = getters.front();
                getters.pop_front();
                if (!getter->isDone()) {
                    getter->setResult({});
                    return;
                }
            }
        }

        KitchenLoop &loop;
        std::deque<FuturePtr<T>> finished;
        std::deque<FuturePtr<Done>> getters;
    };

    std::shared_ptr<State> m_state;
};

} // namespace Kitchen
