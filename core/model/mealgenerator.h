// SPDX-License-Identifier: MIT
#pragma once

#include "meal.h"

namespace Kitchen {

/** @brief How big a generated meal is and what its text looks like. */
struct MealGeneratorOptions {
    int dishCount = 6;
    int maxStepsPerDish = 4;
    int maxLanes = 3;
    /// Names and messages mix in accents, CJK, emoji, right-to-left text, quotes and control characters.
    bool unicodeText = true;
};

/**
 * A valid meal built from @p seed: the same seed always gives the same meal.
 * Every dish is in exactly one lane, and durations include fractions such as 0.9.
 * For tests and stress runs: round trips, huge meals, random edits.
 */
[[nodiscard]] Meal generateMeal(quint32 seed, const MealGeneratorOptions &options = {});

} // namespace Kitchen
