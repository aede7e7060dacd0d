// SPDX-License-Identifier: MIT
#pragma once

#include "ticks.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Kitchen {

/** @brief How a step spends its time: on its own (a timer) or holding the cook. */
enum class StepKind {
    Wait, ///< `await asyncio.sleep(d)`: the pot boils by itself, the cook is free.
    Work, ///< `time.sleep(d)` inside the coroutine: the cook (the event loop) is busy.
};

/** @brief How a lane runs its dishes. New modes extend this enum. */
enum class LaneMode {
    Sync,      ///< `await dish()` one after another.
    Gather,    ///< `await asyncio.gather(...)`.
    TaskGroup, ///< `async with asyncio.TaskGroup() as tg: tg.create_task(...)`.
};

/** @brief The unit a meal counts its time in. */
enum class TimeUnit { Minutes, Seconds };

/** @brief One line of a dish's recipe. */
struct Step {
    QString label;
    Ticks duration = 0;
    StepKind kind = StepKind::Wait;
    QString startMessage; ///< printed before the step; empty prints nothing
    QString endMessage;   ///< printed after the step; empty prints nothing
    /// Not empty: the dish burns after this step and raises RuntimeError(error).
    QString error{};

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

    bool operator==(const Dish &) const = default;
};

/** @brief A lane awaits its dishes in one mode; lanes run top to bottom. */
struct Lane {
    LaneMode mode = LaneMode::Sync;
    QStringList dishIds;
    /// gather only: `return_exceptions=True` collects errors as results instead of raising.
    bool returnExceptions = false;

    bool operator==(const Lane &) const = default;
};

/** @brief A meal: dishes, the lanes that cook them, and the unit of time. */
struct Meal {
    QString name;
    QString summary;
    TimeUnit unit = TimeUnit::Minutes;
    QString opening; ///< printed by main() before the first lane, e.g. "Preparing lunch."
    QList<Dish> dishes;
    QList<Lane> lanes;

    bool operator==(const Meal &) const = default;

    /** Index of the dish with this id, or -1. */
    [[nodiscard]] qsizetype dishIndex(const QString &id) const;
    /** Every lane switched to one mode, for comparing strategies. */
    [[nodiscard]] Meal withAllLanes(LaneMode mode) const;
    /** True when a dish in @p lane has a step that raises, so main() guards the lane. */
    [[nodiscard]] bool canFail(const Lane &lane) const;
};

[[nodiscard]] QString toString(StepKind kind);
[[nodiscard]] QString toString(LaneMode mode);
[[nodiscard]] QString toString(TimeUnit unit);
/** Parsers return false for an unknown name and leave @p out untouched. */
bool parseStepKind(const QString &text, StepKind &out);
bool parseLaneMode(const QString &text, LaneMode &out);
bool parseTimeUnit(const QString &text, TimeUnit &out);
[[nodiscard]] QStringList laneModeNames();

} // namespace Kitchen
