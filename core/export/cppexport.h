// SPDX-License-Identifier: MIT
#pragma once

#include "generatedcode.h"
#include "meal.h"

namespace Kitchen {

/**
 * The meal as one C++20 file of QCoro coroutines (Qt 6 and QCoro 0.8): a
 * QCoro::Task per dish, a precise-timer sleep for waits, a blocking sleep for
 * work, and small gather and TaskGroup helpers, since QCoro 0.8 has neither.
 * A meal where dishes burn, time out, share appliances or helpers, or run as
 * create_task / as_completed tasks gets tasks that can be cancelled (QCoro 0.8
 * has no cancellation): every coroutine takes a std::stop_token. Only the
 * helpers a meal uses are written (see CppHelpers::Needs). It prints the same
 * lines as the Python export.
 */
[[nodiscard]] GeneratedCode exportCpp(const Meal &meal);

} // namespace Kitchen
