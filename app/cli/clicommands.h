// SPDX-License-Identifier: MIT
#pragma once

#include "meal.h"

#include <QStringList>

#include <optional>

/** @brief The CLI's subcommands; each returns the process exit code. */
namespace CliCommands {

enum ExitCode { Ok = 0, BadInput = 1, BadUsage = 2 };

/// Prints "async-kitchen-cli: MESSAGE" on stderr and returns @p code.
int fail(int code, const QString &message);

/** @brief The meal a command was given, or why not (the message is already printed). */
struct MealArgument {
    std::optional<Kitchen::Meal> meal;
    int exitCode = Ok;
};

/// Opens a built-in meal or a file, then switches every lane to @p allLanes unless it is empty.
MealArgument openMealArgument(const QString &source, const QString &allLanes);

int scenarios();
int run(const QStringList &arguments);
/// `export` is a C++ keyword, hence the longer name.
int exportMeal(const QStringList &arguments);
int validate(const QStringList &arguments);
/// The warnings panel's findings for a meal.
int lint(const QStringList &arguments);

} // namespace CliCommands
