// SPDX-License-Identifier: MIT
#include "dishlistmodel.h"

#include "splice.h"

using namespace Qt::StringLiterals;
using namespace Kitchen;

namespace {
QStringList idsOf(const QList<Dish> &dishes)
{
    QStringList ids;
    for (const Dish &dish : dishes)
        ids << dish.id;
    return ids;
}

QVariantList stepsOf(const Dish &dish)
{
    QVariantList steps;
    for (const Step &step : dish.steps)
        steps << QVariantMap{{u"label"_s, step.label},
                             {u"duration"_s, toUnits(step.duration)},
                             {u"kind"_s, toString(step.kind)}};
    return steps;
}
} // namespace

DishListModel::DishListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int DishListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_dishes.size());
}

QVariant DishListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Dish &dish = m_dishes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return dish.name;
    case DishIdRole:
        return dish.id;
    case StationRole:
        return dish.station;
    case ResultRole:
        return dish.result;
    case StepsRole:
        return stepsOf(dish);
    case DurationRole: {
        Ticks total = 0;
        for (const Step &step : dish.steps)
            total += step.duration;
        return toUnits(total);
    }
    case BlocksRole:
        return std::any_of(dish.steps.cbegin(), dish.steps.cend(),
                           [](const Step &step) { return step.kind == StepKind::Work; });
    default:
        return {};
    }
}

QHash<int, QByteArray> DishListModel::roleNames() const
{
    return {{DishIdRole, "dishId"},     {NameRole, "name"},         {StationRole, "station"},
            {ResultRole, "result"},     {StepsRole, "steps"},       {DurationRole, "duration"},
            {BlocksRole, "blocks"}};
}

QString DishListModel::dishIdAt(int row) const
{
    return row >= 0 && row < m_dishes.size() ? m_dishes.at(row).id : QString();
}

int DishListModel::rowOf(const QString &dishId) const
{
    for (int row = 0; row < m_dishes.size(); ++row) {
        if (m_dishes.at(row).id == dishId)
            return row;
    }
    return -1;
}

QStringList DishListModel::ids() const
{
    return idsOf(m_dishes);
}

void DishListModel::setDishes(const QList<Dish> &dishes)
{
    const Splice splice = Splice::between(idsOf(m_dishes), idsOf(dishes));
    const qsizetype oldCount = m_dishes.size();
    if (splice.removed > 0) {
        beginRemoveRows({}, int(splice.first), int(splice.first + splice.removed - 1));
        m_dishes.remove(splice.first, splice.removed);
        endRemoveRows();
    }
    if (splice.inserted > 0) {
        beginInsertRows({}, int(splice.first), int(splice.first + splice.inserted - 1));
        m_dishes.insert(splice.first, splice.inserted, Dish{});
        for (qsizetype row = splice.first; row < splice.first + splice.inserted; ++row)
            m_dishes[row] = dishes[row];
        endInsertRows();
    }
    for (qsizetype row = 0; row < dishes.size(); ++row) {
        if (m_dishes[row] == dishes[row])
            continue;
        m_dishes[row] = dishes[row];
        Q_EMIT dataChanged(index(int(row)), index(int(row)));
    }
    if (oldCount != m_dishes.size())
        Q_EMIT countChanged();
}
