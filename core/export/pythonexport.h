// SPDX-License-Identifier: MIT
#pragma once

#include "generatedcode.h"
#include "meal.h"

namespace Kitchen {

/**
 * The meal as a runnable asyncio program for python3 3.11 or newer: the
 * program the engine runs, line for line (see MealProgram).
 *
 * It runs in real seconds scaled by SCALE, which a first argument or the
 * KITCHEN_SCALE environment variable overrides. A plain run prints exactly the
 * meal's lines and then "Total prep time: N unit"; with KITCHEN_TIMESTAMPS set
 * each line is instead the JSON array [meal time, "text"] and the last line is
 * {"total": meal time}, for tests.
 */
[[nodiscard]] GeneratedCode exportPython(const Meal &meal);

} // namespace Kitchen
