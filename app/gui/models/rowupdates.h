// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemModel>
#include <QList>

#include <initializer_list>

/**
 * @brief Puts @p next in the place of @p rows[@p row] and tells the views only the roles
 * that @p changedRoles(before, after) lists.
 *
 * A delegate then updates just those bindings. While a meal plays, most frames move a
 * number or two; announcing every role would rebuild each row's bars and labels.
 */
template<typename Row, typename ChangedRoles>
void updateRow(QAbstractItemModel &model, QList<Row> &rows, qsizetype row, const Row &next, ChangedRoles changedRoles)
{
    if (rows[row] == next)
        return;
    const QList<int> roles = changedRoles(rows[row], next);
    rows[row] = next;
    const QModelIndex index = model.index(int(row), 0);
    Q_EMIT model.dataChanged(index, index, roles);
}

/** @brief The roles of a row's fields that changed: add(before.x != after.x, {XRole}) per field. */
struct ChangedRoles {
    QList<int> roles;

    void add(bool changed, std::initializer_list<int> affected)
    {
        if (changed)
            roles.append(QList<int>(affected));
    }
};
