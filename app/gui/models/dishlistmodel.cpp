// SPDX-License-Identifier: MIT
#include "dishlistmodel.h"

#include "splice.h"

#include <algorithm>

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

/// Per step, the name of the appliance it holds, or an empty string.
QStringList applianceNamesOf(const QList<Step> &steps, const QList<Appliance> &appliances)
{
    QStringList names;
    for (const Step &step : steps) {
        QString name;
        for (const Appliance &appliance : appliances) {
            if (appliance.id == step.appliance)
                name = appliance.name.isEmpty() ? appliance.id : appliance.name;
        }
        names << name;
    }
    return names;
}

QVariantList stepMaps(const QList<Step> &steps, const QStringList &applianceNames)
{
    QVariantList list;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const Step &step = steps.at(i);
        list << QVariantMap{{u"label"_s, step.label},
                            {u"duration"_s, toUnits(step.duration)},
                            {u"kind"_s, toString(step.kind)},
                            {u"error"_s, step.error},
                            {u"appliance"_s, step.appliance},
                            {u"applianceName"_s, applianceNames.value(i)}};
    }
    return list;
}
} // namespace

QVariantList stepsForView(const QList<Step> &steps, const QList<Appliance> &appliances)
{
    return stepMaps(steps, applianceNamesOf(steps, appliances));
}

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
    const Row &row = m_dishes.at(index.row());
    const Dish &dish = row.dish;
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
        return stepMaps(dish.steps, row.applianceNames);
    case DurationRole: {
        Ticks total = 0;
        for (const Step &step : dish.steps)
            total += step.duration;
        return toUnits(total);
    }
    case BlocksRole:
        return std::any_of(dish.steps.cbegin(), dish.steps.cend(),
                           [](const Step &step) { return step.kind == StepKind::Work; });
    case AwaitedRole:
        return row.awaited;
    case BurnsRole:
        return std::any_of(dish.steps.cbegin(), dish.steps.cend(),
                           [](const Step &step) { return !step.error.isEmpty(); });
    case NeedsRole:
        return dish.needs;
    default:
        return {};
    }
}

QHash<int, QByteArray> DishListModel::roleNames() const
{
    return {{DishIdRole, "dishId"},     {NameRole, "name"},         {StationRole, "station"},
            {ResultRole, "result"},     {StepsRole, "steps"},       {DurationRole, "duration"},
            {BlocksRole, "blocks"},     {AwaitedRole, "awaited"},   {BurnsRole, "burns"},
            {NeedsRole, "needs"}};
}

QString DishListModel::dishIdAt(int row) const
{
    return row >= 0 && row < m_dishes.size() ? m_dishes.at(row).dish.id : QString();
}

int DishListModel::rowOf(const QString &dishId) const
{
    for (int row = 0; row < m_dishes.size(); ++row) {
        if (m_dishes.at(row).dish.id == dishId)
            return row;
    }
    return -1;
}

QStringList DishListModel::ids() const
{
    QStringList ids;
    for (const Row &row : m_dishes)
        ids << row.dish.id;
    return ids;
}

void DishListModel::setDishes(const QList<Dish> &dishes, const QStringList &unawaited,
                              const QList<Appliance> &appliances)
{
    QList<Row> rows;
    rows.reserve(dishes.size());
    for (const Dish &dish : dishes)
        rows << Row{dish, !unawaited.contains(dish.id), applianceNamesOf(dish.steps, appliances)};
    const Splice splice = Splice::between(ids(), idsOf(dishes));
    const qsizetype oldCount = m_dishes.size();
    if (splice.removed > 0) {
        beginRemoveRows({}, int(splice.first), int(splice.first + splice.removed - 1));
        m_dishes.remove(splice.first, splice.removed);
        endRemoveRows();
    }
    if (splice.inserted > 0) {
        beginInsertRows({}, int(splice.first), int(splice.first + splice.inserted - 1));
        m_dishes.insert(splice.first, splice.inserted, Row{});
        for (qsizetype row = splice.first; row < splice.first + splice.inserted; ++row)
            m_dishes[row] = rows[row];
        endInsertRows();
    }
    for (qsizetype row = 0; row < rows.size(); ++row) {
        if (m_dishes[row] == rows[row])
            continue;
        m_dishes[row] = rows[row];
        Q_EMIT dataChanged(index(int(row)), index(int(row)));
    }
    if (oldCount != m_dishes.size())
        Q_EMIT countChanged();
}
