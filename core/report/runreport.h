// SPDX-License-Identifier: MIT
#pragma once

#include "runresult.h"

#include <QJsonObject>
#include <QString>

namespace Kitchen {

/// The log as the CLI prints it, ending with "Total prep time: <number> <unit>".
[[nodiscard]] QString formatRunLog(const RunResult &run);
/// "Total prep time: 10 min".
[[nodiscard]] QString formatTotal(const RunResult &run);
/// The --json object; the README documents its fields.
[[nodiscard]] QJsonObject runToJson(const RunResult &run);

} // namespace Kitchen
