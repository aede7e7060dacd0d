// SPDX-License-Identifier: MIT
#pragma once

#include "meal.h"

#include <QString>
#include <QStringList>

namespace Kitchen::CppHelpers {

/**
 * @brief Which helpers a meal's C++ program needs written out.
 *
 * QCoro 0.8 has no gather, TaskGroup, cancellation, semaphore or to_thread, so
 * the program carries small ones of its own. Each is written only when the meal
 * uses it: the file compiles with -Wall -Wextra -Werror and reads as short as
 * the meal allows. A meal where nothing burns, times out, shares helpers or
 * appliances, collects errors or runs create_task / as_completed lanes gets the
 * plain helpers (eager QCoro tasks, no stop tokens); any of those switches it to
 * tasks that can be cancelled, with a std::stop_token in every coroutine.
 */
struct Needs {
    bool cancellation = false; ///< tasks that can be cancelled: every coroutine takes a std::stop_token
    bool waits = false;        ///< sleep()
    bool zeroWaits = false;    ///< sleep(0): a loop turn, NextTurn()
    bool works = false;        ///< work()
    bool helpers = false;      ///< toHelper() on the global QThreadPool
    bool appliances = false;   ///< Semaphore
    bool served = false;       ///< the `served` set, for dishes that need others
    bool tasks = false;        ///< DishTask and createTask(), with asyncio.run()'s clean-up (cancellation only)
    bool gather = false;
    bool gatherReturningExceptions = false;
    bool taskGroup = false;
    bool taskGroupErrors = false; ///< a TaskGroup lane can fail: its ExceptionGroup
    bool runtimeError = false;    ///< some step burns
    bool timeouts = false;        ///< withTimeout() and TimeoutError
    bool guardedLanes = false;    ///< main() prints "Lane N failed: ..." for a lane

    /// repr() of what a task threw.
    [[nodiscard]] bool reprErrorPointer() const { return gatherReturningExceptions || taskGroupErrors; }
    /// repr() of an error.
    [[nodiscard]] bool reprError() const { return guardedLanes || reprErrorPointer(); }
    /// repr() of a string: for errors and for return_exceptions results.
    [[nodiscard]] bool reprText() const { return reprError(); }
    /// Event and callSoon(): what every wait of a task that can be cancelled is made of.
    [[nodiscard]] bool events() const { return cancellation && (waits || tasks || helpers || appliances); }
    /// AsCompleted: the finished-task queue gather, TaskGroup and as_completed share.
    [[nodiscard]] bool asCompleted() const { return tasks; }
    [[nodiscard]] bool anyError() const { return reprText() || runtimeError || timeouts; }
};

/// What the C++ program of @p meal needs written out.
[[nodiscard]] Needs needsOf(const Meal &meal);

/// Python wraps a lane that can raise in try/except, unless it is a gather that collects its errors.
[[nodiscard]] bool isGuarded(const Meal &meal, const Lane &lane);

/// Whether the lane makes tasks: a sync lane awaits its dishes inline, and a forgotten await makes none.
[[nodiscard]] bool createsTasks(const Lane &lane);

/// The #include lines, `using namespace`, the opening of the anonymous namespace and
/// every helper @p needs asks for, one entry per line. @p unit is the meal's unit as a word.
[[nodiscard]] QStringList code(const Needs &needs, const QString &unit);

/// Names the helpers take, which the program's own identifiers must avoid.
[[nodiscard]] QStringList reservedNames();

} // namespace Kitchen::CppHelpers
