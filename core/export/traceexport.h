// SPDX-License-Identifier: MIT
#pragma once

#include "runresult.h"

#include <QByteArray>
#include <QJsonObject>

namespace Kitchen {

/// The cook's track in a trace; dish d is on track d + 1.
inline constexpr int cookTrack = 0;

/**
 * A run as Chrome trace-event JSON, which Perfetto and chrome://tracing open.
 *
 * One process (the meal) with a track per dish and one for the cook, named by
 * thread_name metadata. Every timeline segment is a complete ("X") event named
 * after its state, so the delayed spans (ready, but the cook was busy) show;
 * the cook's track has its blocking work and idle spans; printed lines are
 * instant events. Times are real microseconds: a meal minute is 60 s.
 */
[[nodiscard]] QJsonObject traceToJson(const RunResult &run);
[[nodiscard]] QByteArray exportTrace(const RunResult &run);

} // namespace Kitchen
