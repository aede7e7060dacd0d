// SPDX-License-Identifier: MIT
#pragma once

#include "ticks.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Kitchen {

/** @brief How a step spends its time: on its own (a timer) or holding the cook. */
enum class StepKind {
    Wait, ///< `await asyncio.sleep(d)`: the pot boils by itself, the cook is free.
    Work, ///< `time.sleep(d)` inside the coroutine: the cook (the event loop) is busy.
    Helper, ///< `await asyncio.to_thread(time.sleep, d)`: a kitchen helper works, the cook is free.
};

/** @brief How a lane runs its dishes. New modes extend this enum. */
enum class LaneMode {
    Sync,      ///< `await dish()` one after another.
    Gather,    ///< `await asyncio.gather(...)`.
    TaskGroup, ///< `async with asyncio.TaskGroup() as tg: tg.create_task(...)`.
    CreateTask, ///< `t = asyncio.create_task(...)` each, the lane's own steps, then `await t` in order.
    AsCompleted, ///< `for next_done in asyncio.as_completed(...)`: each dish served as it finishes.
};

/** @brief The unit a meal counts its time in. */
enum class TimeUnit { Minutes, Seconds };

/** @brief One line of a dish's recipe. */
struct Step {
    QString label;
    Ticks duration = 0;
    StepKind kind = StepKind::Wait;
    QString startMessage{}; ///< printed before the step; empty prints nothing
    QString endMessage{};   ///< printed after the step; empty prints nothing
    /// Not empty: the dish burns after this step and raises RuntimeError(error).
    QString error{};
    /// Not empty: the id of the appliance the step holds (`async with burner:`).
    QString appliance{};

    bool operator==(const Step &) const = default;
};

/** @brief A dish is a coroutine: its steps in order, then its result. */
struct Dish {
    QString id;   ///< unique within a meal; lanes refer to dishes by id
    QString name; ///< what people read
    QString station;
    QString result;
    QList<Step> steps;
    QString icon{}; ///< art name for the dish; empty shows the station's art
    /// Dishes whose results this one needs; if any is not done when it starts, it is not ready.
    QStringList needs{};
    /// What it returns when a needed dish was not done; empty means "<name> not ready!".
    QString notReadyResult{};

    bool operator==(const Dish &) const = default;

    /** The result when a needed dish was not done as this one started. */
    [[nodiscard]] QString unreadyResult() const;
};

/** @brief A kitchen appliance with room for a few dishes at once: an `asyncio.Semaphore`. */
struct Appliance {
    QString id;
    QString name;
    int capacity = 1;

    bool operator==(const Appliance &) const = default;
};

/** @brief A lane awaits its dishes in one mode; lanes run top to bottom. */
struct Lane {
    LaneMode mode = LaneMode::Sync;
    QStringList dishIds;
    /// gather only: `return_exceptions=True` collects errors as results instead of raising.
    bool returnExceptions = false;
    /// Dishes whose await is forgotten: a coroutine that never runs, or in a create_task
    /// lane a task that is started and never awaited (fire and forget).
    QStringList unawaited{};
    /// More than 0: `async with asyncio.timeout(...)` around the lane; late dishes are cancelled.
    Ticks timeout = 0;
    /// create_task only: what main() does itself between starting the dishes and awaiting them.
    QList<Step> steps{};

    bool operator==(const Lane &) const = default;

    [[nodiscard]] bool awaits(const QString &dishId) const { return !unawaited.contains(dishId); }
};

/** @brief A meal: dishes, the lanes that cook them, and the unit of time. */
struct Meal {
    QString name;
    QString summary;
    TimeUnit unit = TimeUnit::Minutes;
    QString opening; ///< printed by main() before the first lane, e.g. "Preparing lunch."
    QList<Dish> dishes;
    QList<Lane> lanes;
    QList<Appliance> appliances{};
    /// Kitchen helpers for `asyncio.to_thread`: the default executor's max_workers.
    int helpers = 1;

    bool operator==(const Meal &) const = default;

    /** Index of the dish with this id, or -1. */
    [[nodiscard]] qsizetype dishIndex(const QString &id) const;
    /** Every dish's index by id: for loops over lanes, where dishIndex() would search each time. */
    [[nodiscard]] QHash<QString, qsizetype> dishIndexes() const;
    /** Every lane switched to one mode, for comparing strategies. */
    [[nodiscard]] Meal withAllLanes(LaneMode mode) const;
    [[nodiscard]] qsizetype applianceIndex(const QString &id) const;
    /** True when @p lane can raise (a dish burns, or it has a timeout), so main() guards it. */
    [[nodiscard]] bool canFail(const Lane &lane) const;
    /** A step of a lane's own (main()'s, in a create_task lane): its lane and its index there. */
    struct LaneStep {
        int lane = 0;
        int step = 0;
    };
    /**
     * main()'s blocking steps that take any time, lane by lane: main()'s k-th blocking span in
     * a run is the k-th of these.
     */
    [[nodiscard]] QList<LaneStep> mainWorkSteps() const;
    /** True when a step anywhere hands its work to a helper. */
    [[nodiscard]] bool usesHelpers() const;
    /** True when another dish needs this one's result. */
    [[nodiscard]] bool isNeeded(const QString &dishId) const;
    /** True when the meal uses anything version 1 files cannot say. */
    [[nodiscard]] bool needsVersion2() const;
};

[[nodiscard]] QString toString(StepKind kind);
[[nodiscard]] QString toString(LaneMode mode);
[[nodiscard]] QString toString(TimeUnit unit);
/** Parsers return false for an unknown name and leave @p out untouched. */
bool parseStepKind(const QString &text, StepKind &out);
bool parseLaneMode(const QString &text, LaneMode &out);
bool parseTimeUnit(const QString &text, TimeUnit &out);
[[nodiscard]] QStringList laneModeNames();
[[nodiscard]] QStringList stepKindNames();

} // namespace Kitchen
