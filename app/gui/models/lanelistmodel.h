// SPDX-License-Identifier: MIT
#pragma once

#include "meal.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class DishListModel;

/** @brief A lane as the editor shows it: its key, its mode, its settings and its own dish list. */
struct LaneRow {
    quint64 key = 0; ///< stable across edits, so a lane keeps its delegate
    Kitchen::LaneMode mode = Kitchen::LaneMode::Sync;
    QList<Kitchen::Dish> dishes;
    /// The lane itself: return_exceptions, forgotten awaits, timeout and main()'s own steps.
    Kitchen::Lane content{};
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
        ModeRole,   ///< "sync", "gather", "taskgroup", "create_task" or "as_completed"
        DishesRole, ///< the lane's DishListModel
        DishCountRole,
        ReturnExceptionsRole, ///< gather's return_exceptions=True
        TimeoutRole,          ///< asyncio.timeout in the meal's unit; 0 for none
        StepsRole,            ///< main()'s own steps (create_task), as DishListModel's steps
        ForgottenRole,        ///< how many of its dishes it forgets to await
    };
    Q_ENUM(Role)

    explicit LaneListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return int(m_lanes.size()); }
    /// The dish list of lane @p row, for QML code that is not a delegate.
    Q_INVOKABLE [[nodiscard]] DishListModel *dishesAt(int row) const;

    void setLanes(const QList<LaneRow> &lanes, const QList<Kitchen::Appliance> &appliances = {});

Q_SIGNALS:
    void countChanged();

private:
    /// What the roles other than the dishes show; compared to announce only real changes.
    struct Settings {
        Kitchen::LaneMode mode = Kitchen::LaneMode::Sync;
        bool returnExceptions = false;
        double timeout = 0;
        QVariantList steps;
        int forgotten = 0;

        bool operator==(const Settings &) const = default;
    };
    struct Entry {
        quint64 key = 0;
        Settings settings;
        DishListModel *dishes = nullptr;
    };

    [[nodiscard]] static Settings settingsOf(const LaneRow &lane, const QList<Kitchen::Appliance> &appliances);

    QList<Entry> m_lanes;
};
