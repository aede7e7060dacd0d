// SPDX-License-Identifier: MIT
#pragma once

#include "runresult.h"

namespace Kitchen {

/**
 * Runs @p meal on the virtual clock: the real coroutines on a KitchenLoop whose
 * idle time jumps straight to the next timer. Instant and deterministic.
 */
[[nodiscard]] RunResult simulate(const Meal &meal);

/** The same run keeping nothing but its total: for comparing strategies quickly. */
[[nodiscard]] Ticks simulateTotal(const Meal &meal);

} // namespace Kitchen
