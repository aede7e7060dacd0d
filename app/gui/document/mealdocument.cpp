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
#include <QSet>
#include <QSettings>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <optional>

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

bool MealDocument::pushLaneEdit(int lane, const Lane &content, const QString &text, const QString &field)
{
    if (!isLane(lane) || m_meal.lanes.at(lane) == content)
        return false;
    m_undoStack->push(new EditLaneCommand(this, lane, content, text, field));
    return true;
}

bool MealDocument::pushMealEdit(const Meal &meal, const QString &text, const QString &field)
{
    if (meal == m_meal || meal.lanes.size() != m_meal.lanes.size())
        return false;
    m_undoStack->push(new EditMealCommand(this, meal, text, field));
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
