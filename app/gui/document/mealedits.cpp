// SPDX-License-Identifier: MIT
// MealDocument's meal-wide edits (name, summary, unit, helpers, appliances) and the appliance list.
// The class is in mealdocument.h; its files, state and queries are in mealdocument.cpp.
#include "mealdocument.h"

#include "mealcommands.h"

#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Kitchen;

bool MealDocument::pushMealInfo(const QString &name, const QString &summary, TimeUnit unit, const QString &text,
                                const QString &field)
{
    const MealInfo after{name, summary, unit};
    if (after == MealInfo{m_meal.name, m_meal.summary, m_meal.unit})
        return false;
    m_undoStack->push(new EditMealInfoCommand(this, after, text, field));
    return true;
}

bool MealDocument::setMealName(const QString &name)
{
    return pushMealInfo(name, m_meal.summary, m_meal.unit, tr("Rename the meal"), u"name"_s);
}

bool MealDocument::setMealSummary(const QString &summary)
{
    return pushMealInfo(m_meal.name, summary, m_meal.unit, tr("Change the description"), u"summary"_s);
}

bool MealDocument::setUnit(const QString &unit)
{
    TimeUnit timeUnit;
    if (!parseTimeUnit(unit, timeUnit))
        return false;
    return pushMealInfo(m_meal.name, m_meal.summary, timeUnit, tr("Count the meal in %1").arg(unit), {});
}

bool MealDocument::pushMealEdit(const Meal &meal, const QString &text, const QString &field)
{
    if (meal == m_meal || meal.lanes.size() != m_meal.lanes.size())
        return false;
    m_undoStack->push(new EditMealCommand(this, meal, text, field));
    return true;
}


bool MealDocument::setHelpers(int helpers)
{
    if (helpers < 1 || helpers > maxHelpers)
        return false;
    Meal meal = m_meal;
    meal.helpers = helpers;
    return pushMealEdit(meal, helpers == 1 ? tr("Keep one kitchen helper") : tr("Keep %1 kitchen helpers").arg(helpers),
                        u"helpers"_s);
}

QString MealDocument::addAppliance()
{
    QString id = u"burner"_s;
    for (int n = 2; m_meal.applianceIndex(id) >= 0; ++n)
        id = u"burner_%1"_s.arg(n);
    Meal meal = m_meal;
    meal.appliances.append(Appliance{id, tr("Burner"), 1});
    return pushMealEdit(meal, tr("Add an appliance"), {}) ? id : QString();
}

namespace {
/// Every step of the meal, the dishes' and the lanes' own, for edits that follow an appliance.
template<typename AnyMeal, typename Visit>
void forEachStep(AnyMeal &meal, Visit visit)
{
    for (auto &dish : meal.dishes) {
        for (auto &step : dish.steps)
            visit(step);
    }
    for (auto &lane : meal.lanes) {
        for (auto &step : lane.steps)
            visit(step);
    }
}
} // namespace

bool MealDocument::removeAppliance(const QString &applianceId)
{
    const qsizetype index = m_meal.applianceIndex(applianceId);
    if (index < 0)
        return false;
    Meal meal = m_meal;
    const QString name = meal.appliances.takeAt(index).name;
    int cleared = 0;
    forEachStep(meal, [&](Step &step) {
        if (step.appliance == applianceId) {
            step.appliance.clear();
            ++cleared;
        }
    });
    const QString shown = name.isEmpty() ? applianceId : name;
    return pushMealEdit(meal,
                        cleared == 0 ? tr("Remove the %1").arg(shown)
                                     : tr("Remove the %1 and free the steps that held it").arg(shown),
                        {});
}

QString MealDocument::applianceIdProblem(const QString &applianceId, const QString &newId) const
{
    if (newId.isEmpty())
        return tr("An appliance needs an id: it is its name in the Python code.");
    if (!isValidId(newId))
        return tr("An id is 1 to 64 letters, digits, “_” or “-”, with no spaces.");
    const qsizetype other = m_meal.applianceIndex(newId);
    if (other >= 0 && newId != applianceId)
        return tr("“%1” is already the id of the %2.").arg(newId, m_meal.appliances.at(other).name);
    return {};
}

bool MealDocument::setApplianceId(const QString &applianceId, const QString &newId)
{
    const qsizetype index = m_meal.applianceIndex(applianceId);
    if (index < 0 || newId == applianceId || !applianceIdProblem(applianceId, newId).isEmpty())
        return false;
    Meal meal = m_meal;
    meal.appliances[index].id = newId;
    forEachStep(meal, [&](Step &step) {
        if (step.appliance == applianceId)
            step.appliance = newId;
    });
    return pushMealEdit(meal, tr("Change the id of the %1").arg(meal.appliances.at(index).name),
                        u"applianceId%1"_s.arg(index));
}

bool MealDocument::setApplianceName(const QString &applianceId, const QString &name)
{
    const qsizetype index = m_meal.applianceIndex(applianceId);
    if (index < 0)
        return false;
    Meal meal = m_meal;
    meal.appliances[index].name = name;
    // Named by its id: the name is what is being typed.
    return pushMealEdit(meal, tr("Rename the appliance %1").arg(applianceId), u"applianceName%1"_s.arg(index));
}

bool MealDocument::setApplianceCapacity(const QString &applianceId, int capacity)
{
    const qsizetype index = m_meal.applianceIndex(applianceId);
    if (index < 0 || capacity < 1 || capacity > maxCapacity)
        return false;
    Meal meal = m_meal;
    meal.appliances[index].capacity = capacity;
    return pushMealEdit(meal, tr("Make room for %1 at the %2").arg(capacity).arg(meal.appliances.at(index).name),
                        u"capacity%1"_s.arg(index));
}

QString MealDocument::applianceName(const QString &applianceId) const
{
    const qsizetype index = m_meal.applianceIndex(applianceId);
    if (index < 0)
        return {};
    const Appliance &appliance = m_meal.appliances.at(index);
    return appliance.name.isEmpty() ? appliance.id : appliance.name;
}

QVariantList MealDocument::appliances() const
{
    QVariantList list;
    for (const Appliance &appliance : m_meal.appliances) {
        int uses = 0;
        forEachStep(m_meal, [&](const Step &step) { uses += step.appliance == appliance.id ? 1 : 0; });
        list << QVariantMap{{u"id"_s, appliance.id},
                            {u"name"_s, appliance.name},
                            {u"capacity"_s, appliance.capacity},
                            {u"uses"_s, uses}};
    }
    return list;
}
