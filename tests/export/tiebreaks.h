// SPDX-License-Identifier: MIT
#pragma once

#include "runresult.h"

#include <QString>

namespace KitchenTest {

/**
 * Whether the meal's printed order hangs on how exact ties are broken.
 *
 * When two timers come due at the same tick, the engine wakes the one that
 * began waiting first; CPython wakes whichever real deadline is earlier, which
 * comes down to microseconds of jitter ("CPython does not define the order").
 * With blocking work after the tie, the two orders can part for good. To find
 * such meals, the engine runs the meal again with every non-zero step a few
 * ticks longer or shorter, at random, as real time jitters; if any of those
 * runs prints in an order that is more than a swap of same-tick lines, the
 * returned text says how. An empty text means the order is well defined.
 */
[[nodiscard]] QString tieDependentOrder(const Kitchen::RunResult &predicted);

/**
 * Whether the loop turn a line comes in hangs on an exact tie, the same way:
 * two timers due at the same tick wake in one turn, but a few ticks apart in
 * two. Where that is so, a line's turn under CPython hangs on microseconds.
 */
[[nodiscard]] QString tieDependentTurns(const Kitchen::RunResult &predicted);

/// Forgets the predicted loop turns, so a comparison checks the order alone.
void forgetTurns(Kitchen::RunResult &predicted);

} // namespace KitchenTest
