// SPDX-License-Identifier: MIT
#include "scenemodel.h"

#include "rowupdates.h"

#include <QVariantMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
/// The roles whose data differ between two versions of a row.
QList<int> changedRoles(const SceneRow &before, const SceneRow &after)
{
    ChangedRoles changed;
    using Role = SceneModel::Role;
    changed.add(before.dishId != after.dishId, {Role::DishIdRole});
    changed.add(before.name != after.name, {Role::NameRole, Qt::DisplayRole});
    changed.add(before.station != after.station, {Role::StationRole});
    changed.add(before.phase != after.phase, {Role::PhaseRole});
    changed.add(before.progress != after.progress, {Role::ProgressRole});
    changed.add(before.stepLabel != after.stepLabel, {Role::StepLabelRole});
    changed.add(before.stepKind != after.stepKind, {Role::StepKindRole});
    changed.add(before.since != after.since, {Role::SinceRole});
    changed.add(before.until != after.until, {Role::UntilRole});
    changed.add(before.waitingFor != after.waitingFor, {Role::WaitingForRole});
    changed.add(before.appliance != after.appliance, {Role::ApplianceRole});
    changed.add(before.unawaited != after.unawaited, {Role::UnawaitedRole});
    changed.add(before.cancelledBy != after.cancelledBy, {Role::CancelledByRole});
    changed.add(before.notReadyFor != after.notReadyFor, {Role::NotReadyForRole});
    return changed.roles;
}
} // namespace

SceneModel::SceneModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int SceneModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SceneModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SceneRow &row = m_rows.at(index.row());
    switch (role) {
    case DishIdRole:
        return row.dishId;
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case StationRole:
        return row.station;
    case PhaseRole:
        return row.phase;
    case ProgressRole:
        return row.progress;
    case StepLabelRole:
        return row.stepLabel;
    case StepKindRole:
        return row.stepKind;
    case SinceRole:
        return row.since;
    case UntilRole:
        return row.until;
    case WaitingForRole:
        return row.waitingFor;
    case ApplianceRole:
        return row.appliance;
    case UnawaitedRole:
        return row.unawaited;
    case CancelledByRole:
        return row.cancelledBy;
    case NotReadyForRole:
        return row.notReadyFor;
    default:
        return {};
    }
}

QHash<int, QByteArray> SceneModel::roleNames() const
{
    return {{DishIdRole, "dishId"},   {NameRole, "name"},           {StationRole, "station"},
            {PhaseRole, "phase"},     {ProgressRole, "progress"},   {StepLabelRole, "stepLabel"},
            {StepKindRole, "stepKind"}, {SinceRole, "since"},       {UntilRole, "until"},
            {WaitingForRole, "waitingFor"}, {ApplianceRole, "appliance"}, {UnawaitedRole, "unawaited"},
            {CancelledByRole, "cancelledBy"}, {NotReadyForRole, "notReadyFor"}};
}

int SceneModel::rowOf(const QString &dishId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).dishId == dishId)
            return row;
    }
    return -1;
}

QString SceneModel::phaseOf(const QString &dishId) const
{
    const int row = rowOf(dishId);
    return row < 0 ? QString() : m_rows.at(row).phase;
}

int SceneModel::countIn(const QStringList &phases) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [&phases](const SceneRow &row) { return phases.contains(row.phase); }));
}

void SceneModel::setRows(const QList<SceneRow> &rows)
{
    bool sameDishes = rows.size() == m_rows.size();
    for (qsizetype row = 0; sameDishes && row < rows.size(); ++row)
        sameDishes = rows[row].dishId == m_rows[row].dishId;
    if (!sameDishes) {
        const bool countChanges = rows.size() != m_rows.size();
        beginResetModel();
        m_rows = rows;
        endResetModel();
        if (countChanges)
            Q_EMIT countChanged();
        return;
    }
    for (qsizetype row = 0; row < rows.size(); ++row)
        updateRow(*this, m_rows, row, rows[row], changedRoles);
}

QVariantList SceneModel::appliances() const
{
    QVariantList list;
    for (const SceneAppliance &appliance : m_appliances)
        list << QVariantMap{{u"id"_s, appliance.id},         {u"name"_s, appliance.name},
                            {u"capacity"_s, appliance.capacity}, {u"used"_s, appliance.used},
                            {u"waiting"_s, appliance.waiting}, {u"users"_s, appliance.users}};
    return list;
}

QString SceneModel::occupancyOf(const QString &applianceId) const
{
    for (const SceneAppliance &appliance : m_appliances) {
        if (appliance.id == applianceId)
            return tr("%1 %2 of %3 in use").arg(appliance.name).arg(appliance.used).arg(appliance.capacity);
    }
    return {};
}

void SceneModel::setResources(const QList<SceneAppliance> &appliances, bool usesHelpers, int helpers, int busy,
                              int waiting)
{
    if (m_appliances == appliances && m_usesHelpers == usesHelpers && m_helpers == helpers && m_helpersBusy == busy
        && m_helpersWaiting == waiting)
        return;
    m_appliances = appliances;
    m_usesHelpers = usesHelpers;
    m_helpers = helpers;
    m_helpersBusy = busy;
    m_helpersWaiting = waiting;
    Q_EMIT resourcesChanged();
}
