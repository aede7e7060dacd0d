// SPDX-License-Identifier: MIT
#pragma once

#include "meal.h"
#include "runtrace.h"
#include "scenemodel.h"

#include <QHash>
#include <QList>

/** @brief The kitchen at one moment of a run: a scene row per dish, the appliances, the helpers. */
struct KitchenFrame {
    QList<SceneRow> rows;
    QList<SceneAppliance> appliances;
    int helpersBusy = 0;
    int helpersWaiting = 0;
    int cookRow = -1; ///< the row whose blocking work holds the loop, or -1
};

/**
 * @brief Draws the kitchen of one played meal at any moment of its trace.
 *
 * The player asks for a frame about sixty times a second; what does not change with
 * time (each dish's lane, the length of its steps, ids to names) is worked out once here.
 */
class KitchenFramer
{
public:
    KitchenFramer() = default;
    /// Frames of @p meal with its dishes (meal indices) in @p order, the scene's rows.
    KitchenFramer(const Kitchen::Meal &meal, const QList<int> &order);

    [[nodiscard]] KitchenFrame frameAt(const RunTrace &trace, Kitchen::Ticks t) const;

private:
    struct DishNow;
    struct NotesSoFar;

    [[nodiscard]] QList<DishNow> dishesAt(const RunTrace &trace, Kitchen::Ticks t) const;
    [[nodiscard]] NotesSoFar notesUntil(const RunTrace &trace, Kitchen::Ticks t) const;
    [[nodiscard]] QString namesOf(const QStringList &dishIds) const;

    Kitchen::Meal m_meal;
    QList<int> m_order;
    QList<int> m_laneOf;              ///< per dish: the lane it cooks in, or -1
    QList<Kitchen::Ticks> m_lengthOf; ///< per dish: all its steps' durations together
    QHash<QString, qsizetype> m_dishIndexes;
};
