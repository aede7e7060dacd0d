// SPDX-License-Identifier: MIT
#pragma once

#include "meal.h"

#include <QList>
#include <QString>

namespace Kitchen {

/// The dish index used for lines main() prints itself.
inline constexpr int mainCoroutine = -1;

/** @brief Where a dish is in its life. Done, Cancelled and Failed are final. */
enum class DishState {
    Ready,   ///< scheduled on the loop, not yet running
    Running, ///< holds the cook without blocking
    Work,    ///< blocking work: holds the cook and the whole loop
    Waiting, ///< waiting on a timer; the cook is free
    Delayed, ///< ready (or its timer came due) but the loop was busy
    Queued,  ///< waiting for a place at a full appliance; the cook is free
    Helper,  ///< a kitchen helper does its work (asyncio.to_thread); the cook is free
    Done,
    Cancelled, ///< CancelledError reached it at an await (or before its first step)
    Failed,    ///< it raised: burnt after a step
};

[[nodiscard]] QString toString(DishState state);

/** @brief One line a dish prints, at the loop's time. */
struct LogEvent {
    Ticks time = 0;
    int dish = mainCoroutine;
    QString text;
    Ticks observed = -1; ///< live runs: when it really happened, in scaled ticks
    qint64 turn = -1;    ///< virtual runs: the loop turn (`_run_once()` call) it was printed in
};

/** @brief A span of one dish's timeline. */
struct Segment {
    int dish = 0;
    DishState state = DishState::Running;
    Ticks start = 0;
    Ticks end = 0;

    bool operator==(const Segment &) const = default;
};

/** @brief A span of the cook's own row: blocking work by a dish (or main()), or the cook free. */
struct CookSegment {
    int dish = mainCoroutine; ///< whose blocking work; main() itself in a create_task lane's own steps
    Ticks start = 0;
    Ticks end = 0;
    bool busy = true; ///< false: the cook is free
};

struct DishTotals {
    Ticks busy = 0;
    Ticks waiting = 0;
    Ticks delayed = 0;
};

/** @brief A timer that fired after its deadline because blocking work held the loop. */
struct LateTimer {
    int dish = 0;
    Ticks deadline = 0;
    Ticks firedAt = 0;
};

/** @brief Something a run did that deserves a warning: what, where and when. */
struct RunNote {
    enum class Kind {
        NeverAwaited, ///< a dish's coroutine was made and dropped without an await
        LostTask,     ///< a task was started and never awaited (fire and forget)
        NotReady,     ///< a dish started before the dishes it needs were done
        TimedOut,     ///< a lane's timeout expired and cancelled what was still cooking
    };
    Kind kind = Kind::NeverAwaited;
    int dish = mainCoroutine;
    int lane = -1;
    Ticks at = 0;
    QStringList missing{}; ///< NotReady: the needed dishes' ids that were not done

    bool operator==(const RunNote &) const = default;
};

/** @brief Everything a run of a meal produced. */
struct RunResult {
    Meal meal;
    QList<LogEvent> events;
    QList<Segment> timeline; ///< grouped by dish, each dish in time order
    QList<CookSegment> cook;
    QList<DishTotals> totals; ///< indexed like meal.dishes
    QList<LateTimer> lateTimers;
    QList<RunNote> notes;
    Ticks total = 0;
    bool finished = false; ///< false when the run was stopped before main() returned

    /// "main" for main(), otherwise the dish's id.
    [[nodiscard]] QString dishId(int dish) const;
    [[nodiscard]] QString dishName(int dish) const;
};

} // namespace Kitchen
