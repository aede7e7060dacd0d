// SPDX-License-Identifier: MIT
#pragma once

#include "runresult.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

/** @brief The lines the dishes print, with their times, as the articles show them. */
class LogModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The player owns the log")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// True while the lines are the prediction, before anything was played.
    Q_PROPERTY(bool predicted READ isPredicted NOTIFY predictedChanged)

public:
    enum Role {
        TimeRole = Qt::UserRole + 1, ///< in meal units
        DishRole,                    ///< meal index; -1 is main()
        DishNameRole,
        TextRole,
    };
    Q_ENUM(Role)

    explicit LogModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return int(m_events.size()); }
    [[nodiscard]] bool isPredicted() const { return m_predicted; }
    /// "[time unit] dish  text" lines, for checks and copying.
    Q_INVOKABLE [[nodiscard]] QStringList lines() const;

    void setEvents(const Kitchen::Meal &meal, const QList<Kitchen::LogEvent> &events, bool predicted);
    void append(const Kitchen::LogEvent &event);

Q_SIGNALS:
    void countChanged();
    void predictedChanged();

private:
    [[nodiscard]] QString dishName(int dish) const;

    Kitchen::Meal m_meal;
    QList<Kitchen::LogEvent> m_events;
    bool m_predicted = false;
};
