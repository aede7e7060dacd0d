// SPDX-License-Identifier: MIT
#pragma once

#include "meal.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Kitchen {

/// The schema version this build writes and the newest it reads.
inline constexpr int mealFormatVersion = 1;
/// Durations above this many units are refused: they would overflow the tick counter.
inline constexpr double maxDurationUnits = 1.0e6;

/** @brief One thing wrong with a meal file, and where: a field path or a line and column. */
struct MealProblem {
    QString where;
    QString what;

    bool operator==(const MealProblem &) const = default;
};

/** @brief A meal read from JSON, or every problem that stopped it. */
struct MealReadResult {
    std::optional<Meal> meal;
    QList<MealProblem> problems;

    [[nodiscard]] bool ok() const { return meal.has_value(); }
    /// "FILE: WHERE: WHAT" for the first problem, the one-line error the CLI prints.
    [[nodiscard]] QString firstError(const QString &source) const;
};

/** Reads a meal from JSON text; it checks everything and reports all problems. */
[[nodiscard]] MealReadResult readMeal(const QByteArray &json);
/** Reads a meal file; a file that can't be read is one problem. */
[[nodiscard]] MealReadResult readMealFile(const QString &path);
/** The meal as JSON in the current schema version. */
[[nodiscard]] QByteArray writeMeal(const Meal &meal);
/** "FILE: WHERE: WHAT". */
[[nodiscard]] QString describeProblem(const QString &source, const MealProblem &problem);

} // namespace Kitchen
