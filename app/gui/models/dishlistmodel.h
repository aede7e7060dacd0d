// SPDX-License-Identifier: MIT
#pragma once

#include "meal.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

/**
 * The steps as the chips show them: {label, duration, kind, error, appliance, applianceName};
 * duration in the meal's unit, applianceName the name of the appliance the step holds.
 */
[[nodiscard]] QVariantList stepsForView(const QList<Kitchen::Step> &steps, const QList<Kitchen::Appliance> &appliances);

/** @brief The dishes of one lane, or of the shelf: name, station and steps as chips. */
class DishListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Lanes and the shelf own their dish lists")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        DishIdRole = Qt::UserRole + 1,
        NameRole,
        StationRole,
        ResultRole,
        StepsRole,    ///< list of {label, duration, kind, error, appliance, applianceName}: see stepsForView()
        DurationRole, ///< all steps together, in the meal's unit
        BlocksRole,   ///< true when any step is blocking work
        AwaitedRole,  ///< false when its lane forgets to await it
        BurnsRole,    ///< true when a step raises an error
        NeedsRole,    ///< ids of the dishes whose results it needs
    };
    Q_ENUM(Role)

    explicit DishListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return int(m_dishes.size()); }
    /// The dish id at @p row, or an empty string.
    Q_INVOKABLE [[nodiscard]] QString dishIdAt(int row) const;
    Q_INVOKABLE [[nodiscard]] int rowOf(const QString &dishId) const;
    /// Every dish id, in row order.
    Q_INVOKABLE [[nodiscard]] QStringList ids() const;

    /// Shows @p dishes, announcing only the rows that really changed; @p unawaited are forgotten by their lane.
    void setDishes(const QList<Kitchen::Dish> &dishes, const QStringList &unawaited = {},
                   const QList<Kitchen::Appliance> &appliances = {});

Q_SIGNALS:
    void countChanged();

private:
    struct Row {
        Kitchen::Dish dish;
        bool awaited = true;
        QStringList applianceNames; ///< per step: the appliance it holds, by name, or empty

        bool operator==(const Row &) const = default;
    };

    QList<Row> m_dishes;
};
