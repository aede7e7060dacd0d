// SPDX-License-Identifier: MIT
#pragma once

#include "meal.h"
#include "mealgenerator.h"

/** @brief The edits autosave-child makes, so a test can replay them and compare. */
namespace EditScript {

using namespace Qt::StringLiterals;

inline constexpr char16_t originalPath[] = u"/home/cook/lunch.json";

inline Kitchen::Meal startingMeal(int dishCount)
{
    return Kitchen::generateMeal(4242, { .dishCount = std::max(1, dishCount) });
}

/** Edit number @p n renames a dish, adds a step or adds a dish; the summary counts edits. */
inline void applyEdit(Kitchen::Meal &meal, int n)
{
    switch (n % 3) {
    case 0:
        meal.dishes[n % meal.dishes.size()].name = u"Dish, edit %1 🍳"_s.arg(n);
        break;
    case 1:
        meal.dishes[n % meal.dishes.size()].steps.append(
            { u"step %1"_s.arg(n),
              Kitchen::Ticks(n * 7 % 5000 + 100),
              n % 2 ? Kitchen::StepKind::Work : Kitchen::StepKind::Wait,
              u"started %1"_s.arg(n),
              {} });
        break;
    default: {
        const QString id = u"added_%1"_s.arg(n);
        meal.dishes.append({ id, u"Added %1"_s.arg(n), u"oven"_s, {}, {} });
        meal.lanes.last().dishIds.append(id);
        break;
    }
    }
    meal.summary = u"edits: %1"_s.arg(n + 1);
}

inline Kitchen::Meal afterEdits(int dishCount, int editCount)
{
    Kitchen::Meal meal = startingMeal(dishCount);
    for (int n = 0; n < editCount; ++n)
        applyEdit(meal, n);
    return meal;
}

/** How many edits a meal from this script has had, or -1. */
inline int editCount(const Kitchen::Meal &meal)
{
    if (!meal.summary.startsWith(u"edits: "_s))
        return -1;
    return meal.summary.sliced(7).toInt();
}

} // namespace EditScript
