// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

/** @brief The CLI's subcommands; each returns the process exit code. */
namespace CliCommands {

enum ExitCode { Ok = 0, BadInput = 1, BadUsage = 2 };

int scenarios();
int run(const QStringList &arguments);
/// `export` is a C++ keyword, hence the longer name.
int exportMeal(const QStringList &arguments);
int validate(const QStringList &arguments);

} // namespace CliCommands
