// SPDX-License-Identifier: MIT
// MealDocument's lane edits: moving dishes between lanes, lane modes, options and awaits.
// The class is in mealdocument.h; its files, state and queries are in mealdocument.cpp.
#include "mealdocument.h"

#include "mealcommands.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace Kitchen;

bool MealDocument::moveDish(const QString &dishId, int lane, int index)
{
    const DishPlace from = placeOf(dishId);
    if (m_meal.dishIndex(dishId) < 0 || (lane != -1 && !isLane(lane)))
        return false;
    DishPlace to{lane, lane < 0 ? -1 : index};
    if (lane >= 0) {
        qsizetype room = m_meal.lanes.at(lane).dishIds.size();
        if (from.lane == lane)
            --room; // the dish leaves before it comes back
        to.index = int(std::clamp<qsizetype>(index < 0 ? room : index, 0, room));
    }
    if (to == from)
        return false;
    if (!leavesForgotten(dishId, to.lane)) {
        m_undoStack->push(new MoveDishCommand(this, dishId, to));
        return true;
    }
    // One undo step: the lane takes its forgotten await back, and the dish goes.
    auto *both = new QUndoCommand;
    awaitAgain(dishId, both);
    both->setText((new MoveDishCommand(this, dishId, to, both))->text());
    m_undoStack->push(both);
    return true;
}

bool MealDocument::leavesForgotten(const QString &dishId, int toLane) const
{
    const DishPlace from = placeOf(dishId);
    return from.lane >= 0 && from.lane != toLane && !m_meal.lanes.at(from.lane).awaits(dishId);
}

void MealDocument::awaitAgain(const QString &dishId, QUndoCommand *parent)
{
    const int lane = placeOf(dishId).lane;
    Lane content = m_meal.lanes.at(lane);
    content.unawaited.removeAll(dishId);
    new EditLaneCommand(this, lane, content, tr("Await %1").arg(dishName(dishId)), {}, parent);
}

bool MealDocument::moveDishToNewLane(const QString &dishId, int lane, const QString &mode)
{
    LaneMode laneMode;
    if (m_meal.dishIndex(dishId) < 0 || !parseLaneMode(mode, laneMode))
        return false;
    lane = int(std::clamp<qsizetype>(lane < 0 ? m_meal.lanes.size() : lane, 0, m_meal.lanes.size()));
    // One undo step: the new lane and the dish that moves into it.
    auto *both = new QUndoCommand(QCoreApplication::translate("MealCommands", "Move %1 to a new lane")
                                      .arg(dishName(dishId)));
    if (leavesForgotten(dishId, -1))
        awaitAgain(dishId, both); // before the new lane shifts the lanes below it
    new AddLaneCommand(this, lane, laneMode, both);
    new MoveDishCommand(this, dishId, {lane, 0}, both);
    m_undoStack->push(both);
    return true;
}

bool MealDocument::addLane(int lane, const QString &mode)
{
    LaneMode laneMode;
    if (!parseLaneMode(mode, laneMode))
        return false;
    lane = int(std::clamp<qsizetype>(lane < 0 ? m_meal.lanes.size() : lane, 0, m_meal.lanes.size()));
    m_undoStack->push(new AddLaneCommand(this, lane, laneMode));
    return true;
}

bool MealDocument::removeLane(int lane)
{
    if (!isLane(lane))
        return false;
    m_undoStack->push(new RemoveLaneCommand(this, lane));
    return true;
}

bool MealDocument::moveLane(int from, int to)
{
    if (!isLane(from) || !isLane(to) || from == to)
        return false;
    m_undoStack->push(new MoveLaneCommand(this, from, to));
    return true;
}

bool MealDocument::setLaneMode(int lane, const QString &mode)
{
    LaneMode laneMode;
    if (!isLane(lane) || !parseLaneMode(mode, laneMode) || m_meal.lanes.at(lane).mode == laneMode)
        return false;
    m_undoStack->push(new SetLaneModeCommand(this, lane, laneMode));
    return true;
}

bool MealDocument::pushLaneEdit(int lane, const Lane &content, const QString &text, const QString &field)
{
    if (!isLane(lane) || m_meal.lanes.at(lane) == content)
        return false;
    m_undoStack->push(new EditLaneCommand(this, lane, content, text, field));
    return true;
}


bool MealDocument::setLaneReturnExceptions(int lane, bool on)
{
    // Only a gather collects errors; a file may keep the flag on other lanes, but the window sets it on gather.
    if (!isLane(lane) || m_meal.lanes.at(lane).mode != LaneMode::Gather)
        return false;
    Lane content = m_meal.lanes.at(lane);
    content.returnExceptions = on;
    return pushLaneEdit(lane, content,
                        on ? tr("Collect the errors of lane %1 as results").arg(lane + 1)
                           : tr("Let the errors of lane %1 raise").arg(lane + 1),
                        {});
}

bool MealDocument::setLaneTimeout(int lane, double timeout)
{
    if (!isLane(lane) || !std::isfinite(timeout) || timeout < 0 || timeout > maxDurationUnits)
        return false;
    Lane content = m_meal.lanes.at(lane);
    content.timeout = fromUnits(timeout);
    if (timeout > 0 && content.timeout == 0)
        return false; // finer than a tick: it would read as no timeout at all
    const bool wasOn = m_meal.lanes.at(lane).timeout > 0;
    QString text;
    if (content.timeout == 0)
        text = tr("Take the timeout off lane %1").arg(lane + 1);
    else if (!wasOn)
        text = tr("Give lane %1 a timeout").arg(lane + 1);
    else
        text = tr("Change the timeout of lane %1").arg(lane + 1);
    // Typing a number is one step; switching the timeout on or off is one of its own.
    const bool typing = wasOn && content.timeout > 0;
    return pushLaneEdit(lane, content, text, typing ? u"timeout"_s : QString());
}

bool MealDocument::setDishAwaited(const QString &dishId, bool awaited)
{
    const DishPlace place = placeOf(dishId);
    if (place.lane < 0)
        return false;
    Lane content = m_meal.lanes.at(place.lane);
    if (content.awaits(dishId) == awaited)
        return false;
    if (awaited)
        content.unawaited.removeAll(dishId);
    else
        content.unawaited.append(dishId);
    const QString name = dishName(dishId);
    QString text;
    if (content.mode == LaneMode::CreateTask)
        text = awaited ? tr("Await the %1 task").arg(name) : tr("Fire and forget %1").arg(name);
    else
        text = awaited ? tr("Await %1").arg(name) : tr("Forget to await %1").arg(name);
    return pushLaneEdit(place.lane, content, text, {});
}
