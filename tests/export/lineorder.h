// SPDX-License-Identifier: MIT
#pragma once

#include "runresult.h"

#include <QList>
#include <QString>

#include <limits>

namespace KitchenTest {

/** @brief A line a real program printed, and when (in meal units), if it said. */
struct PrintedLine {
    QString text;
    double time = std::numeric_limits<double>::quiet_NaN();
    qint64 turn = -1; ///< the loop turn it was printed in, if the run counted them
};

/** @brief How a real run's lines compare with the engine's prediction. */
struct OrderCheck {
    bool ok = true;
    QString problem;       ///< the first difference, in words, when not ok
    int orderedPairs = 0;  ///< neighbouring lines whose predicted times differ: real checks
    int turnsChecked = 0;  ///< lines whose loop turn was counted on both sides, and matched
    double maxDeviation = 0; ///< the largest |printed time - predicted time|, in units

    explicit operator bool() const { return ok; }
};

/**
 * Checks that @p printed holds exactly the lines of @p predicted, in the order
 * the engine predicts them. Only lines predicted at the same tick (less than
 * one tick apart) may come in either order; any other swap, a missing line or
 * an extra one fails. Where both sides counted the loop's turns, each line must
 * also come in the very turn the engine predicts.
 */
[[nodiscard]] OrderCheck compareLines(const QList<Kitchen::LogEvent> &predicted,
                                      const QList<PrintedLine> &printed);

} // namespace KitchenTest
