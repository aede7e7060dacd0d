// SPDX-License-Identifier: MIT
#pragma once

#include "ticks.h"

#include <algorithm>
#include <functional>
#include <vector>

namespace Kitchen {

/**
 * @brief Callbacks due at given times, earliest first; equal times in the order they were added.
 *
 * The heap holds small plain entries and the callbacks wait in a slab beside
 * it, so reordering the heap never moves a std::function: with a million
 * timers that is most of what a heap of callbacks would spend its time on.
 */
class TimerQueue
{
public:
    using Callback = std::function<void()>;

    [[nodiscard]] bool empty() const { return m_heap.empty(); }
    [[nodiscard]] Ticks nextTime() const { return m_heap.front().when; }
    [[nodiscard]] quint64 nextId() const { return m_heap.front().id; }

    void push(Ticks when, quint64 id, Callback callback)
    {
        quint32 slot;
        if (m_freeSlots.empty()) {
            slot = quint32(m_callbacks.size());
            m_callbacks.push_back(std::move(callback));
        } else {
            slot = m_freeSlots.back();
            m_freeSlots.pop_back();
            m_callbacks[slot] = std::move(callback);
        }
        m_heap.push_back({when, id, slot});
        std::push_heap(m_heap.begin(), m_heap.end(), Later());
    }

    /// Removes the earliest entry and hands over its callback.
    Callback pop()
    {
        std::pop_heap(m_heap.begin(), m_heap.end(), Later());
        const quint32 slot = m_heap.back().slot;
        m_heap.pop_back();
        Callback callback = std::move(m_callbacks[slot]);
        m_callbacks[slot] = nullptr;
        m_freeSlots.push_back(slot);
        return callback;
    }

private:
    struct Entry {
        Ticks when;
        quint64 id; ///< rising: breaks ties in the order entries were added
        quint32 slot;
    };
    struct Later {
        bool operator()(const Entry &a, const Entry &b) const
        {
            return a.when != b.when ? a.when > b.when : a.id > b.id;
        }
    };

    std::vector<Entry> m_heap;
    std::vector<Callback> m_callbacks;
    std::vector<quint32> m_freeSlots;
};

} // namespace Kitchen
