// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QtGlobal>

namespace Kitchen {

/** @brief Kitchen time in integer ticks, so virtual runs are exact and deterministic. */
using Ticks = qint64;

/// A meal unit (a minute or a second) is this many ticks: 0.9 s of toast is 900 ticks.
inline constexpr Ticks ticksPerUnit = 1000;

[[nodiscard]] inline double toUnits(Ticks ticks)
{
    return double(ticks) / double(ticksPerUnit);
}

/** Rounds to the nearest tick; callers check the input is finite and in range. */
[[nodiscard]] Ticks fromUnits(double units);

/** "4.9", "10", "0.25": the shortest text that reads back to the same tick. */
[[nodiscard]] QString formatUnits(Ticks ticks);

} // namespace Kitchen
