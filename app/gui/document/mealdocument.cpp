// SPDX-License-Identifier: MIT
#include "mealdocument.h"

#include "builtinmeals.h"
#include "dishlistmodel.h"
#include "lanelistmodel.h"
#include "mealcommands.h"
#include "mealsaver.h"
#include "runtrace.h"
#include "simulation.h"
#include "timelinemodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QUndoStack>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Kitchen;

namespace {
constexpr int maxRecentFiles = 8;
const auto recentFilesKey = u"recentFiles"_s;

/// Tests and demos keep their recovery files away from the user's with this variable.
QString recoveryDirectory()
{
    return qEnvironmentVariable("ASYNC_KITCHEN_RECOVERY_DIR");
}

QVariantList stepsForEditor(const Dish &dish)
{
    QVariantList steps;
    for (const Step &step : dish.steps)
        steps << QVariantMap{{u"label"_s, step.label},
                             {u"duration"_s, toUnits(step.duration)},
                             {u"kind"_s, toString(step.kind)},
                             {u"startMessage"_s, step.startMessage},
                             {u"endMessage"_s, step.endMessage}};
    return steps;
}
} // namespace

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
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &MealDocument::modifiedChanged);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MealDocument::autosaveAfterEdit);
    m_autosave = new MealAutosave(recoveryDirectory(), this);
    connect(m_autosave, &MealAutosave::saveFailed, this, [this](const QString &message) {
        setErrorString(tr("Autosave failed: %1").arg(message));
    });
    refresh();
}

MealDocument::~MealDocument() = default;

bool MealDocument::open(const QString &nameOrFile)
{
    const MealReadResult read = BuiltinMeals::open(nameOrFile);
    if (!read.ok()) {
        setError(read.firstError(nameOrFile), read.messages(nameOrFile));
        return false;
    }
    setErrorString({});
    const bool builtin = BuiltinMeals::names().contains(nameOrFile);
    setMeal(*read.meal, nameOrFile);
    setFilePath(builtin ? QString() : QFileInfo(nameOrFile).absoluteFilePath());
    if (!builtin)
        rememberRecentFile(m_filePath);
    return true;
}

bool MealDocument::openFile(const QUrl &file)
{
    return open(file.isLocalFile() ? file.toLocalFile() : file.toString());
}

void MealDocument::newMeal()
{
    Meal meal;
    meal.name = tr("New meal");
    meal.lanes << Lane{};
    setErrorString({});
    setMeal(meal, {});
    setFilePath({});
}

bool MealDocument::save()
{
    return !m_filePath.isEmpty() && saveAs(QUrl::fromLocalFile(m_filePath));
}

bool MealDocument::saveAs(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const SaveResult saved = saveMealFile(path, m_meal);
    if (!saved.ok()) {
        setErrorString(saved.error);
        return false;
    }
    setErrorString({});
    m_source = path;
    setFilePath(QFileInfo(path).absoluteFilePath());
    m_undoStack->setClean();
    m_autosave->discard();
    rememberRecentFile(m_filePath);
    return true;
}

void MealDocument::discardChanges()
{
    m_autosave->discard();
}

QStringList MealDocument::recentFiles() const
{
    return QSettings().value(recentFilesKey).toStringList();
}

void MealDocument::clearRecentFiles()
{
    QSettings().remove(recentFilesKey);
    Q_EMIT recentFilesChanged();
}

void MealDocument::rememberRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    QSettings().setValue(recentFilesKey, files.mid(0, maxRecentFiles));
    Q_EMIT recentFilesChanged();
}

void MealDocument::setFilePath(const QString &path)
{
    if (m_filePath == path)
        return;
    m_filePath = path;
    Q_EMIT fileChanged();
    Q_EMIT displayNameChanged();
}

QString MealDocument::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    return m_meal.name.isEmpty() ? tr("Untitled meal") : m_meal.name;
}

bool MealDocument::modified() const
{
    return !m_undoStack->isClean();
}

void MealDocument::autosaveAfterEdit()
{
    if (m_undoStack->isClean())
        m_autosave->discard(); // saved, or undone back to the saved meal: nothing to recover
    else
        m_autosave->mealChanged(m_meal, m_filePath);
}

bool MealDocument::findLeftover()
{
    const QList<RecoveredMeal> leftovers = m_autosave->leftovers();
    if (leftovers.isEmpty())
        m_leftover.reset();
    else
        m_leftover = leftovers.constFirst();
    Q_EMIT leftoverChanged();
    return m_leftover.has_value();
}

QVariantMap MealDocument::leftover() const
{
    if (!m_leftover)
        return {};
    QStringList problems;
    for (const MealProblem &problem : m_leftover->problems)
        problems << describeProblem(m_leftover->recoveryPath, problem);
    return {{u"name"_s, m_leftover->meal.name},
            {u"originalPath"_s, m_leftover->originalPath},
            {u"savedAt"_s, m_leftover->savedAt.toLocalTime()},
            {u"problems"_s, problems}};
}

bool MealDocument::restoreLeftover()
{
    if (!m_leftover)
        return false;
    const RecoveredMeal leftover = *std::exchange(m_leftover, std::nullopt);
    Q_EMIT leftoverChanged();
    setErrorString({});
    setMeal(leftover.meal, leftover.originalPath);
    setFilePath(leftover.originalPath);
    m_undoStack->resetClean(); // restored work is not on disk yet: the title says so
    if (!m_autosave->restore(leftover)) {
        setErrorString(tr("The restored meal could not be kept in %1").arg(m_autosave->directory()));
        return false;
    }
    return true;
}

void MealDocument::discardLeftover()
{
    if (!m_leftover)
        return;
    m_autosave->discardLeftover(*m_leftover);
    m_leftover.reset();
    Q_EMIT leftoverChanged();
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
    m_undoStack->push(new RemoveDishCommand(this, int(index)));
    return true;
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
    return toggleStepKind(dishId, step);
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

bool MealDocument::pushMealInfo(const QString &name, const QString &summary, TimeUnit unit, const QString &text,
                                const QString &field)
{
    const EditMealInfoCommand::Info after{name, summary, unit};
    if (after == EditMealInfoCommand::Info{m_meal.name, m_meal.summary, m_meal.unit})
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

QVariantMap MealDocument::dish(const QString &dishId) const
{
    const qsizetype index = m_meal.dishIndex(dishId);
    if (index < 0)
        return {};
    const Dish &dish = m_meal.dishes.at(index);
    return {{u"id"_s, dish.id},           {u"name"_s, dish.name}, {u"station"_s, dish.station},
            {u"icon"_s, dish.icon},       {u"steps"_s, stepsForEditor(dish)},
            {u"lane"_s, placeOf(dishId).lane}};
}

QStringList MealDocument::stations() const
{
    return {u"stove"_s, u"oven"_s, u"microwave"_s, u"board"_s, u"kettle"_s, u"grinder"_s, u"toaster"_s, u"brewer"_s};
}

QStringList MealDocument::icons() const
{
    // Art from resources/art that reads as food or a kitchen tool.
    return {u"pot"_s, u"steam"_s, u"kettle"_s, u"oven"_s, u"toaster"_s, u"brewer"_s, u"grinder"_s,
            u"microwave"_s, u"board"_s, u"stove"_s, u"cupboard"_s, u"timer"_s, u"alarm"_s};
}

QString MealDocument::uniqueDishId(const QString &stem) const
{
    const QString base = stem.left(56);
    if (m_meal.dishIndex(base) < 0)
        return base;
    for (int n = 2;; ++n) {
        const QString id = base + u'_' + QString::number(n);
        if (m_meal.dishIndex(id) < 0)
            return id;
    }
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

void MealDocument::editReplaceDish(int dish, const Dish &content)
{
    m_meal.dishes[dish] = content;
    refresh();
}

void MealDocument::editInsertDish(int dish, const Dish &content, DishPlace place)
{
    m_meal.dishes.insert(dish, content);
    if (isLane(place.lane)) {
        QStringList &ids = m_meal.lanes[place.lane].dishIds;
        ids.insert(std::clamp<qsizetype>(place.index, 0, ids.size()), content.id);
    }
    refresh();
}

std::pair<Dish, DishPlace> MealDocument::editTakeDish(int dish)
{
    const DishPlace place = placeOf(m_meal.dishes.at(dish).id);
    if (place.lane >= 0)
        m_meal.lanes[place.lane].dishIds.removeAt(place.index);
    std::pair<Dish, DishPlace> taken{m_meal.dishes.takeAt(dish), place};
    refresh();
    return taken;
}

void MealDocument::editSetMealInfo(const QString &name, const QString &summary, TimeUnit unit)
{
    m_meal.name = name;
    m_meal.summary = summary;
    m_meal.unit = unit;
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
    Q_EMIT displayNameChanged();
}

void MealDocument::setError(const QString &text, const QStringList &details)
{
    if (m_errorString == text && m_errorDetails == details)
        return;
    m_errorString = text;
    m_errorDetails = details;
    Q_EMIT errorStringChanged();
}
