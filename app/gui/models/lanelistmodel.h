// SPDX-License-Identifier: MIT
#pragma once

#include "meal.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class DishListModel;

/** @brief A lane as the editor shows it: its key, its mode and its own dish list. */
struct LaneRow {
    quint64 key = 0; ///< stable across edits, so a lane keeps its delegate
    Kitchen::LaneMode mode = Kitchen::LaneMode::Sync;
    QList<Kitchen::Dish> dishes;
};

/** @brief The meal's lanes, top to bottom; each row carries a DishListModel. */
class LaneListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The meal document owns its lanes")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        LaneKeyRole = Qt::UserRole + 1,
        ModeRole,   ///< "sync", "gather" or "taskgroup"
        DishesRole, ///< the lane's DishListModel
        DishCountRole,
    };
    Q_ENUM(Role)

    explicit LaneListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return int(m_lanes.size()); }
    /// The dish list of lane @p row, for QML code that is not a delegate.
    Q_INVOKABLE [[nodiscard]] DishListModel *dishesAt(int row) const;

    void setLanes(const QList<LaneRow> &lanes);

Q_SIGNALS:
    void countChanged();

private:
    struct Entry {
        quint64 key = 0;
        Kitchen::LaneMode mode = Kitchen::LaneMode::Sync;
        DishListModel *dishes = nullptr;
    };

    QList<Entry> m_lanes;
};
