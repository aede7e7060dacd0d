// SPDX-License-Identifier: MIT
#include "mealcommands.h"

#include <QCoreApplication>

using namespace Kitchen;

namespace {
QString modeName(LaneMode mode)
{
    switch (mode) {
    case LaneMode::Sync:
        return QCoreApplication::translate("MealCommands", "sync");
    case LaneMode::Gather:
        return QCoreApplication::translate("MealCommands", "gather");
    case LaneMode::TaskGroup:
        return QCoreApplication::translate("MealCommands", "TaskGroup");
    case LaneMode::CreateTask:
        return QCoreApplication::translate("MealCommands", "create_task");
    case LaneMode::AsCompleted:
        return QCoreApplication::translate("MealCommands", "as_completed");
    }
    return {};
}
} // namespace

MoveDishCommand::MoveDishCommand(MealDocument *document, const QString &dishId, DishPlace to, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_dishId(dishId)
    , m_to(to)
{
    const QString name = document->dishName(dishId);
    if (to.lane < 0)
        setText(QCoreApplication::translate("MealCommands", "Put %1 back on the shelf").arg(name));
    else if (to.lane == document->placeOf(dishId).lane)
        setText(QCoreApplication::translate("MealCommands", "Reorder %1").arg(name));
    else
        setText(QCoreApplication::translate("MealCommands", "Move %1 to lane %2").arg(name).arg(to.lane + 1));
}

void MoveDishCommand::redo()
{
    // Read where the dish is now: an earlier command in the same step may have shifted the lanes.
    m_from = m_document->placeOf(m_dishId);
    m_document->editPutDish(m_dishId, m_to);
}

void MoveDishCommand::undo()
{
    m_document->editPutDish(m_dishId, m_from);
}

AddLaneCommand::AddLaneCommand(MealDocument *document, int lane, LaneMode mode, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("MealCommands", "Add a %1 lane").arg(modeName(mode)), parent)
    , m_document(document)
    , m_lane(lane)
    , m_content{mode, {}}
    , m_key(document->newLaneKey())
{
}

void AddLaneCommand::redo()
{
    m_document->editInsertLane(m_lane, m_content, m_key);
}

void AddLaneCommand::undo()
{
    std::ignore = m_document->editTakeLane(m_lane);
}

RemoveLaneCommand::RemoveLaneCommand(MealDocument *document, int lane, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("MealCommands", "Remove lane %1").arg(lane + 1), parent)
    , m_document(document)
    , m_lane(lane)
{
}

void RemoveLaneCommand::redo()
{
    std::tie(m_content, m_key) = m_document->editTakeLane(m_lane);
}

void RemoveLaneCommand::undo()
{
    m_document->editInsertLane(m_lane, m_content, m_key);
}

MoveLaneCommand::MoveLaneCommand(MealDocument *document, int from, int to, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("MealCommands", "Move lane %1").arg(from + 1), parent)
    , m_document(document)
    , m_from(from)
    , m_to(to)
{
}

void MoveLaneCommand::redo()
{
    m_document->editMoveLane(m_from, m_to);
}

void MoveLaneCommand::undo()
{
    m_document->editMoveLane(m_to, m_from);
}

SetLaneModeCommand::SetLaneModeCommand(MealDocument *document, int lane, LaneMode mode, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("MealCommands", "Make lane %1 %2").arg(lane + 1).arg(modeName(mode)), parent)
    , m_document(document)
    , m_lane(lane)
    , m_old(document->meal().lanes.at(lane).mode)
    , m_new(mode)
{
}

void SetLaneModeCommand::redo()
{
    m_document->editSetLaneMode(m_lane, m_new);
}

void SetLaneModeCommand::undo()
{
    m_document->editSetLaneMode(m_lane, m_old);
}

SetStepKindCommand::SetStepKindCommand(MealDocument *document, int dish, int step, StepKind kind,
                                       QUndoCommand *parent)
    : QUndoCommand(describe(document->meal().dishes.at(dish).steps.at(step).label, kind), parent)
    , m_document(document)
    , m_dish(dish)
    , m_step(step)
    , m_old(document->meal().dishes.at(dish).steps.at(step).kind)
    , m_new(kind)
{
}

QString SetStepKindCommand::describe(const QString &label, StepKind kind)
{
    switch (kind) {
    case StepKind::Wait:
        return QCoreApplication::translate("MealCommands", "Make “%1” a wait").arg(label);
    case StepKind::Work:
        return QCoreApplication::translate("MealCommands", "Make “%1” blocking work").arg(label);
    case StepKind::Helper:
        return QCoreApplication::translate("MealCommands", "Hand “%1” to a helper").arg(label);
    }
    return {};
}

void SetStepKindCommand::redo()
{
    m_document->editSetStepKind(m_dish, m_step, m_new);
}

void SetStepKindCommand::undo()
{
    m_document->editSetStepKind(m_dish, m_step, m_old);
}

AddDishCommand::AddDishCommand(MealDocument *document, int dish, const Dish &content, DishPlace place,
                               const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_dish(dish)
    , m_content(content)
    , m_place(place)
{
}

void AddDishCommand::redo()
{
    m_document->editInsertDish(m_dish, m_content, m_place);
}

void AddDishCommand::undo()
{
    std::ignore = m_document->editTakeDish(m_dish);
}

RemoveDishCommand::RemoveDishCommand(MealDocument *document, int dish, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("MealCommands", "Delete %1").arg(document->meal().dishes.at(dish).name),
                   parent)
    , m_document(document)
    , m_dish(dish)
{
}

void RemoveDishCommand::redo()
{
    std::tie(m_content, m_place) = m_document->editTakeDish(m_dish);
}

void RemoveDishCommand::undo()
{
    m_document->editInsertDish(m_dish, m_content, m_place);
}

EditDishCommand::EditDishCommand(MealDocument *document, int dish, const Dish &after, const QString &text,
                                 const QString &field, QUndoCommand *parent)
    : ReplacePartCommand(document, dish, document->meal().dishes.at(dish), after, text, field, parent)
{
}

void EditDishCommand::apply(const Dish &dish)
{
    document()->editReplaceDish(index(), dish);
}

EditMealInfoCommand::EditMealInfoCommand(MealDocument *document, const MealInfo &after, const QString &text,
                                         const QString &field, QUndoCommand *parent)
    : ReplacePartCommand(document, 0, MealInfo{document->meal().name, document->meal().summary, document->meal().unit},
                         after, text, field, parent)
{
}

void EditMealInfoCommand::apply(const MealInfo &info)
{
    document()->editSetMealInfo(info.name, info.summary, info.unit);
}

EditLaneCommand::EditLaneCommand(MealDocument *document, int lane, const Lane &after, const QString &text,
                                 const QString &field, QUndoCommand *parent)
    : ReplacePartCommand(document, lane, document->meal().lanes.at(lane), after, text, field, parent)
{
}

void EditLaneCommand::apply(const Lane &lane)
{
    document()->editReplaceLane(index(), lane);
}

EditMealCommand::EditMealCommand(MealDocument *document, const Meal &after, const QString &text,
                                 const QString &field, QUndoCommand *parent)
    : ReplacePartCommand(document, 0, document->meal(), after, text, field, parent)
{
}

bool EditMealCommand::mergeWith(const QUndoCommand *other)
{
    if (!ReplacePartCommand::mergeWith(other))
        return false;
    setText(other->text()); // "Keep 4 kitchen helpers": where the typing ended
    return true;
}

void EditMealCommand::apply(const Meal &meal)
{
    document()->editReplaceMeal(meal);
}
