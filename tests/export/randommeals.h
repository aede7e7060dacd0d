// SPDX-License-Identifier: MIT
#pragma once

#include "meal.h"

#include <QtGlobal>

namespace KitchenTest {

/// Every duration a random meal uses is a multiple of this (0.1 of a unit), so
/// two lines the engine predicts at different times are at least this far apart.
inline constexpr Kitchen::Ticks randomMealQuantum = 100;

/**
 * A random but valid meal from @p seed, the same on every machine: 1-6 dishes
 * of 1-4 steps, waits and blocking work, durations on a half-unit grid or a
 * tenth of a unit (and now and then zero), 1-3 lanes of random modes, and
 * messages full of quotes, brackets, backslashes and non-ASCII text.
 */
[[nodiscard]] Kitchen::Meal randomMeal(quint32 seed);

} // namespace KitchenTest
