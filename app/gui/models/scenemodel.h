// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

/** @brief One dish at its station at one moment: what it does, how far it got. */
struct SceneRow {
    QString dishId;
    QString name;
    QString station;
    QString phase;     ///< notStarted, ready, running, work, waiting, late, done, cancelled, failed
    double progress = 0; ///< 0..1 of all its steps
    QString stepLabel; ///< the step it is on, or the last one once done
    QString stepKind;  ///< "work" or "wait"
    double since = 0;  ///< when the phase began, in meal units
    double until = 0;  ///< waiting, late: the timer's deadline; work: when the cook is free

    bool operator==(const SceneRow &) const = default;
};

/** @brief The kitchen at one moment: a row per dish on the stove, board, oven… */
class SceneModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The player owns the scene")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        DishIdRole = Qt::UserRole + 1,
        NameRole,
        StationRole,
        PhaseRole,
        ProgressRole,
        StepLabelRole,
        StepKindRole,
        SinceRole,
        UntilRole,
    };
    Q_ENUM(Role)

    explicit SceneModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return int(m_rows.size()); }
    /// The row of the dish with this id, or -1.
    Q_INVOKABLE [[nodiscard]] int rowOf(const QString &dishId) const;
    /// The phase of the dish with this id, for checks; empty when absent.
    Q_INVOKABLE [[nodiscard]] QString phaseOf(const QString &dishId) const;
    /// How many dishes are in any of @p phases.
    Q_INVOKABLE [[nodiscard]] int countIn(const QStringList &phases) const;

    void setRows(const QList<SceneRow> &rows);

Q_SIGNALS:
    void countChanged();

private:
    QList<SceneRow> m_rows;
};
