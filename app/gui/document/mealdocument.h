// SPDX-License-Identifier: MIT
#pragma once

#include "runresult.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <utility>

class DishListModel;
class LaneListModel;
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
    Q_PROPERTY(QString title READ title NOTIFY mealOpened)
    Q_PROPERTY(QString summary READ summary NOTIFY mealOpened)
    Q_PROPERTY(QString unit READ unit NOTIFY mealOpened)
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

public:
    explicit MealDocument(QObject *parent = nullptr);
    ~MealDocument() override;

    /// Opens a built-in meal by name or a meal file; on failure keeps the current meal.
    Q_INVOKABLE bool open(const QString &nameOrFile);

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
    Q_INVOKABLE void undo();
    Q_INVOKABLE void redo();

    /// The lane that holds the dish, or -1 for the shelf or an unknown dish.
    Q_INVOKABLE [[nodiscard]] int laneOf(const QString &dishId) const;
    Q_INVOKABLE [[nodiscard]] int indexInLane(const QString &dishId) const;
    Q_INVOKABLE [[nodiscard]] QString dishName(const QString &dishId) const;
    Q_INVOKABLE [[nodiscard]] QString laneMode(int lane) const;
    Q_INVOKABLE [[nodiscard]] int laneCount() const;

    [[nodiscard]] QString source() const { return m_source; }
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

Q_SIGNALS:
    /// A different meal was opened; the undo history starts over.
    void mealOpened();
    /// The meal changed, and the prediction with it.
    void mealChanged();
    void undoStateChanged();
    void errorStringChanged();

private:
    void setMeal(const Kitchen::Meal &meal, const QString &source);
    void refresh();
    void setErrorString(const QString &text);
    [[nodiscard]] bool isLane(int lane) const { return lane >= 0 && lane < m_meal.lanes.size(); }

    Kitchen::Meal m_meal;
    QString m_source;
    QString m_errorString;
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
