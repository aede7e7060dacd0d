// SPDX-License-Identifier: MIT
#pragma once

#include "runresult.h"

#include <QByteArray>

namespace Kitchen {

/// The header row of exportCsv().
inline constexpr char csvHeader[] = "dish,name,state,start,end,duration,unit";

/**
 * The timeline segments as CSV (RFC 4180, UTF-8, CRLF line ends): one row per
 * segment in the run's order, times in the meal's unit.
 */
[[nodiscard]] QByteArray exportCsv(const RunResult &run);

} // namespace Kitchen
