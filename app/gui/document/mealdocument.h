// SPDX-License-Identifier: MIT
#pragma once

#include "mealautosave.h"
#include "runresult.h"

#include <QObject>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <utility>

class DishListModel;
class LaneListModel;
class QUndoCommand;
class QUndoStack;
class TimelineModel;

Q_MOC_INCLUDE("dishlistmodel.h")
Q_MOC_INCLUDE("lanelistmodel.h")
Q_MOC_INCLUDE("timelinemodel.h")

/** @brief Where a dish sits: a lane and a position in it, or the shelf (lane -1). */
struct DishPlace {
    int lane = -1;
    int index = -1;

    bool operator==(const DishPlace &) const = default;
};

/**
 * @brief The meal being edited: the one place every change goes through.
 *
 * Each edit is a QUndoCommand on the document's undo stack. After every edit
 * the document recomputes the prediction on the virtual clock, and the totals
 * the same meal would take with every lane in sync, gather or TaskGroup mode.
 */
class MealDocument : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString source READ source NOTIFY mealOpened)
    Q_PROPERTY(QString title READ title NOTIFY mealChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY mealChanged)
    Q_PROPERTY(QString unit READ unit NOTIFY mealChanged)
    Q_PROPERTY(QString filePath READ filePath NOTIFY fileChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY displayNameChanged)
    Q_PROPERTY(bool modified READ modified NOTIFY modifiedChanged)
    Q_PROPERTY(QStringList errorDetails READ errorDetails NOTIFY errorStringChanged)
    Q_PROPERTY(QStringList recentFiles READ recentFiles NOTIFY recentFilesChanged)
    Q_PROPERTY(QStringList stations READ stations CONSTANT)
    Q_PROPERTY(QStringList icons READ icons CONSTANT)
    Q_PROPERTY(QVariantMap leftover READ leftover NOTIFY leftoverChanged)
    Q_PROPERTY(QStringList builtinMeals READ builtinMeals CONSTANT)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    Q_PROPERTY(DishListModel *shelf READ shelf CONSTANT)
    Q_PROPERTY(LaneListModel *lanes READ lanes CONSTANT)
    Q_PROPERTY(TimelineModel *prediction READ predictionTimeline CONSTANT)
    Q_PROPERTY(double total READ total NOTIFY mealChanged)
    Q_PROPERTY(bool finishes READ finishes NOTIFY mealChanged)
    Q_PROPERTY(double syncTotal READ syncTotal NOTIFY mealChanged)
    Q_PROPERTY(double gatherTotal READ gatherTotal NOTIFY mealChanged)
    Q_PROPERTY(double taskGroupTotal READ taskGroupTotal NOTIFY mealChanged)
    Q_PROPERTY(int revision READ revision NOTIFY mealChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoStateChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY undoStateChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoStateChanged)
    Q_PROPERTY(QString redoText READ redoText NOTIFY undoStateChanged)
    Q_PROPERTY(int helpers READ helpers NOTIFY mealChanged)
    /// [{id, name, capacity, uses}]: the meal's appliances; uses counts the steps that hold one.
    Q_PROPERTY(QVariantList appliances READ appliances NOTIFY mealChanged)
    /// [{id, name}]: every dish of the meal, in the meal's order (for pickers such as "needs").
    Q_PROPERTY(QVariantList dishChoices READ dishChoices NOTIFY mealChanged)

public:
    explicit MealDocument(QObject *parent = nullptr);
    ~MealDocument() override;

    /// Opens a built-in meal by name or a meal file; on failure keeps the current meal.
    Q_INVOKABLE bool open(const QString &nameOrFile);
    /// Opens a meal file from a file dialog or a drop.
    Q_INVOKABLE bool openFile(const QUrl &file);
    /// Starts an empty, never saved meal with one sync lane.
    Q_INVOKABLE void newMeal();
    /// Saves to the meal's file; false (and nothing written) for a meal that has none yet.
    Q_INVOKABLE bool save();
    Q_INVOKABLE bool saveAs(const QUrl &file);
    /// The user closes without saving: the recovery file goes too.
    Q_INVOKABLE void discardChanges();
    Q_INVOKABLE void clearError() { setError({}, {}); }
    Q_INVOKABLE void clearRecentFiles();

    /// Looks for work a crashed session left behind; true when leftover describes some.
    Q_INVOKABLE bool findLeftover();
    /// Takes the leftover in as a modified, unsaved meal.
    Q_INVOKABLE bool restoreLeftover();
    Q_INVOKABLE void discardLeftover();

    // Edits. Each one that changes something becomes one undoable command.
    /// Moves a dish to position @p index of lane @p lane (after taking it out); lane -1 is the shelf.
    Q_INVOKABLE bool moveDish(const QString &dishId, int lane, int index);
    /// Puts a dish alone into a new lane inserted at @p lane.
    Q_INVOKABLE bool moveDishToNewLane(const QString &dishId, int lane, const QString &mode);
    Q_INVOKABLE bool addLane(int lane, const QString &mode);
    /// Removes a lane; its dishes go back to the shelf.
    Q_INVOKABLE bool removeLane(int lane);
    Q_INVOKABLE bool moveLane(int from, int to);
    Q_INVOKABLE bool setLaneMode(int lane, const QString &mode);
    /// Blocking work becomes a non-blocking wait, and the other way round.
    Q_INVOKABLE bool toggleStepKind(const QString &dishId, int step);

    /// Adds a new dish at the end of @p lane (-1: the shelf) and returns its id.
    Q_INVOKABLE QString addDish(int lane);
    /// Adds a copy right after the dish and returns the copy's id.
    Q_INVOKABLE QString duplicateDish(const QString &dishId);
    Q_INVOKABLE bool removeDish(const QString &dishId);
    // Text edits: keystrokes in one field merge into one undo step until endTyping().
    Q_INVOKABLE bool setDishName(const QString &dishId, const QString &name);
    Q_INVOKABLE bool setDishStation(const QString &dishId, const QString &station);
    Q_INVOKABLE bool setDishIcon(const QString &dishId, const QString &icon);
    Q_INVOKABLE bool setStepLabel(const QString &dishId, int step, const QString &label);
    /// @p duration in the meal's unit; negative or absurd values are refused.
    Q_INVOKABLE bool setStepDuration(const QString &dishId, int step, double duration);
    Q_INVOKABLE bool setStepKind(const QString &dishId, int step, const QString &kind);
    Q_INVOKABLE bool setStepStartMessage(const QString &dishId, int step, const QString &message);
    Q_INVOKABLE bool setStepEndMessage(const QString &dishId, int step, const QString &message);
    /// Inserts a one-unit wait at @p step (-1: at the end).
    Q_INVOKABLE bool addStep(const QString &dishId, int step);
    Q_INVOKABLE bool removeStep(const QString &dishId, int step);
    Q_INVOKABLE bool moveStep(const QString &dishId, int from, int to);
    Q_INVOKABLE bool setMealName(const QString &name);
    Q_INVOKABLE bool setMealSummary(const QString &summary);
    Q_INVOKABLE bool setUnit(const QString &unit);

    // What goes wrong (issue 6): each a mistake a learner can make and then fix.
    /// The step kind that one click on a chip gives: work becomes a wait, a wait or a helper's step becomes work.
    Q_INVOKABLE [[nodiscard]] static QString toggledKind(const QString &kind);
    /// gather only: `return_exceptions=True`.
    Q_INVOKABLE bool setLaneReturnExceptions(int lane, bool on);
    /// `async with asyncio.timeout(...)` around the lane, in the meal's unit; 0 takes it away.
    Q_INVOKABLE bool setLaneTimeout(int lane, double timeout);
    /// Off: the lane forgets the dish's await (in a create_task lane: fire and forget).
    Q_INVOKABLE bool setDishAwaited(const QString &dishId, bool awaited);
    /// False only for a dish in a lane whose await is forgotten.
    Q_INVOKABLE [[nodiscard]] bool isAwaited(const QString &dishId) const;
    /// A lane for the editor: mode, returnExceptions, timeout, steps with every field; empty if unknown.
    Q_INVOKABLE [[nodiscard]] QVariantMap lane(int lane) const;
    // main()'s own steps in a create_task lane, edited like a dish's.
    Q_INVOKABLE bool addLaneStep(int lane, int step);
    Q_INVOKABLE bool removeLaneStep(int lane, int step);
    Q_INVOKABLE bool moveLaneStep(int lane, int from, int to);
    Q_INVOKABLE bool setLaneStepLabel(int lane, int step, const QString &label);
    Q_INVOKABLE bool setLaneStepDuration(int lane, int step, double duration);
    Q_INVOKABLE bool setLaneStepKind(int lane, int step, const QString &kind);
    Q_INVOKABLE bool toggleLaneStepKind(int lane, int step);
    Q_INVOKABLE bool setLaneStepStartMessage(int lane, int step, const QString &message);
    Q_INVOKABLE bool setLaneStepEndMessage(int lane, int step, const QString &message);
    Q_INVOKABLE bool setLaneStepError(int lane, int step, const QString &error);
    Q_INVOKABLE bool setLaneStepAppliance(int lane, int step, const QString &applianceId);
    /// Not empty: the dish burns after this step and raises RuntimeError(@p error); empty: it does not.
    Q_INVOKABLE bool setStepError(const QString &dishId, int step, const QString &error);
    /// The appliance the step holds (`async with burner:`), or empty for none.
    Q_INVOKABLE bool setStepAppliance(const QString &dishId, int step, const QString &applianceId);
    /// The message a new burning step raises.
    Q_INVOKABLE [[nodiscard]] QString defaultError(const QString &dishId) const;
    /// Whether @p dishId needs @p neededId's result; a dish cannot need itself.
    Q_INVOKABLE bool setDishNeeds(const QString &dishId, const QString &neededId, bool needs);
    /// What the dish returns when a dish it needs was not done; empty for "<name> not ready!".
    Q_INVOKABLE bool setDishNotReadyResult(const QString &dishId, const QString &result);
    /// asyncio.to_thread's workers, 1 to 32.
    Q_INVOKABLE bool setHelpers(int helpers);
    /// Adds an appliance with room for one dish and returns its id.
    Q_INVOKABLE QString addAppliance();
    /// Removes an appliance and clears it from every step that held it, in one undo step.
    Q_INVOKABLE bool removeAppliance(const QString &applianceId);
    /// Gives an appliance a new id (its Python name); the steps that hold it follow.
    Q_INVOKABLE bool setApplianceId(const QString &applianceId, const QString &newId);
    Q_INVOKABLE bool setApplianceName(const QString &applianceId, const QString &name);
    Q_INVOKABLE bool setApplianceCapacity(const QString &applianceId, int capacity);
    /// Why @p newId cannot be the id of appliance @p applianceId, or empty when it can.
    Q_INVOKABLE [[nodiscard]] QString applianceIdProblem(const QString &applianceId, const QString &newId) const;
    /// The appliance's name, or empty for an unknown id.
    Q_INVOKABLE [[nodiscard]] QString applianceName(const QString &applianceId) const;

    /// The field lost focus: the next keystroke starts a new undo step.
    Q_INVOKABLE void endTyping() { ++m_typingRun; }
    [[nodiscard]] int typingRun() const { return m_typingRun; }

    /// Asks whichever view edits dishes to open this one (a card's menu, a new dish).
    Q_INVOKABLE void editDish(const QString &dishId) { Q_EMIT editDishRequested(dishId); }
    /// A dish for the editor: id, name, station, icon, steps with every field; empty if unknown.
    Q_INVOKABLE [[nodiscard]] QVariantMap dish(const QString &dishId) const;
    Q_INVOKABLE void undo();
    Q_INVOKABLE void redo();

    /// The lane that holds the dish, or -1 for the shelf or an unknown dish.
    Q_INVOKABLE [[nodiscard]] int laneOf(const QString &dishId) const;
    Q_INVOKABLE [[nodiscard]] int indexInLane(const QString &dishId) const;
    Q_INVOKABLE [[nodiscard]] QString dishName(const QString &dishId) const;
    Q_INVOKABLE [[nodiscard]] QString laneMode(int lane) const;
    Q_INVOKABLE [[nodiscard]] int laneCount() const;

    [[nodiscard]] QString source() const { return m_source; }
    [[nodiscard]] QString filePath() const { return m_filePath; }
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] bool modified() const;
    [[nodiscard]] QStringList errorDetails() const { return m_errorDetails; }
    [[nodiscard]] QStringList recentFiles() const;
    [[nodiscard]] QStringList stations() const;
    [[nodiscard]] QStringList icons() const;
    [[nodiscard]] QVariantMap leftover() const;
    [[nodiscard]] Kitchen::MealAutosave *autosave() const { return m_autosave; }
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString summary() const;
    [[nodiscard]] QString unit() const;
    [[nodiscard]] QStringList builtinMeals() const;
    [[nodiscard]] QString errorString() const { return m_errorString; }
    [[nodiscard]] DishListModel *shelf() const { return m_shelf; }
    [[nodiscard]] LaneListModel *lanes() const { return m_lanes; }
    [[nodiscard]] TimelineModel *predictionTimeline() const { return m_predictionTimeline; }
    [[nodiscard]] double total() const;
    [[nodiscard]] bool finishes() const { return m_prediction.finished; }
    [[nodiscard]] double syncTotal() const { return m_syncTotal; }
    [[nodiscard]] double gatherTotal() const { return m_gatherTotal; }
    [[nodiscard]] double taskGroupTotal() const { return m_taskGroupTotal; }
    [[nodiscard]] int revision() const { return m_revision; }
    [[nodiscard]] bool canUndo() const;
    [[nodiscard]] bool canRedo() const;
    [[nodiscard]] QString undoText() const;
    [[nodiscard]] QString redoText() const;
    [[nodiscard]] int helpers() const { return m_meal.helpers; }
    [[nodiscard]] QVariantList appliances() const;
    [[nodiscard]] QVariantList dishChoices() const;

    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }
    [[nodiscard]] const Kitchen::Meal &meal() const { return m_meal; }
    [[nodiscard]] const Kitchen::RunResult &prediction() const { return m_prediction; }
    /// Meal indices of the dishes in the lanes, top lane first: the dishes that cook.
    [[nodiscard]] QList<int> cookingOrder() const;

    // The primitive changes the undo commands make; each one refreshes the views.
    [[nodiscard]] DishPlace placeOf(const QString &dishId) const;
    void editPutDish(const QString &dishId, DishPlace to);
    [[nodiscard]] quint64 newLaneKey() { return ++m_lastLaneKey; }
    void editInsertLane(int lane, const Kitchen::Lane &content, quint64 key);
    [[nodiscard]] std::pair<Kitchen::Lane, quint64> editTakeLane(int lane);
    void editMoveLane(int from, int to);
    void editSetLaneMode(int lane, Kitchen::LaneMode mode);
    void editSetStepKind(int dish, int step, Kitchen::StepKind kind);
    void editReplaceDish(int dish, const Kitchen::Dish &content);
    void editInsertDish(int dish, const Kitchen::Dish &content, DishPlace place);
    /// Takes a dish out of the meal and out of its lane; returns it and where it was.
    [[nodiscard]] std::pair<Kitchen::Dish, DishPlace> editTakeDish(int dish);
    void editSetMealInfo(const QString &name, const QString &summary, Kitchen::TimeUnit unit);
    /// Replaces one lane's content; its key (and so its delegate) stays.
    void editReplaceLane(int lane, const Kitchen::Lane &content);
    /// Replaces the whole meal; the lanes keep their keys, so their number must not change.
    void editReplaceMeal(const Kitchen::Meal &meal);

Q_SIGNALS:
    /// A different meal was opened; the undo history starts over.
    void mealOpened();
    /// The meal changed, and the prediction with it.
    void mealChanged();
    void undoStateChanged();
    void errorStringChanged();
    void fileChanged();
    void displayNameChanged();
    void modifiedChanged();
    void recentFilesChanged();
    void leftoverChanged();
    void editDishRequested(const QString &dishId);

    // A place in the meal a view points at (a warning was picked); the editor highlights it.
    // Not part of the meal: no undo, no "modified"; every selectPlace() announces itself,
    // so picking the same place again scrolls to it again.
public:
    /// {dishId, step, lane}: a dish ("" for none), its step or -1, a lane or -1; empty for nothing.
    Q_PROPERTY(QVariantMap selection READ selection NOTIFY selectionChanged)
    /// Points at a dish (and a step of it), or at a lane when @p dishId is empty; false if unknown.
    Q_INVOKABLE bool selectPlace(const QString &dishId, int step, int lane);
    Q_INVOKABLE void clearSelection();
    [[nodiscard]] QVariantMap selection() const { return m_selection; }
Q_SIGNALS:
    void selectionChanged();
private:
    QVariantMap m_selection;

private:
    void setMeal(const Kitchen::Meal &meal, const QString &source);
    void refresh();
    void setErrorString(const QString &text) { setError(text, text.isEmpty() ? QStringList() : QStringList{text}); }
    void setError(const QString &text, const QStringList &details);
    void setFilePath(const QString &path);
    void rememberRecentFile(const QString &path);
    void autosaveAfterEdit();
    /// Pushes a whole-dish edit; @p field names what keystrokes may merge into (empty: never).
    bool pushDishEdit(qsizetype dish, const Kitchen::Dish &content, const QString &text, const QString &field);
    bool pushMealInfo(const QString &name, const QString &summary, Kitchen::TimeUnit unit, const QString &text,
                      const QString &field);
    /// Pushes a whole-lane edit; @p field names what keystrokes may merge into (empty: never).
    bool pushLaneEdit(int lane, const Kitchen::Lane &content, const QString &text, const QString &field);
    /// Pushes a whole-meal edit (lanes keep their number); @p field as for pushLaneEdit.
    bool pushMealEdit(const Kitchen::Meal &meal, const QString &text, const QString &field);
    /// The meal without any reference to @p dishId: not needed, not forgotten in a lane.
    [[nodiscard]] Kitchen::Meal withoutReferencesTo(const QString &dishId) const;
    /// True when the dish's await is forgotten in its lane and it is going to lane @p toLane.
    [[nodiscard]] bool leavesForgotten(const QString &dishId, int toLane) const;
    /// A child of @p parent that takes back the dish's forgotten await, before it leaves its lane.
    void awaitAgain(const QString &dishId, QUndoCommand *parent);
    /// Pushes a change to one step of a dish (@p lane < 0) or of a lane's own steps.
    template<typename Change>
    bool pushStepEdit(const QString &dishId, int lane, int step, Change change, const QString &text,
                      const QString &field);
    [[nodiscard]] QString uniqueDishId(const QString &stem) const;
    [[nodiscard]] bool isLane(int lane) const { return lane >= 0 && lane < m_meal.lanes.size(); }

    Kitchen::Meal m_meal;
    QString m_source;
    QString m_errorString;
    QStringList m_errorDetails;
    QString m_filePath; ///< the meal file; empty for a built-in or a new meal
    int m_typingRun = 0;
    Kitchen::MealAutosave *m_autosave = nullptr;
    std::optional<Kitchen::RecoveredMeal> m_leftover;
    QList<quint64> m_laneKeys; ///< parallel to m_meal.lanes
    quint64 m_lastLaneKey = 0;
    Kitchen::RunResult m_prediction;
    double m_syncTotal = 0;
    double m_gatherTotal = 0;
    double m_taskGroupTotal = 0;
    int m_revision = 0;
    QUndoStack *m_undoStack = nullptr;
    DishListModel *m_shelf = nullptr;
    LaneListModel *m_lanes = nullptr;
    TimelineModel *m_predictionTimeline = nullptr;
};
