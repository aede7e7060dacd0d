// SPDX-License-Identifier: MIT
#pragma once

#include "meal.h"

#include <QAbstractListModel>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class RunTrace;

/** @brief One Gantt row: the cook's or a dish's, with its spans and totals in meal units. */
struct TimelineRow {
    int dish = -1; ///< index in the meal; -1 is the cook
    QString name;
    QString station;
    QVariantList segments; ///< {state, start, end, dish}; state as Kitchen::toString(DishState)
    /// The bar still growing at the playhead, {state, start, dish}, or empty. It ends at the
    /// model's end; kept apart, so the bars above change only when one of them ends.
    QVariantMap growing;
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
        SegmentsRole,
        BusyRole,
        WaitingRole,
        DelayedRole,
        NotesRole,
        GrowingRole,
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
    void setRows(const QList<TimelineRow> &rows, double end, QStringList states, QStringList noteKinds);

    QList<TimelineRow> m_rows;
    double m_end = 0;
    QStringList m_states;
    QStringList m_noteKinds;
};
