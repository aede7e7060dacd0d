// SPDX-License-Identifier: MIT
#include "mealdocument.h"

#include "builtinmeals.h"
#include "dishlistmodel.h"
#include "lanelistmodel.h"
#include "mealcommands.h"
#include "runtrace.h"
#include "simulation.h"
#include "timelinemodel.h"

#include <QCoreApplication>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Kitchen;

MealDocument::MealDocument(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
    , m_shelf(new DishListModel(this))
    , m_lanes(new LaneListModel(this))
    , m_predictionTimeline(new TimelineModel(this))
{
    connect(m_undoStack, &QUndoStack::canUndoChanged, this, &MealDocument::undoStateChanged);
    connect(m_undoStack, &QUndoStack::canRedoChanged, this, &MealDocument::undoStateChanged);
    connect(m_undoStack, &QUndoStack::undoTextChanged, this, &MealDocument::undoStateChanged);
    connect(m_undoStack, &QUndoStack::redoTextChanged, this, &MealDocument::undoStateChanged);
    refresh();
}

MealDocument::~MealDocument() = default;

bool MealDocument::open(const QString &nameOrFile)
{
    const MealReadResult read = BuiltinMeals::open(nameOrFile);
    if (!read.ok()) {
        setErrorString(read.firstError(nameOrFile));
        return false;
    }
    setErrorString({});
    setMeal(*read.meal, nameOrFile);
    return true;
}

void MealDocument::setMeal(const Meal &meal, const QString &source)
{
    m_undoStack->clear();
    m_meal = meal;
    m_source = source;
    m_laneKeys.clear();
    for (qsizetype i = 0; i < m_meal.lanes.size(); ++i)
        m_laneKeys << newLaneKey();
    refresh();
    Q_EMIT mealOpened();
}

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
    m_undoStack->push(new MoveDishCommand(this, dishId, to));
    return true;
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

bool MealDocument::toggleStepKind(const QString &dishId, int step)
{
    const qsizetype dish = m_meal.dishIndex(dishId);
    if (dish < 0 || step < 0 || step >= m_meal.dishes.at(dish).steps.size())
        return false;
    m_undoStack->push(new ToggleStepKindCommand(this, int(dish), step));
    return true;
}

void MealDocument::undo()
{
    m_undoStack->undo();
}

void MealDocument::redo()
{
    m_undoStack->redo();
}

int MealDocument::laneOf(const QString &dishId) const
{
    return placeOf(dishId).lane;
}

int MealDocument::indexInLane(const QString &dishId) const
{
    return placeOf(dishId).index;
}

QString MealDocument::dishName(const QString &dishId) const
{
    const qsizetype dish = m_meal.dishIndex(dishId);
    return dish < 0 ? QString() : m_meal.dishes.at(dish).name;
}

QString MealDocument::laneMode(int lane) const
{
    return isLane(lane) ? toString(m_meal.lanes.at(lane).mode) : QString();
}

int MealDocument::laneCount() const
{
    return int(m_meal.lanes.size());
}

QString MealDocument::title() const
{
    return m_meal.name;
}

QString MealDocument::summary() const
{
    return m_meal.summary;
}

QString MealDocument::unit() const
{
    return toString(m_meal.unit);
}

QStringList MealDocument::builtinMeals() const
{
    return BuiltinMeals::names();
}

double MealDocument::total() const
{
    return toUnits(m_prediction.total);
}

bool MealDocument::canUndo() const
{
    return m_undoStack->canUndo();
}

bool MealDocument::canRedo() const
{
    return m_undoStack->canRedo();
}

QString MealDocument::undoText() const
{
    return m_undoStack->undoText();
}

QString MealDocument::redoText() const
{
    return m_undoStack->redoText();
}

QList<int> MealDocument::cookingOrder() const
{
    QList<int> order;
    for (const Lane &lane : m_meal.lanes) {
        for (const QString &id : lane.dishIds) {
            const qsizetype dish = m_meal.dishIndex(id);
            if (dish >= 0 && !order.contains(int(dish)))
                order << int(dish);
        }
    }
    return order;
}

DishPlace MealDocument::placeOf(const QString &dishId) const
{
    for (int lane = 0; lane < m_meal.lanes.size(); ++lane) {
        const qsizetype index = m_meal.lanes.at(lane).dishIds.indexOf(dishId);
        if (index >= 0)
            return {lane, int(index)};
    }
    return {};
}

void MealDocument::editPutDish(const QString &dishId, DishPlace to)
{
    const DishPlace from = placeOf(dishId);
    if (from.lane >= 0)
        m_meal.lanes[from.lane].dishIds.removeAt(from.index);
    if (isLane(to.lane)) {
        QStringList &ids = m_meal.lanes[to.lane].dishIds;
        ids.insert(std::clamp<qsizetype>(to.index, 0, ids.size()), dishId);
    }
    refresh();
}

void MealDocument::editInsertLane(int lane, const Lane &content, quint64 key)
{
    m_meal.lanes.insert(lane, content);
    m_laneKeys.insert(lane, key);
    refresh();
}

std::pair<Lane, quint64> MealDocument::editTakeLane(int lane)
{
    std::pair<Lane, quint64> taken{m_meal.lanes.takeAt(lane), m_laneKeys.takeAt(lane)};
    refresh();
    return taken;
}

void MealDocument::editMoveLane(int from, int to)
{
    m_meal.lanes.move(from, to);
    m_laneKeys.move(from, to);
    refresh();
}

void MealDocument::editSetLaneMode(int lane, LaneMode mode)
{
    m_meal.lanes[lane].mode = mode;
    refresh();
}

void MealDocument::editSetStepKind(int dish, int step, StepKind kind)
{
    m_meal.dishes[dish].steps[step].kind = kind;
    refresh();
}

void MealDocument::refresh()
{
    QList<LaneRow> lanes;
    QStringList inLanes;
    for (qsizetype lane = 0; lane < m_meal.lanes.size(); ++lane) {
        LaneRow row{m_laneKeys.at(lane), m_meal.lanes.at(lane).mode, {}};
        for (const QString &id : m_meal.lanes.at(lane).dishIds) {
            const qsizetype dish = m_meal.dishIndex(id);
            if (dish >= 0)
                row.dishes << m_meal.dishes.at(dish);
            inLanes << id;
        }
        lanes << row;
    }
    QList<Dish> shelf;
    for (const Dish &dish : std::as_const(m_meal.dishes)) {
        if (!inLanes.contains(dish.id))
            shelf << dish;
    }

    m_prediction = simulate(m_meal);
    m_syncTotal = toUnits(simulate(m_meal.withAllLanes(LaneMode::Sync)).total);
    m_gatherTotal = toUnits(simulate(m_meal.withAllLanes(LaneMode::Gather)).total);
    m_taskGroupTotal = toUnits(simulate(m_meal.withAllLanes(LaneMode::TaskGroup)).total);
    ++m_revision;

    m_lanes->setLanes(lanes);
    m_shelf->setDishes(shelf);
    m_predictionTimeline->show(RunTrace::fromResult(m_prediction), m_meal, cookingOrder(), m_prediction.total);
    Q_EMIT mealChanged();
}

void MealDocument::setErrorString(const QString &text)
{
    if (m_errorString == text)
        return;
    m_errorString = text;
    Q_EMIT errorStringChanged();
}
