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
 * runs prints in an order that is more than a swap of same-tick lines, or
 * prints a line in another loop turn, the returned text says how. An empty
 * text means the order is well defined.
 */
[[nodiscard]] QString tieDependentOrder(const Kitchen::RunResult &predicted);

} // namespace KitchenTest
