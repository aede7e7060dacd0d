// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QVariantList>

/**
 * @brief Puts @p next in the place of @p rows[@p row] and tells the views which roles changed.
 *
 * A delegate then updates only those bindings. While a meal plays, most frames move a
 * number or two; announcing every role would rebuild each row's bars and labels.
 */
template<typename Row>
void updateRow(QAbstractItemModel &model, QList<Row> &rows, qsizetype row, const Row &next)
{
    if (rows[row] == next)
        return;
    const QModelIndex index = model.index(int(row), 0);
    const QList<int> roles = model.roleNames().keys();
    QVariantList before;
    before.reserve(roles.size());
    for (int role : roles)
        before << model.data(index, role);
    rows[row] = next;
    QList<int> changed;
    for (qsizetype i = 0; i < roles.size(); ++i) {
        if (model.data(index, roles[i]) != before[i])
            changed << roles[i];
    }
    Q_EMIT model.dataChanged(index, index, changed);
}
