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
        return toString(lane.settings.mode);
    case DishesRole:
        return QVariant::fromValue(lane.dishes);
    case DishCountRole:
        return lane.dishes->count();
    case ReturnExceptionsRole:
        return lane.settings.returnExceptions;
    case TimeoutRole:
        return lane.settings.timeout;
    case StepsRole:
        return lane.settings.steps;
    case ForgottenRole:
        return lane.settings.forgotten;
    default:
        return {};
    }
}

QHash<int, QByteArray> LaneListModel::roleNames() const
{
    return {{LaneKeyRole, "laneKey"},
            {ModeRole, "mode"},
            {DishesRole, "dishes"},
            {DishCountRole, "dishCount"},
            {ReturnExceptionsRole, "returnExceptions"},
            {TimeoutRole, "timeout"},
            {StepsRole, "laneSteps"},
            {ForgottenRole, "forgotten"}};
}

LaneListModel::Settings LaneListModel::settingsOf(const LaneRow &lane, const QList<Appliance> &appliances)
{
    int forgotten = 0;
    for (const Dish &dish : lane.dishes)
        forgotten += lane.content.awaits(dish.id) ? 0 : 1;
    return {lane.mode, lane.content.returnExceptions, toUnits(lane.content.timeout),
            stepsForView(lane.content.steps, appliances), forgotten};
}

DishListModel *LaneListModel::dishesAt(int row) const
{
    return row >= 0 && row < m_lanes.size() ? m_lanes.at(row).dishes : nullptr;
}

void LaneListModel::setLanes(const QList<LaneRow> &lanes, const QList<Appliance> &appliances)
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
            dishes->setDishes(lanes[row].dishes, lanes[row].content.unawaited, appliances);
            m_lanes.insert(row, Entry{lanes[row].key, settingsOf(lanes[row], appliances), dishes});
        }
        endInsertRows();
    }
    for (qsizetype row = 0; row < lanes.size(); ++row) {
        Entry &entry = m_lanes[row];
        const int oldDishCount = entry.dishes->count();
        entry.dishes->setDishes(lanes[row].dishes, lanes[row].content.unawaited, appliances);
        QList<int> changed;
        const Settings settings = settingsOf(lanes[row], appliances);
        if (entry.settings.mode != settings.mode)
            changed << ModeRole << Qt::DisplayRole;
        if (entry.settings.returnExceptions != settings.returnExceptions)
            changed << ReturnExceptionsRole;
        if (entry.settings.timeout != settings.timeout)
            changed << TimeoutRole;
        if (entry.settings.steps != settings.steps)
            changed << StepsRole;
        if (entry.settings.forgotten != settings.forgotten)
            changed << ForgottenRole;
        entry.settings = settings;
        if (oldDishCount != entry.dishes->count())
            changed << DishCountRole;
        if (!changed.isEmpty())
            Q_EMIT dataChanged(index(int(row)), index(int(row)), changed);
    }
    if (oldCount != m_lanes.size())
        Q_EMIT countChanged();
}
