// SPDX-License-Identifier: MIT
#include "timelinemodel.h"

#include "runtrace.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Kitchen;

namespace {
QVariantMap segmentMap(const Segment &segment, const QString &dishName)
{
    return {{u"state"_s, toString(segment.state)},
            {u"start"_s, toUnits(segment.start)},
            {u"end"_s, toUnits(segment.end)},
            {u"dish"_s, dishName}};
}
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
    case SegmentsRole:
        return row.segments;
    case BusyRole:
        return row.busy;
    case WaitingRole:
        return row.waiting;
    case DelayedRole:
        return row.delayed;
    case NotesRole:
        return row.notes;
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    return {{DishRole, "dish"},         {NameRole, "name"},       {StationRole, "station"},
            {IsCookRole, "isCook"},     {SegmentsRole, "segments"}, {BusyRole, "busy"},
            {WaitingRole, "waiting"},   {DelayedRole, "delayed"},   {NotesRole, "notes"}};
}

void TimelineModel::show(const RunTrace &trace, const Meal &meal, const QList<int> &dishOrder, Ticks t)
{
    QList<TimelineRow> rows;
    TimelineRow cook;
    QList<Segment> cookSegments;
    for (int dish : dishOrder) {
        const Dish &recipe = meal.dishes.at(dish);
        TimelineRow row{dish, recipe.name, recipe.station, {}, {}, 0, 0, 0};
        for (const Segment &segment : trace.segmentsUntil(dish, t)) {
            row.segments << segmentMap(segment, recipe.name);
            if (segment.state == DishState::Work)
                cookSegments << segment;
        }
        for (const RunNote &note : trace.notes()) {
            if (note.dish != dish || note.at > t)
                continue;
            const QString kind = noteKind(note.kind);
            if (!kind.isEmpty())
                row.notes << QVariantMap{{u"kind"_s, kind}, {u"at"_s, toUnits(note.at)}};
        }
        const DishTotals totals = trace.totalsUntil(dish, t);
        row.busy = toUnits(totals.busy);
        row.waiting = toUnits(totals.waiting);
        row.delayed = toUnits(totals.delayed);
        rows << row;
    }
    // main()'s own blocking work (a create_task lane's steps) holds the loop too.
    for (const CookSegment &work : trace.mainWork()) {
        if (work.start < t)
            cookSegments << Segment{mainCoroutine, DishState::Work, work.start, std::min(work.end, t)};
    }
    // The cook's row: who held the loop with blocking work, and when.
    std::sort(cookSegments.begin(), cookSegments.end(),
              [](const Segment &a, const Segment &b) { return a.start < b.start; });
    for (const Segment &segment : std::as_const(cookSegments)) {
        const QString who = segment.dish == mainCoroutine ? u"main()"_s : meal.dishes.at(segment.dish).name;
        cook.segments << segmentMap(segment, who);
        cook.busy += toUnits(segment.end - segment.start);
    }
    rows.prepend(cook);
    setRows(rows, toUnits(t));
}

void TimelineModel::clear()
{
    setRows({}, 0);
}

void TimelineModel::setRows(const QList<TimelineRow> &rows, double end)
{
    QStringList states;
    QStringList noteKinds;
    for (const TimelineRow &row : rows) {
        for (const QVariant &segment : row.segments) {
            const QString state = segment.toMap().value(u"state"_s).toString();
            if (!states.contains(state))
                states << state;
        }
        for (const QVariant &note : row.notes) {
            const QString kind = note.toMap().value(u"kind"_s).toString();
            if (!noteKinds.contains(kind))
                noteKinds << kind;
        }
    }
    states.sort();
    noteKinds.sort();
    if (rows.size() != m_rows.size()) {
        // Rows are dishes of another meal or another lane plan: start over.
        beginResetModel();
        m_rows = rows;
        endResetModel();
        Q_EMIT countChanged();
    } else {
        for (qsizetype row = 0; row < rows.size(); ++row) {
            if (m_rows[row] == rows[row])
                continue;
            m_rows[row] = rows[row];
            Q_EMIT dataChanged(index(int(row)), index(int(row)));
        }
    }
    if (!qFuzzyCompare(m_end + 1, end + 1)) {
        m_end = end;
        Q_EMIT endChanged();
    }
    if (states != m_states || noteKinds != m_noteKinds) {
        m_states = states;
        m_noteKinds = noteKinds;
        Q_EMIT statesChanged();
    }
}
