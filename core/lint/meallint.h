// SPDX-License-Identifier: MIT
#pragma once

#include "runresult.h"

#include <QList>
#include <QString>

namespace Kitchen {

/** @brief One finding of the warnings panel: what went wrong in a run, why, the fix, and where. */
struct MealWarning {
    enum class Kind {
        BlockingStep,      ///< a blocking step over the threshold, and the timers it made late
        NeverAwaited,      ///< a dish's coroutine was made but never awaited: it never cooked
        LostTask,          ///< a task started and never awaited (fire and forget)
        CancelledSiblings, ///< a failure or a timeout cancelled dishes that were still cooking
        NotReady,          ///< a dish started before the dishes it needs were done
    };

    Kind kind = Kind::BlockingStep;
    QString title;       ///< one line: what happened, e.g. "coroutine 'brew' was never awaited"
    QString explanation; ///< one line: why it matters
    QString fix;         ///< one line: what to change
    int dish = -1;       ///< the place in the meal: a dish index, or -1
    int step = -1;       ///< a step of that dish (or of the lane's own steps), or -1
    int lane = -1;       ///< the lane, or -1
    Ticks at = 0;        ///< when in the run it happened

    bool operator==(const MealWarning &) const = default;
};

/// Blocking steps at least this long are reported, unless a caller asks for another threshold.
inline constexpr Ticks defaultBlockingThreshold = ticksPerUnit;

/** The warnings for one run of a meal, in the order they happened. */
[[nodiscard]] QList<MealWarning> lintRun(const RunResult &run, Ticks blockingThreshold = defaultBlockingThreshold);

/** "blocking-step", "never-awaited", "lost-task", "cancelled-siblings", "not-ready". */
[[nodiscard]] QString toString(MealWarning::Kind kind);

} // namespace Kitchen
