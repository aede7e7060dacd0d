// SPDX-License-Identifier: MIT
#pragma once

#include "meal.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Kitchen {

class JsonWriter;

/// The value of a meal file's "format" field: it tells a meal from any other JSON.
inline constexpr char16_t mealFormatName[] = u"async-kitchen-meal";
/// The newest schema version this build reads. It writes version 1 unless the meal
/// uses what version 2 added (appliances, helpers, needs, create_task and
/// as_completed lanes, forgotten awaits, timeouts, a lane's own steps).
inline constexpr int mealFormatVersion = 2;
/// The most kitchen helpers (`max_workers`) and appliance places a meal may ask for.
inline constexpr int maxHelpers = 32;
inline constexpr int maxCapacity = 1000;
/// Durations above this many units are refused: they would overflow the tick counter.
inline constexpr double maxDurationUnits = 1.0e6;
/// Bigger files are refused before they are read; a 10,000-dish meal is about 3 MiB.
inline constexpr qint64 maxMealFileBytes = 256LL * 1024 * 1024;
/// QJsonDocument refuses documents nested deeper than this; a meal needs five levels.
inline constexpr int maxJsonNesting = 1024;

/** @brief One thing wrong with a meal file, and where: a field path or a line and column. */
struct MealProblem {
    QString where; ///< "dishes[2].steps[0].duration", "line 3, column 7", or empty for the whole file
    QString what;

    bool operator==(const MealProblem &) const = default;
};

/** @brief A meal read from JSON, or every problem that stopped it. */
struct MealReadResult {
    std::optional<Meal> meal; ///< set only when there are no problems
    QList<MealProblem> problems;
    QList<MealProblem> warnings; ///< don't stop the meal: unknown fields (ignored), dishes in no lane

    [[nodiscard]] bool ok() const { return meal.has_value(); }
    /// "FILE: WHERE: WHAT" for the first problem, the one-line error the CLI prints.
    [[nodiscard]] QString firstError(const QString &source) const;
    /// "FILE: WHERE: WHAT" for every problem, in the order they were found.
    [[nodiscard]] QStringList messages(const QString &source) const;
};

/** Reads a meal from JSON text; it checks everything and reports all problems. */
[[nodiscard]] MealReadResult readMeal(const QByteArray &json);
/** Reads a meal file; a file that can't be read is one problem. */
[[nodiscard]] MealReadResult readMealFile(const QString &path);

/**
 * The JSON object in @p json, or nothing and the one problem that stops it:
 * an empty file, binary data, a syntax error (with line and column), or a list.
 */
[[nodiscard]] std::optional<QJsonObject> parseMealJson(const QByteArray &json, QList<MealProblem> &problems);
/**
 * Reads a meal from a parsed object. The meal holds whatever could be read even
 * when there are problems, so a recovery file is never thrown away for a typo.
 */
[[nodiscard]] Meal mealFromJson(const QJsonObject &root, QList<MealProblem> &problems,
                                QList<MealProblem> &warnings);

/** The meal as JSON in the current schema version, keys in reading order. */
[[nodiscard]] QByteArray writeMeal(const Meal &meal);
/** Writes the meal's members into an object @p writer has open, for files that add their own. */
void writeMealMembers(JsonWriter &writer, const Meal &meal);

/** "FILE: WHERE: WHAT". */
[[nodiscard]] QString describeProblem(const QString &source, const MealProblem &problem);

/// What the file format accepts as a dish or appliance id: 1 to 64 letters, digits, '_' or '-'.
[[nodiscard]] bool isValidId(const QString &id);

} // namespace Kitchen
