// SPDX-License-Identifier: MIT
#pragma once

#include "mealfile.h"

#include <QStringList>

namespace Kitchen {

/** @brief The meals from the articles, shipped as resources and loaded by name. */
namespace BuiltinMeals {

/// The default meal the app opens.
inline constexpr char16_t defaultName[] = u"lunch";

/// Names in the order the articles teach them.
[[nodiscard]] QStringList names();
[[nodiscard]] bool contains(const QString &name);
/// A built-in meal by name, or a meal file by path.
[[nodiscard]] MealReadResult open(const QString &nameOrFile);

} // namespace BuiltinMeals
} // namespace Kitchen
