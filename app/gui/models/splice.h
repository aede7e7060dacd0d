// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

#include <algorithm>

/**
 * @brief The one block of rows that changed between two lists of keys.
 *
 * Keeping the common head and tail lets a model announce a drop or a removal
 * as a real row insertion or removal, so views keep their delegates.
 */
struct Splice {
    qsizetype first = 0;    ///< first row that differs
    qsizetype removed = 0;  ///< old rows from @c first that go
    qsizetype inserted = 0; ///< new rows from @c first that come

    template<typename Key>
    [[nodiscard]] static Splice between(const QList<Key> &before, const QList<Key> &after)
    {
        const qsizetype shorter = std::min(before.size(), after.size());
        qsizetype head = 0;
        while (head < shorter && before[head] == after[head])
            ++head;
        qsizetype tail = 0;
        while (tail < shorter - head && before[before.size() - 1 - tail] == after[after.size() - 1 - tail])
            ++tail;
        return {head, before.size() - head - tail, after.size() - head - tail};
    }
};
