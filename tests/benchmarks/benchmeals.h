// SPDX-License-Identifier: MIT
#pragma once
// The meals the benchmarks cook: N dishes of 10 steps under one gather lane.

#include "meal.h"

namespace BenchMeals {

/**
 * Dish i waits (i + s) % 7 + 1 units at step s, and every fifth step is blocking
 * work of 0.001. With @p uniqueLines each line names its dish and step, so a
 * printed line can be matched to its prediction.
 */
inline Kitchen::Meal gatherMeal(int dishes, int stepsPerDish = 10, bool uniqueLines = false)
{
    using namespace Kitchen;
    Meal meal;
    meal.name = QStringLiteral("bench %1").arg(dishes);
    meal.unit = TimeUnit::Seconds;
    Lane lane{LaneMode::Gather, {}};
    const QString start = QStringLiteral("start");
    const QString end = QStringLiteral("end");
    for (int i = 0; i < dishes; ++i) {
        Dish dish;
        dish.id = QStringLiteral("d%1").arg(i);
        dish.name = dish.id;
        dish.station = QStringLiteral("stove");
        for (int s = 0; s < stepsPerDish; ++s) {
            const bool work = s % 5 == 4;
            const QString where = QStringLiteral("d%1 s%2 ").arg(i).arg(s);
            dish.steps.append(Step{QString(), work ? Ticks(1) : fromUnits((i + s) % 7 + 1),
                                   work ? StepKind::Work : StepKind::Wait,
                                   uniqueLines ? where + start : start, uniqueLines ? where + end : end});
        }
        lane.dishIds.append(dish.id);
        meal.dishes.append(dish);
    }
    meal.lanes.append(lane);
    return meal;
}

/**
 * gatherMeal() whose first dish, after its first wait, holds the loop with
 * @p holdUnits of blocking work: the other dishes' timers come due meanwhile and fire late.
 */
inline Kitchen::Meal blockingMeal(int dishes, double holdUnits)
{
    using namespace Kitchen;
    Meal meal = gatherMeal(dishes);
    meal.name = QStringLiteral("bench %1, blocking").arg(dishes);
    Step &hold = meal.dishes.first().steps[1];
    hold.label = QStringLiteral("hold the loop");
    hold.duration = fromUnits(holdUnits);
    hold.kind = StepKind::Work;
    return meal;
}

} // namespace BenchMeals
