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

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSettings>
#include <QUndoStack>

#include <algorithm>
#include <optional>
#include <utility>

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

QVariantList stepsForEditor(const QList<Step> &list)
{
    QVariantList steps;
    for (const Step &step : list)
        steps << QVariantMap{{u"label"_s, step.label},
                             {u"duration"_s, toUnits(step.duration)},
                             {u"kind"_s, toString(step.kind)},
                             {u"startMessage"_s, step.startMessage},
                             {u"endMessage"_s, step.endMessage},
                             {u"error"_s, step.error},
                             {u"appliance"_s, step.appliance}};
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

bool MealDocument::isAwaited(const QString &dishId) const
{
    const DishPlace place = placeOf(dishId);
    return place.lane < 0 || m_meal.lanes.at(place.lane).awaits(dishId);
}

QVariantMap MealDocument::lane(int lane) const
{
    if (!isLane(lane))
        return {};
    const Lane &content = m_meal.lanes.at(lane);
    return {{u"mode"_s, toString(content.mode)},
            {u"returnExceptions"_s, content.returnExceptions},
            {u"timeout"_s, toUnits(content.timeout)},
            {u"unawaited"_s, content.unawaited},
            {u"steps"_s, stepsForEditor(content.steps)}};
}

QVariantList MealDocument::dishChoices() const
{
    QVariantList list;
    for (const Dish &dish : m_meal.dishes)
        list << QVariantMap{{u"id"_s, dish.id}, {u"name"_s, dish.name}};
    return list;
}

QVariantMap MealDocument::dish(const QString &dishId) const
{
    const qsizetype index = m_meal.dishIndex(dishId);
    if (index < 0)
        return {};
    const Dish &dish = m_meal.dishes.at(index);
    return {{u"id"_s, dish.id},           {u"name"_s, dish.name}, {u"station"_s, dish.station},
            {u"icon"_s, dish.icon},       {u"steps"_s, stepsForEditor(dish.steps)},
            {u"lane"_s, placeOf(dishId).lane},
            {u"needs"_s, dish.needs},
            {u"notReadyResult"_s, dish.notReadyResult},
            {u"defaultNotReadyResult"_s, tr("%1 not ready!").arg(dish.name)},
            {u"awaited"_s, isAwaited(dishId)}};
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
    const QHash<QString, qsizetype> dishes = m_meal.dishIndexes();
    QList<int> order;
    QSet<int> seen;
    for (const Lane &lane : m_meal.lanes) {
        for (const QString &id : lane.dishIds) {
            const int dish = int(dishes.value(id, -1));
            if (dish >= 0 && !seen.contains(dish)) {
                seen.insert(dish);
                order << dish;
            }
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

void MealDocument::editReplaceLane(int lane, const Lane &content)
{
    m_meal.lanes[lane] = content;
    refresh();
}

void MealDocument::editReplaceMeal(const Meal &meal)
{
    Q_ASSERT(meal.lanes.size() == m_laneKeys.size());
    m_meal = meal;
    refresh();
}

void MealDocument::refresh()
{
    QList<LaneRow> lanes;
    QSet<QString> inLanes;
    const QHash<QString, qsizetype> dishes = m_meal.dishIndexes();
    for (qsizetype lane = 0; lane < m_meal.lanes.size(); ++lane) {
        LaneRow row;
        row.key = m_laneKeys.at(lane);
        row.mode = m_meal.lanes.at(lane).mode;
        row.content = m_meal.lanes.at(lane);
        for (const QString &id : m_meal.lanes.at(lane).dishIds) {
            const qsizetype dish = dishes.value(id, -1);
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
    // The strategy comparison needs only totals; a meal already in one mode has its own.
    const auto totalWithAllLanes = [this](LaneMode mode) {
        const Meal variant = m_meal.withAllLanes(mode);
        return toUnits(variant == m_meal ? m_prediction.total : simulateTotal(variant));
    };
    m_syncTotal = totalWithAllLanes(LaneMode::Sync);
    m_gatherTotal = totalWithAllLanes(LaneMode::Gather);
    m_taskGroupTotal = totalWithAllLanes(LaneMode::TaskGroup);
    ++m_revision;

    m_lanes->setLanes(lanes, m_meal.appliances);
    m_shelf->setDishes(shelf, {}, m_meal.appliances);
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

bool MealDocument::selectPlace(const QString &dishId, int step, int lane)
{
    const qsizetype dish = dishId.isEmpty() ? -1 : m_meal.dishIndex(dishId);
    if ((!dishId.isEmpty() && dish < 0) || (dishId.isEmpty() && !isLane(lane)))
        return false;
    // A step of the dish, or of the lane's own steps (main()'s, in a create_task lane).
    const qsizetype steps = dish >= 0 ? m_meal.dishes.at(dish).steps.size() : m_meal.lanes.at(lane).steps.size();
    const bool hasStep = step >= 0 && step < steps;
    m_selection = {{u"dishId"_s, dishId}, {u"step"_s, hasStep ? step : -1}, {u"lane"_s, isLane(lane) ? lane : -1}};
    Q_EMIT selectionChanged();
    return true;
}

void MealDocument::clearSelection()
{
    if (m_selection.isEmpty())
        return;
    m_selection.clear();
    Q_EMIT selectionChanged();
}
