// SPDX-License-Identifier: MIT
#include "warningsmodel.h"

#include "mealdocument.h"
#include "splice.h"

#include <tuple>

using namespace Kitchen;

WarningsModel::WarningsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int WarningsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_warnings.size());
}

QVariant WarningsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MealWarning &warning = m_warnings.at(index.row());
    const bool hasDish = warning.dish >= 0 && warning.dish < m_meal.dishes.size();
    switch (role) {
    case KindRole:
        return toString(warning.kind);
    case Qt::DisplayRole:
    case TitleRole:
        return warning.title;
    case ExplanationRole:
        return warning.explanation;
    case FixRole:
        return warning.fix;
    case DishRole:
        return hasDish ? warning.dish : -1;
    case DishIdRole:
        return hasDish ? m_meal.dishes.at(warning.dish).id : QString();
    case DishNameRole:
        return hasDish ? m_meal.dishes.at(warning.dish).name : QString();
    case StepRole:
        return warning.step;
    case LaneRole:
        return warning.lane;
    case AtRole:
        return toUnits(warning.at);
    default:
        return {};
    }
}

QHash<int, QByteArray> WarningsModel::roleNames() const
{
    return {{KindRole, "kind"},         {TitleRole, "title"},       {ExplanationRole, "explanation"},
            {FixRole, "fix"},           {DishRole, "dish"},         {DishIdRole, "dishId"},
            {DishNameRole, "dishName"}, {StepRole, "step"},         {LaneRole, "lane"},
            {AtRole, "at"}};
}

void WarningsModel::setDocument(MealDocument *document)
{
    if (m_document == document)
        return;
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (m_document)
        connect(m_document, &MealDocument::mealChanged, this, &WarningsModel::refresh);
    refresh();
    Q_EMIT documentChanged();
}

bool WarningsModel::select(int row)
{
    if (!m_document || row < 0 || row >= m_warnings.size())
        return false;
    const MealWarning &warning = m_warnings.at(row);
    const bool hasDish = warning.dish >= 0 && warning.dish < m_meal.dishes.size();
    return m_document->selectPlace(hasDish ? m_meal.dishes.at(warning.dish).id : QString(), warning.step,
                                   warning.lane);
}

QStringList WarningsModel::titles() const
{
    QStringList titles;
    for (const MealWarning &warning : m_warnings)
        titles << warning.title;
    return titles;
}

QStringList WarningsModel::kinds() const
{
    QStringList kinds;
    for (const MealWarning &warning : m_warnings)
        kinds << toString(warning.kind);
    return kinds;
}

void WarningsModel::refresh()
{
    const QList<MealWarning> warnings = m_document ? lintRun(m_document->prediction()) : QList<MealWarning>();
    const Meal meal = m_document ? m_document->meal() : Meal();
    const qsizetype before = m_warnings.size();
    // Dish names and ids come from the meal: a rename changes them without changing a warning.
    auto names = [](const Meal &of) {
        QStringList names;
        for (const Dish &dish : of.dishes)
            names << dish.id << dish.name;
        return names;
    };
    const bool dishesChanged = names(meal) != names(m_meal);
    m_meal = meal;
    // A row is a kind of warning at a place: an edit that only changes its wording or its
    // time updates the row, so the view keeps its delegate and its current row.
    auto keys = [](const QList<MealWarning> &list) {
        QList<std::tuple<MealWarning::Kind, int, int, int>> keys;
        for (const MealWarning &warning : list)
            keys.append({warning.kind, warning.dish, warning.step, warning.lane});
        return keys;
    };
    const Splice splice = Splice::between(keys(m_warnings), keys(warnings));
    if (splice.removed > 0) {
        beginRemoveRows({}, int(splice.first), int(splice.first + splice.removed - 1));
        m_warnings.remove(splice.first, splice.removed);
        endRemoveRows();
    }
    if (splice.inserted > 0) {
        beginInsertRows({}, int(splice.first), int(splice.first + splice.inserted - 1));
        m_warnings.insert(splice.first, splice.inserted, MealWarning());
        std::copy_n(warnings.cbegin() + splice.first, splice.inserted, m_warnings.begin() + splice.first);
        endInsertRows();
    }
    for (qsizetype row = 0; row < m_warnings.size(); ++row) {
        if (m_warnings[row] == warnings[row])
            continue;
        m_warnings[row] = warnings[row];
        Q_EMIT dataChanged(index(int(row)), index(int(row)));
    }
    if (dishesChanged && !m_warnings.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_warnings.size()) - 1), {DishIdRole, DishNameRole});
    if (m_warnings.size() != before)
        Q_EMIT countChanged();
}
