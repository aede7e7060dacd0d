// SPDX-License-Identifier: MIT
#include "timelinemodel.h"

#include "rowupdates.h"
#include "runtrace.h"

#include <QSet>

#include <algorithm>
#include <optional>

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
QVariantMap growingMap(const Segment &segment, const QString &dishName)
{
    return {{u"state"_s, toString(segment.state)}, {u"start"_s, toUnits(segment.start)}, {u"dish"_s, dishName}};
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
    case GrowingRole:
        return row.growing;
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
    QList<Segment> cookSegments;
    std::optional<Segment> cookGrowing;
    for (int dish : dishOrder) {
        const Dish &recipe = meal.dishes.at(dish);
        TimelineRow row{dish, recipe.name, recipe.station, {}, {}, {}, 0, 0, 0};
        QList<Segment> segments = trace.segmentsUntil(dish, t);
        if (trace.growsAt(dish, t) && !segments.isEmpty() && segments.constLast().end == t) {
            const Segment growing = segments.takeLast();
            row.growing = growingMap(growing, recipe.name);
            states.insert(int(growing.state));
            if (growing.state == DishState::Work)
                cookGrowing = growing;
        }
        for (const Segment &segment : std::as_const(segments)) {
            row.segments << segmentMap(segment, recipe.name);
            states.insert(int(segment.state));
            if (segment.state == DishState::Work)
                cookSegments << segment;
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
        const Segment segment{mainCoroutine, DishState::Work, work.start, std::min(work.end, t)};
        if (work.end > t)
            cookGrowing = segment;
        else
            cookSegments << segment;
    }
    // The cook's row: who held the loop with blocking work, and when.
    std::sort(cookSegments.begin(), cookSegments.end(),
              [](const Segment &a, const Segment &b) { return a.start < b.start; });
    auto cookName = [&meal](const Segment &segment) {
        return segment.dish == mainCoroutine ? u"main()"_s : meal.dishes.at(segment.dish).name;
    };
    for (const Segment &segment : std::as_const(cookSegments)) {
        cook.segments << segmentMap(segment, cookName(segment));
        cook.busy += toUnits(segment.end - segment.start);
    }
    if (cookGrowing) {
        cook.growing = growingMap(*cookGrowing, cookName(*cookGrowing));
        cook.busy += toUnits(cookGrowing->end - cookGrowing->start);
    }
    rows.prepend(cook);

    QStringList stateNames;
    for (int state : std::as_const(states))
        stateNames << toString(DishState(state));
    stateNames.sort();
    QStringList kinds(noteKinds.cbegin(), noteKinds.cend());
    kinds.sort();
    setRows(rows, toUnits(t), stateNames, kinds);
}

void TimelineModel::clear()
{
    setRows({}, 0, {}, {});
}

void TimelineModel::setRows(const QList<TimelineRow> &rows, double end, QStringList states, QStringList noteKinds)
{
    if (rows.size() != m_rows.size()) {
        // Rows are dishes of another meal or another lane plan: start over.
        beginResetModel();
        m_rows = rows;
        endResetModel();
        Q_EMIT countChanged();
    } else {
        for (qsizetype row = 0; row < rows.size(); ++row)
            updateRow(*this, m_rows, row, rows[row]);
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
