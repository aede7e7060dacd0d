// SPDX-License-Identifier: MIT
#pragma once

#include "meal.h"
#include "runresult.h"

#include <QAbstractListModel>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>

class RunTrace;

/** @brief A bar still growing at the playhead: it ends wherever the playhead is. */
struct GrowingBar {
    int dish = 0; ///< whose span; main() on the cook's row
    Kitchen::DishState state = Kitchen::DishState::Running;
    Kitchen::Ticks start = 0;

    bool operator==(const GrowingBar &) const = default;
};

/** @brief One Gantt row: the cook's or a dish's, with its spans and totals in meal units. */
struct TimelineRow {
    int dish = -1; ///< index in the meal; -1 is the cook
    QString name;
    QString station;
    QList<Kitchen::Segment> bars; ///< the finished spans; on the cook's row, whose work each was
    /// The span still growing at the playhead, or nothing; kept apart, so that the bars
    /// change only when one of them ends.
    std::optional<GrowingBar> growing;
    /// What the run noted about this dish so far: {kind, at}; kind is "neverAwaited",
    /// "lostTask" (started, never awaited) or "notReady" (started before what it needs).
    QVariantList notes;
    double busy = 0;
    double waiting = 0;
    double delayed = 0;

    bool operator==(const TimelineRow &) const = default;
};

/** @brief A run drawn as a Gantt chart: the cook's row first, then a row per dish. */
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Timelines come from the meal document and the player")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// How far this timeline reaches, in meal units.
    Q_PROPERTY(double end READ end NOTIFY endChanged)
    /// Every state some bar shows, so the legend explains each colour on screen and no more.
    Q_PROPERTY(QStringList states READ states NOTIFY statesChanged)
    /// Every kind of note some row shows.
    Q_PROPERTY(QStringList noteKinds READ noteKinds NOTIFY statesChanged)

public:
    enum Role {
        DishRole = Qt::UserRole + 1,
        NameRole,
        StationRole,
        IsCookRole,
        SegmentsRole, ///< the finished bars: [{state, start, end, dish}], state as Kitchen::toString(DishState)
        BusyRole,
        WaitingRole,
        DelayedRole,
        NotesRole,
        GrowingRole, ///< the bar still growing: {state, start, dish}, or an empty map
    };
    Q_ENUM(Role)

    explicit TimelineModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] double end() const { return m_end; }
    [[nodiscard]] QStringList states() const { return m_states; }
    [[nodiscard]] QStringList noteKinds() const { return m_noteKinds; }

    /// Shows @p trace up to @p t, one row per dish in @p dishOrder (meal indices).
    void show(const RunTrace &trace, const Kitchen::Meal &meal, const QList<int> &dishOrder, Kitchen::Ticks t);
    void clear();

Q_SIGNALS:
    void countChanged();
    void endChanged();
    void statesChanged();

private:
    /// @p startOver resets the model even when the row count stays.
    void setRows(const QList<TimelineRow> &rows, double end, QStringList states, QStringList noteKinds,
                 bool startOver = false);
    [[nodiscard]] QVariantMap barMap(const Kitchen::Segment &bar) const;
    [[nodiscard]] QVariantMap growingMap(const GrowingBar &bar) const;
    [[nodiscard]] QString dishName(int dish) const;

    QStringList m_dishNames; ///< the meal's, by index: bars carry indices, views want names

    QList<TimelineRow> m_rows;
    double m_end = 0;
    QStringList m_states;
    QStringList m_noteKinds;
};
