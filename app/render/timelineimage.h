// SPDX-License-Identifier: MIT
#pragma once

#include "runresult.h"
#include "timelinelayout.h"

#include <QImage>
#include <QString>

namespace Kitchen {

/**
 * The run's timeline as an image: a Gantt row for the cook and one per dish,
 * coloured by state, with a time axis in the meal's unit, a legend and the
 * total. Needs a QGuiApplication for its fonts; QT_QPA_PLATFORM=offscreen
 * does without a display.
 */
[[nodiscard]] QImage renderTimeline(const RunResult &run,
                                    int width = TimelineLayout::defaultWidth);

/// renderTimeline() written to @p path as PNG; on failure false, with the reason in @p error.
bool saveTimelinePng(const RunResult &run, const QString &path, QString *error = nullptr);

} // namespace Kitchen
