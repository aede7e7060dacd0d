// SPDX-License-Identifier: MIT
// MealDocument's dish edits: adding and removing dishes, their names, steps and needs.
// The class is in mealdocument.h; its files, state and queries are in mealdocument.cpp.
#include "mealdocument.h"

#include "mealcommands.h"

#include <QUndoStack>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Kitchen;

bool MealDocument::toggleStepKind(const QString &dishId, int step)
{
    const qsizetype dish = m_meal.dishIndex(dishId);
    if (dish < 0 || step < 0 || step >= m_meal.dishes.at(dish).steps.size())
        return false;
    return setStepKind(dishId, step, toggledKind(toString(m_meal.dishes.at(dish).steps.at(step).kind)));
}

QString MealDocument::toggledKind(const QString &kind)
{
    return kind == u"work" ? u"wait"_s : u"work"_s;
}

QString MealDocument::addDish(int lane)
{
    Dish dish;
    dish.id = uniqueDishId(u"dish"_s);
    dish.name = tr("New dish");
    dish.station = u"stove"_s;
    dish.steps << Step{tr("Cook"), fromUnits(1), StepKind::Wait, {}, {}, {}};
    const DishPlace place = isLane(lane) ? DishPlace{lane, int(m_meal.lanes.at(lane).dishIds.size())} : DishPlace{};
    m_undoStack->push(new AddDishCommand(this, int(m_meal.dishes.size()), dish, place, tr("Add a dish")));
    return dish.id;
}

QString MealDocument::duplicateDish(const QString &dishId)
{
    const qsizetype index = m_meal.dishIndex(dishId);
    if (index < 0)
        return {};
    Dish copy = m_meal.dishes.at(index);
    copy.id = uniqueDishId(dishId);
    copy.name = tr("%1 (copy)").arg(copy.name);
    DishPlace place = placeOf(dishId);
    if (place.lane >= 0)
        ++place.index; // right after the original
    m_undoStack->push(new AddDishCommand(this, int(index + 1), copy, place,
                                         tr("Duplicate %1").arg(m_meal.dishes.at(index).name)));
    return copy.id;
}

bool MealDocument::removeDish(const QString &dishId)
{
    const qsizetype index = m_meal.dishIndex(dishId);
    if (index < 0)
        return false;
    const Meal cleaned = withoutReferencesTo(dishId);
    if (cleaned == m_meal) {
        m_undoStack->push(new RemoveDishCommand(this, int(index)));
        return true;
    }
    // One undo step: no dish needs it any more, no lane forgets it, and it goes.
    auto *both = new QUndoCommand;
    new EditMealCommand(this, cleaned, {}, {}, both);
    both->setText((new RemoveDishCommand(this, int(index), both))->text());
    m_undoStack->push(both);
    return true;
}

Meal MealDocument::withoutReferencesTo(const QString &dishId) const
{
    Meal meal = m_meal;
    for (Dish &dish : meal.dishes)
        dish.needs.removeAll(dishId);
    for (Lane &lane : meal.lanes)
        lane.unawaited.removeAll(dishId);
    return meal;
}

bool MealDocument::pushDishEdit(qsizetype dish, const Dish &content, const QString &text, const QString &field)
{
    if (dish < 0 || m_meal.dishes.at(dish) == content)
        return false;
    m_undoStack->push(new EditDishCommand(this, int(dish), content, text, field));
    return true;
}

bool MealDocument::setDishName(const QString &dishId, const QString &name)
{
    const qsizetype index = m_meal.dishIndex(dishId);
    if (index < 0)
        return false;
    Dish dish = m_meal.dishes.at(index);
    dish.name = name;
    return pushDishEdit(index, dish, tr("Rename %1").arg(m_meal.dishes.at(index).name), u"name"_s);
}

bool MealDocument::setDishStation(const QString &dishId, const QString &station)
{
    const qsizetype index = m_meal.dishIndex(dishId);
    if (index < 0 || station.trimmed().isEmpty())
        return false;
    Dish dish = m_meal.dishes.at(index);
    dish.station = station.trimmed();
    return pushDishEdit(index, dish, tr("Cook %1 at the %2").arg(dish.name, dish.station), {});
}

bool MealDocument::setDishIcon(const QString &dishId, const QString &icon)
{
    const qsizetype index = m_meal.dishIndex(dishId);
    if (index < 0)
        return false;
    Dish dish = m_meal.dishes.at(index);
    dish.icon = icon;
    return pushDishEdit(index, dish, tr("Change the icon of %1").arg(dish.name), {});
}

namespace {
/// The dish with one step changed by @p change, or nothing for an unknown dish or step.
template<typename Change>
std::optional<Dish> withStep(const Meal &meal, qsizetype dish, int step, Change change)
{
    if (dish < 0 || step < 0 || step >= meal.dishes.at(dish).steps.size())
        return std::nullopt;
    Dish edited = meal.dishes.at(dish);
    change(edited.steps[step]);
    return edited;
}
} // namespace

bool MealDocument::setStepLabel(const QString &dishId, int step, const QString &label)
{
    const qsizetype index = m_meal.dishIndex(dishId);
    const auto dish = withStep(m_meal, index, step, [&](Step &s) { s.label = label; });
    return dish && pushDishEdit(index, *dish, tr("Rename a step of %1").arg(dish->name), u"label%1"_s.arg(step));
}

bool MealDocument::setStepDuration(const QString &dishId, int step, double duration)
{
    if (!std::isfinite(duration) || duration < 0 || duration > maxDurationUnits)
        return false;
    const qsizetype index = m_meal.dishIndex(dishId);
    const auto dish = withStep(m_meal, index, step, [&](Step &s) { s.duration = fromUnits(duration); });
    return dish && pushDishEdit(index, *dish, tr("Change a step of %1").arg(dish->name), u"duration%1"_s.arg(step));
}

bool MealDocument::setStepKind(const QString &dishId, int step, const QString &kind)
{
    StepKind stepKind;
    if (!parseStepKind(kind, stepKind))
        return false;
    const qsizetype index = m_meal.dishIndex(dishId);
    if (index < 0 || step < 0 || step >= m_meal.dishes.at(index).steps.size()
        || m_meal.dishes.at(index).steps.at(step).kind == stepKind)
        return false;
    m_undoStack->push(new SetStepKindCommand(this, int(index), step, stepKind));
    return true;
}

bool MealDocument::setStepStartMessage(const QString &dishId, int step, const QString &message)
{
    const qsizetype index = m_meal.dishIndex(dishId);
    const auto dish = withStep(m_meal, index, step, [&](Step &s) { s.startMessage = message; });
    return dish && pushDishEdit(index, *dish, tr("Change a message of %1").arg(dish->name), u"start%1"_s.arg(step));
}

bool MealDocument::setStepEndMessage(const QString &dishId, int step, const QString &message)
{
    const qsizetype index = m_meal.dishIndex(dishId);
    const auto dish = withStep(m_meal, index, step, [&](Step &s) { s.endMessage = message; });
    return dish && pushDishEdit(index, *dish, tr("Change a message of %1").arg(dish->name), u"end%1"_s.arg(step));
}

bool MealDocument::addStep(const QString &dishId, int step)
{
    const qsizetype index = m_meal.dishIndex(dishId);
    if (index < 0)
        return false;
    Dish dish = m_meal.dishes.at(index);
    const qsizetype at = step < 0 || step > dish.steps.size() ? dish.steps.size() : step;
    dish.steps.insert(at, Step{tr("Wait"), fromUnits(1), StepKind::Wait, {}, {}, {}});
    return pushDishEdit(index, dish, tr("Add a step to %1").arg(dish.name), {});
}

bool MealDocument::removeStep(const QString &dishId, int step)
{
    const qsizetype index = m_meal.dishIndex(dishId);
    if (index < 0 || step < 0 || step >= m_meal.dishes.at(index).steps.size())
        return false;
    Dish dish = m_meal.dishes.at(index);
    dish.steps.removeAt(step);
    return pushDishEdit(index, dish, tr("Delete a step of %1").arg(dish.name), {});
}

bool MealDocument::moveStep(const QString &dishId, int from, int to)
{
    const qsizetype index = m_meal.dishIndex(dishId);
    if (index < 0)
        return false;
    Dish dish = m_meal.dishes.at(index);
    if (from < 0 || to < 0 || from >= dish.steps.size() || to >= dish.steps.size() || from == to)
        return false;
    dish.steps.move(from, to);
    return pushDishEdit(index, dish, tr("Reorder the steps of %1").arg(dish.name), {});
}

bool MealDocument::setDishNeeds(const QString &dishId, const QString &neededId, bool needs)
{
    const qsizetype index = m_meal.dishIndex(dishId);
    if (index < 0 || m_meal.dishIndex(neededId) < 0 || neededId == dishId)
        return false;
    Dish dish = m_meal.dishes.at(index);
    if (dish.needs.contains(neededId) == needs)
        return false;
    if (needs)
        dish.needs.append(neededId);
    else
        dish.needs.removeAll(neededId);
    const QString needed = dishName(neededId);
    return pushDishEdit(index, dish,
                        needs ? tr("Let %1 need %2").arg(dish.name, needed)
                              : tr("Let %1 do without %2").arg(dish.name, needed),
                        {});
}

bool MealDocument::setDishNotReadyResult(const QString &dishId, const QString &result)
{
    const qsizetype index = m_meal.dishIndex(dishId);
    if (index < 0)
        return false;
    Dish dish = m_meal.dishes.at(index);
    dish.notReadyResult = result;
    return pushDishEdit(index, dish, tr("Change what %1 returns when it is not ready").arg(dish.name),
                        u"notReady"_s);
}
