// SPDX-License-Identifier: MIT
#include "lanelistmodel.h"

#include "dishlistmodel.h"
#include "splice.h"

using namespace Kitchen;

LaneListModel::LaneListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int LaneListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lanes.size());
}

QVariant LaneListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &lane = m_lanes.at(index.row());
    switch (role) {
    case LaneKeyRole:
        return lane.key;
    case Qt::DisplayRole:
    case ModeRole:
        return toString(lane.mode);
    case DishesRole:
        return QVariant::fromValue(lane.dishes);
    case DishCountRole:
        return lane.dishes->count();
    default:
        return {};
    }
}

QHash<int, QByteArray> LaneListModel::roleNames() const
{
    return {{LaneKeyRole, "laneKey"}, {ModeRole, "mode"}, {DishesRole, "dishes"}, {DishCountRole, "dishCount"}};
}

DishListModel *LaneListModel::dishesAt(int row) const
{
    return row >= 0 && row < m_lanes.size() ? m_lanes.at(row).dishes : nullptr;
}

void LaneListModel::setLanes(const QList<LaneRow> &lanes)
{
    QList<quint64> oldKeys;
    for (const Entry &entry : std::as_const(m_lanes))
        oldKeys << entry.key;
    QList<quint64> newKeys;
    for (const LaneRow &lane : lanes)
        newKeys << lane.key;

    const qsizetype oldCount = m_lanes.size();
    const Splice splice = Splice::between(oldKeys, newKeys);
    if (splice.removed > 0) {
        beginRemoveRows({}, int(splice.first), int(splice.first + splice.removed - 1));
        for (qsizetype row = splice.first; row < splice.first + splice.removed; ++row)
            m_lanes[row].dishes->deleteLater(); // a delegate may still be reading it
        m_lanes.remove(splice.first, splice.removed);
        endRemoveRows();
    }
    if (splice.inserted > 0) {
        beginInsertRows({}, int(splice.first), int(splice.first + splice.inserted - 1));
        for (qsizetype row = splice.first; row < splice.first + splice.inserted; ++row) {
            auto *dishes = new DishListModel(this);
            dishes->setDishes(lanes[row].dishes);
            m_lanes.insert(row, Entry{lanes[row].key, lanes[row].mode, dishes});
        }
        endInsertRows();
    }
    for (qsizetype row = 0; row < lanes.size(); ++row) {
        Entry &entry = m_lanes[row];
        const int oldDishCount = entry.dishes->count();
        entry.dishes->setDishes(lanes[row].dishes);
        QList<int> changed;
        if (entry.mode != lanes[row].mode) {
            entry.mode = lanes[row].mode;
            changed << ModeRole << Qt::DisplayRole;
        }
        if (oldDishCount != entry.dishes->count())
            changed << DishCountRole;
        if (!changed.isEmpty())
            Q_EMIT dataChanged(index(int(row)), index(int(row)), changed);
    }
    if (oldCount != m_lanes.size())
        Q_EMIT countChanged();
}
