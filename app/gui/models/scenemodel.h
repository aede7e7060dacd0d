// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/** @brief One dish at its station at one moment: what it does, how far it got. */
struct SceneRow {
    QString dishId;
    QString name;
    QString station;
    /// notStarted, ready, running, work, waiting, late, queued, helper, done, cancelled, failed,
    /// or neverAwaited: main() made its coroutine and dropped it, so it never cooks.
    QString phase;
    double progress = 0; ///< 0..1 of all its steps
    QString stepLabel; ///< the step it is on, or the last one once done
    QString stepKind;  ///< "work", "wait" or "helper"
    double since = 0;  ///< when the phase began, in meal units
    double until = 0;  ///< waiting, late, helper: when its step ends; work: when the cook is free
    /// queued: the name of the full appliance it waits for; empty when it waits for a helper.
    QString waitingFor{};
    QString appliance{}; ///< the appliance whose place it holds now, by name, or empty
    /// A task main() started and never awaits (fire and forget), once main() has started it.
    bool unawaited = false;
    /// cancelled: who cancelled it — "end" (asyncio.run() as main() returned), "timeout"
    /// (its lane's asyncio.timeout), "group" (its TaskGroup, after a sibling failed), or empty.
    QString cancelledBy{};
    /// It started before the dishes it needs were done: their names, or empty.
    QString notReadyFor{};

    bool operator==(const SceneRow &) const = default;
};

/** @brief An appliance at one moment: an asyncio.Semaphore with its places taken and its queue. */
struct SceneAppliance {
    QString id;
    QString name;
    int capacity = 1;
    int used = 0;       ///< places held now
    int waiting = 0;    ///< dishes queued for a place
    QStringList users;  ///< names of the dishes holding a place

    bool operator==(const SceneAppliance &) const = default;
};

/** @brief The kitchen at one moment: a row per dish on the stove, board, oven… */
class SceneModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The player owns the scene")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// The meal's appliances now: [{id, name, capacity, used, waiting, users}].
    Q_PROPERTY(QVariantList appliances READ appliances NOTIFY resourcesChanged)
    /// True when some step hands its work to a kitchen helper (asyncio.to_thread).
    Q_PROPERTY(bool usesHelpers READ usesHelpers NOTIFY resourcesChanged)
    Q_PROPERTY(int helpers READ helpers NOTIFY resourcesChanged)
    Q_PROPERTY(int helpersBusy READ helpersBusy NOTIFY resourcesChanged)
    /// Dishes queued for a free helper.
    Q_PROPERTY(int helpersWaiting READ helpersWaiting NOTIFY resourcesChanged)

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
        WaitingForRole,
        ApplianceRole,
        UnawaitedRole,
        CancelledByRole,
        NotReadyForRole,
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

    [[nodiscard]] QVariantList appliances() const;
    [[nodiscard]] bool usesHelpers() const { return m_usesHelpers; }
    [[nodiscard]] int helpers() const { return m_helpers; }
    [[nodiscard]] int helpersBusy() const { return m_helpersBusy; }
    [[nodiscard]] int helpersWaiting() const { return m_helpersWaiting; }
    /// "Burner 1 of 2 in use", for checks; empty for an unknown appliance.
    Q_INVOKABLE [[nodiscard]] QString occupancyOf(const QString &applianceId) const;

    void setRows(const QList<SceneRow> &rows);
    /// The appliances and the helpers at the same moment as the rows.
    void setResources(const QList<SceneAppliance> &appliances, bool usesHelpers, int helpers, int busy, int waiting);

Q_SIGNALS:
    void countChanged();
    void resourcesChanged();

private:
    QList<SceneRow> m_rows;
    QList<SceneAppliance> m_appliances;
    bool m_usesHelpers = false;
    int m_helpers = 0;
    int m_helpersBusy = 0;
    int m_helpersWaiting = 0;
};
