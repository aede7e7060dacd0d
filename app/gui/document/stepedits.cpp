// SPDX-License-Identifier: MIT
// MealDocument's step edits shared by dishes and main()'s own lane steps: messages, kinds, burning, appliances.
// The class is in mealdocument.h; its files, state and queries are in mealdocument.cpp.
#include "mealdocument.h"

#include "mealcommands.h"

#include <QCoreApplication>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Kitchen;

namespace {
/// The lane steps or the dish steps with one step changed by @p change, or nothing for an unknown step.
template<typename Change>
std::optional<QList<Step>> withChangedStep(QList<Step> steps, int step, Change change)
{
    if (step < 0 || step >= steps.size())
        return std::nullopt;
    change(steps[step]);
    return steps;
}
} // namespace

template<typename Change>
bool MealDocument::pushStepEdit(const QString &dishId, int lane, int step, Change change, const QString &text,
                                const QString &field)
{
    if (!dishId.isEmpty()) {
        const qsizetype index = m_meal.dishIndex(dishId);
        if (index < 0)
            return false;
        Dish dish = m_meal.dishes.at(index);
        const auto steps = withChangedStep(dish.steps, step, change);
        if (!steps)
            return false;
        dish.steps = *steps;
        return pushDishEdit(index, dish, text, field);
    }
    if (!isLane(lane))
        return false;
    Lane content = m_meal.lanes.at(lane);
    const auto steps = withChangedStep(content.steps, step, change);
    if (!steps)
        return false;
    content.steps = *steps;
    return pushLaneEdit(lane, content, text, field);
}

bool MealDocument::addLaneStep(int lane, int step)
{
    if (!isLane(lane))
        return false;
    Lane content = m_meal.lanes.at(lane);
    const qsizetype at = step < 0 || step > content.steps.size() ? content.steps.size() : step;
    Step added;
    added.label = tr("Wait");
    added.duration = fromUnits(1);
    content.steps.insert(at, added);
    return pushLaneEdit(lane, content, tr("Add a step to main() in lane %1").arg(lane + 1), {});
}

bool MealDocument::removeLaneStep(int lane, int step)
{
    if (!isLane(lane) || step < 0 || step >= m_meal.lanes.at(lane).steps.size())
        return false;
    Lane content = m_meal.lanes.at(lane);
    content.steps.removeAt(step);
    return pushLaneEdit(lane, content, tr("Delete a step of main() in lane %1").arg(lane + 1), {});
}

bool MealDocument::moveLaneStep(int lane, int from, int to)
{
    if (!isLane(lane))
        return false;
    Lane content = m_meal.lanes.at(lane);
    if (from < 0 || to < 0 || from >= content.steps.size() || to >= content.steps.size() || from == to)
        return false;
    content.steps.move(from, to);
    return pushLaneEdit(lane, content, tr("Reorder the steps of main() in lane %1").arg(lane + 1), {});
}

namespace {
QString mainOf(int lane)
{
    return QCoreApplication::translate("MealDocument", "main() in lane %1").arg(lane + 1);
}
} // namespace

bool MealDocument::setLaneStepLabel(int lane, int step, const QString &label)
{
    return pushStepEdit({}, lane, step, [&](Step &s) { s.label = label; }, tr("Rename a step of %1").arg(mainOf(lane)),
                        u"label%1"_s.arg(step));
}

bool MealDocument::setLaneStepDuration(int lane, int step, double duration)
{
    if (!std::isfinite(duration) || duration < 0 || duration > maxDurationUnits)
        return false;
    return pushStepEdit({}, lane, step, [&](Step &s) { s.duration = fromUnits(duration); },
                        tr("Change a step of %1").arg(mainOf(lane)), u"duration%1"_s.arg(step));
}

bool MealDocument::setLaneStepKind(int lane, int step, const QString &kind)
{
    StepKind stepKind;
    if (!parseStepKind(kind, stepKind) || !isLane(lane) || step < 0 || step >= m_meal.lanes.at(lane).steps.size())
        return false;
    const QString label = m_meal.lanes.at(lane).steps.at(step).label;
    return pushStepEdit({}, lane, step, [&](Step &s) { s.kind = stepKind; },
                        SetStepKindCommand::describe(label, stepKind), {});
}

bool MealDocument::toggleLaneStepKind(int lane, int step)
{
    if (!isLane(lane) || step < 0 || step >= m_meal.lanes.at(lane).steps.size())
        return false;
    return setLaneStepKind(lane, step, toggledKind(toString(m_meal.lanes.at(lane).steps.at(step).kind)));
}

bool MealDocument::setLaneStepStartMessage(int lane, int step, const QString &message)
{
    return pushStepEdit({}, lane, step, [&](Step &s) { s.startMessage = message; },
                        tr("Change a message of %1").arg(mainOf(lane)), u"start%1"_s.arg(step));
}

bool MealDocument::setLaneStepEndMessage(int lane, int step, const QString &message)
{
    return pushStepEdit({}, lane, step, [&](Step &s) { s.endMessage = message; },
                        tr("Change a message of %1").arg(mainOf(lane)), u"end%1"_s.arg(step));
}

namespace {
/// "Make Toast burn after “toast”", "Stop … burning after …", "Change what … raises".
QString errorEditText(const QString &before, const QString &after, const QString &owner, const QString &label)
{
    if (before.isEmpty())
        return QCoreApplication::translate("MealDocument", "Make %1 burn after “%2”").arg(owner, label);
    if (after.isEmpty())
        return QCoreApplication::translate("MealDocument", "Stop %1 burning after “%2”").arg(owner, label);
    return QCoreApplication::translate("MealDocument", "Change what %1 raises").arg(owner);
}

QString applianceEditText(const QString &applianceName, const QString &owner, const QString &label)
{
    if (applianceName.isEmpty())
        return QCoreApplication::translate("MealDocument", "Let “%1” of %2 hold no appliance").arg(label, owner);
    return QCoreApplication::translate("MealDocument", "Let “%1” of %2 hold the %3").arg(label, owner, applianceName);
}
} // namespace

bool MealDocument::setLaneStepError(int lane, int step, const QString &error)
{
    if (!isLane(lane) || step < 0 || step >= m_meal.lanes.at(lane).steps.size())
        return false;
    const Step &old = m_meal.lanes.at(lane).steps.at(step);
    // Switching burning on or off is a step of its own; typing the message merges.
    const bool typing = !old.error.isEmpty() && !error.isEmpty();
    return pushStepEdit({}, lane, step, [&](Step &s) { s.error = error; },
                        errorEditText(old.error, error, mainOf(lane), old.label),
                        typing ? u"error%1"_s.arg(step) : QString());
}

bool MealDocument::setLaneStepAppliance(int lane, int step, const QString &applianceId)
{
    if (!isLane(lane) || step < 0 || step >= m_meal.lanes.at(lane).steps.size()
        || (!applianceId.isEmpty() && m_meal.applianceIndex(applianceId) < 0))
        return false;
    return pushStepEdit({}, lane, step, [&](Step &s) { s.appliance = applianceId; },
                        applianceEditText(applianceName(applianceId), mainOf(lane),
                                          m_meal.lanes.at(lane).steps.at(step).label),
                        {});
}

bool MealDocument::setStepError(const QString &dishId, int step, const QString &error)
{
    const qsizetype index = m_meal.dishIndex(dishId);
    if (index < 0 || step < 0 || step >= m_meal.dishes.at(index).steps.size())
        return false;
    const Step &old = m_meal.dishes.at(index).steps.at(step);
    const bool typing = !old.error.isEmpty() && !error.isEmpty();
    return pushStepEdit(dishId, -1, step, [&](Step &s) { s.error = error; },
                        errorEditText(old.error, error, m_meal.dishes.at(index).name, old.label),
                        typing ? u"error%1"_s.arg(step) : QString());
}

bool MealDocument::setStepAppliance(const QString &dishId, int step, const QString &applianceId)
{
    const qsizetype index = m_meal.dishIndex(dishId);
    if (index < 0 || step < 0 || step >= m_meal.dishes.at(index).steps.size()
        || (!applianceId.isEmpty() && m_meal.applianceIndex(applianceId) < 0))
        return false;
    return pushStepEdit(dishId, -1, step, [&](Step &s) { s.appliance = applianceId; },
                        applianceEditText(applianceName(applianceId), m_meal.dishes.at(index).name,
                                          m_meal.dishes.at(index).steps.at(step).label),
                        {});
}

QString MealDocument::defaultError(const QString &dishId) const
{
    const QString name = dishName(dishId);
    return name.isEmpty() ? tr("Something burnt!") : tr("The %1 burnt!").arg(name.toLower());
}
