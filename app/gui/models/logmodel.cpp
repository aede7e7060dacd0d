// SPDX-License-Identifier: MIT
#include "logmodel.h"

using namespace Qt::StringLiterals;
using namespace Kitchen;

LogModel::LogModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogEvent &event = m_events.at(index.row());
    switch (role) {
    case TimeRole:
        return toUnits(event.time);
    case DishRole:
        return event.dish;
    case DishNameRole:
        return dishName(event.dish);
    case Qt::DisplayRole:
    case TextRole:
        return event.text;
    default:
        return {};
    }
}

QHash<int, QByteArray> LogModel::roleNames() const
{
    return {{TimeRole, "time"}, {DishRole, "dish"}, {DishNameRole, "dishName"}, {TextRole, "text"}};
}

QStringList LogModel::lines() const
{
    QStringList out;
    for (const LogEvent &event : m_events)
        out << u"[%1 %2] %3  %4"_s.arg(formatUnits(event.time), toString(m_meal.unit), dishName(event.dish), event.text);
    return out;
}

void LogModel::setEvents(const Meal &meal, const QList<LogEvent> &events, bool predicted)
{
    const bool countChanges = events.size() != m_events.size();
    beginResetModel();
    m_meal = meal;
    m_events = events;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
    if (predicted != m_predicted) {
        m_predicted = predicted;
        Q_EMIT predictedChanged();
    }
}

void LogModel::append(const LogEvent &event)
{
    beginInsertRows({}, int(m_events.size()), int(m_events.size()));
    m_events.append(event);
    endInsertRows();
    Q_EMIT countChanged();
}

QString LogModel::dishName(int dish) const
{
    if (dish < 0 || dish >= m_meal.dishes.size())
        return u"main"_s;
    return m_meal.dishes.at(dish).name;
}
