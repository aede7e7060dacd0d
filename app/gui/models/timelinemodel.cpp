// SPDX-License-Identifier: MIT
#include "timelinemodel.h"

#include "rowupdates.h"
#include "runtrace.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Kitchen;

namespace {
QString noteKind(RunNote::Kind kind)
{
    switch (kind) {
    case RunNote::Kind::NeverAwaited:
        return u"neverAwaited"_s;
    case RunNote::Kind::LostTask:
        return u"lostTask"_s;
    case RunNote::Kind::NotReady:
        return u"notReady"_s;
    case RunNote::Kind::TimedOut:
        break; // a lane's, not a dish's: its dishes show as cancelled
    }
    return {};
}

/// The roles whose data differ between two versions of a row.
QList<int> changedRoles(const TimelineRow &before, const TimelineRow &after)
{
    ChangedRoles changed;
    using Role = TimelineModel::Role;
    changed.add(before.dish != after.dish, {Role::DishRole, Role::IsCookRole});
    changed.add(before.name != after.name, {Role::NameRole, Qt::DisplayRole});
    changed.add(before.station != after.station, {Role::StationRole});
    changed.add(before.bars != after.bars, {Role::SegmentsRole});
    changed.add(before.growing != after.growing, {Role::GrowingRole});
    changed.add(before.notes != after.notes, {Role::NotesRole});
    changed.add(before.busy != after.busy, {Role::BusyRole});
    changed.add(before.waiting != after.waiting, {Role::WaitingRole});
    changed.add(before.delayed != after.delayed, {Role::DelayedRole});
    return changed.roles;
}
} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineRow &row = m_rows.at(index.row());
    switch (role) {
    case DishRole:
        return row.dish;
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case StationRole:
        return row.station;
    case IsCookRole:
        return row.dish < 0;
    case SegmentsRole: {
        QVariantList bars;
        for (const Segment &bar : row.bars)
            bars << barMap(bar);
        return bars;
    }
    case BusyRole:
        return row.busy;
    case WaitingRole:
        return row.waiting;
    case DelayedRole:
        return row.delayed;
    case NotesRole:
        return row.notes;
    case GrowingRole:
        return row.growing ? growingMap(*row.growing) : QVariantMap();
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    return {{DishRole, "dish"},         {NameRole, "name"},       {StationRole, "station"},
            {IsCookRole, "isCook"},     {SegmentsRole, "segments"}, {BusyRole, "busy"},
            {WaitingRole, "waiting"},   {DelayedRole, "delayed"},   {NotesRole, "notes"},
            {GrowingRole, "growing"}};
}

void TimelineModel::show(const RunTrace &trace, const Meal &meal, const QList<int> &dishOrder, Ticks t)
{
    QList<TimelineRow> rows;
    QSet<int> states; // DishState values
    QSet<QString> noteKinds;
    TimelineRow cook;
    for (int dish : dishOrder) {
        const Dish &recipe = meal.dishes.at(dish);
        TimelineRow row{dish, recipe.name, recipe.station, trace.segmentsUntil(dish, t), {}, {}, 0, 0, 0};
        if (trace.growsAt(dish, t) && !row.bars.isEmpty() && row.bars.constLast().end == t) {
            const Segment last = row.bars.takeLast();
            row.growing = GrowingBar{last.dish, last.state, last.start};
        }
        for (const Segment &bar : std::as_const(row.bars)) {
            states.insert(int(bar.state));
            if (bar.state == DishState::Work)
                cook.bars << bar;
        }
        if (row.growing) {
            states.insert(int(row.growing->state));
            if (row.growing->state == DishState::Work)
                cook.growing = row.growing;
        }
        for (const RunNote &note : trace.notes()) {
            if (note.dish != dish || note.at > t)
                continue;
            const QString kind = noteKind(note.kind);
            if (kind.isEmpty())
                continue;
            row.notes << QVariantMap{{u"kind"_s, kind}, {u"at"_s, toUnits(note.at)}};
            noteKinds.insert(kind);
        }
        const DishTotals totals = trace.totalsUntil(dish, t);
        row.busy = toUnits(totals.busy);
        row.waiting = toUnits(totals.waiting);
        row.delayed = toUnits(totals.delayed);
        rows << row;
    }
    // main()'s own blocking work (a create_task lane's steps) holds the loop too.
    for (const CookSegment &work : trace.mainWork()) {
        if (work.start >= t)
            continue;
        if (work.end > t)
            cook.growing = GrowingBar{mainCoroutine, DishState::Work, work.start};
        else
            cook.bars << Segment{mainCoroutine, DishState::Work, work.start, work.end};
    }
    // The cook's row: who held the loop with blocking work, and when.
    std::sort(cook.bars.begin(), cook.bars.end(), [](const Segment &a, const Segment &b) { return a.start < b.start; });
    for (const Segment &bar : std::as_const(cook.bars))
        cook.busy += toUnits(bar.end - bar.start);
    if (cook.growing)
        cook.busy += toUnits(t - cook.growing->start);
    rows.prepend(cook);

    QStringList names;
    for (const Dish &dish : meal.dishes)
        names << dish.name;
    // Bars name their dishes through this list: a rename redraws them all.
    const bool renamed = names != m_dishNames;
    m_dishNames = names;
    QStringList stateNames;
    for (int state : std::as_const(states))
        stateNames << toString(DishState(state));
    stateNames.sort();
    QStringList kinds(noteKinds.cbegin(), noteKinds.cend());
    kinds.sort();
    setRows(rows, toUnits(t), stateNames, kinds, renamed);
}

void TimelineModel::clear()
{
    setRows({}, 0, {}, {});
}

void TimelineModel::setRows(const QList<TimelineRow> &rows, double end, QStringList states, QStringList noteKinds,
                            bool startOver)
{
    if (startOver || rows.size() != m_rows.size()) {
        // Rows are dishes of another meal or another lane plan: start over.
        const bool countChanges = rows.size() != m_rows.size();
        beginResetModel();
        m_rows = rows;
        endResetModel();
        if (countChanges)
            Q_EMIT countChanged();
    } else {
        for (qsizetype row = 0; row < rows.size(); ++row)
            updateRow(*this, m_rows, row, rows[row], changedRoles);
    }
    if (!qFuzzyCompare(m_end + 1, end + 1)) {
        m_end = end;
        Q_EMIT endChanged();
    }
    if (states != m_states || noteKinds != m_noteKinds) {
        m_states = std::move(states);
        m_noteKinds = std::move(noteKinds);
        Q_EMIT statesChanged();
    }
}

QString TimelineModel::dishName(int dish) const
{
    return dish == mainCoroutine ? u"main()"_s : m_dishNames.value(dish);
}

QVariantMap TimelineModel::barMap(const Segment &bar) const
{
    return {{u"state"_s, toString(bar.state)},
            {u"start"_s, toUnits(bar.start)},
            {u"end"_s, toUnits(bar.end)},
            {u"dish"_s, dishName(bar.dish)}};
}

QVariantMap TimelineModel::growingMap(const GrowingBar &bar) const
{
    return {{u"state"_s, toString(bar.state)}, {u"start"_s, toUnits(bar.start)}, {u"dish"_s, dishName(bar.dish)}};
}
