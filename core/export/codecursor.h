// SPDX-License-Identifier: MIT
#pragma once

#include "generatedcode.h"
#include "runresult.h"

#include <QList>

namespace Kitchen {

/**
 * @brief Follows a run through generated code: the line each dish has reached.
 *
 * Feed it the dish states a RunObserver hears (onDishState); it counts the
 * steps as they go by. A code panel highlights lines() during a live run.
 */
class CodeCursor
{
public:
    CodeCursor(GeneratedCode code, qsizetype dishCount);

    /// Back to before the run: no dish has reached any line.
    void reset();
    void onDishState(int dish, DishState state);

    /// The 0-based line @p dish has reached, or -1 before it was called.
    [[nodiscard]] int line(int dish) const;
    /// Every dish's current line, for highlighting; dishes not yet called are left out.
    [[nodiscard]] QList<int> lines() const;

private:
    struct Progress {
        int line = -1;
        int step = -1; ///< the step under way, or the last one finished
    };

    [[nodiscard]] int firstOf(std::initializer_list<int> candidates) const;

    GeneratedCode m_code;
    QList<Progress> m_progress;
};

} // namespace Kitchen
