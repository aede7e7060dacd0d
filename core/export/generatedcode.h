// SPDX-License-Identifier: MIT
#pragma once

#include "meal.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Kitchen {

/** @brief What one line of generated code does, so a view can follow a run through it. */
struct CodeLine {
    enum class Part {
        Other,        ///< imports, helpers, comments, blank lines
        MainStart,    ///< `async def main():`
        Opening,      ///< main() printing the meal's opening line
        LaneStart,    ///< the first line of a lane in main(): gather, TaskGroup or a comment
        LaneCall,     ///< main() awaiting or creating one dish
        DishStart,    ///< the dish's `async def`
        StartMessage, ///< a step's first print
        TakePlace,    ///< a step's `async with appliance:`, where it queues for a place
        Pause,        ///< a step's `await asyncio.sleep(...)`, `time.sleep(...)` or `to_thread(...)`
        EndMessage,   ///< a step's last print
        Result,       ///< the dish's `return`
        Raise,        ///< a step's `raise`: the dish burns after that step
    };

    Part part = Part::Other;
    int dish = -1; ///< index into Meal::dishes, or -1
    int step = -1; ///< index into Dish::steps, or -1
    int lane = -1; ///< index into Meal::lanes, or -1

    bool operator==(const CodeLine &) const = default;
};

/** @brief Generated source text and, for every line of it, where it belongs in the meal. */
struct GeneratedCode {
    QString text;
    QList<CodeLine> lines; ///< one entry per line of text, in order

    /// The 0-based number of the first line with this part, dish and step, or -1.
    [[nodiscard]] int lineOf(CodeLine::Part part, int dish = -1, int step = -1) const;
};

/** @brief Builds GeneratedCode one line at a time, keeping text and line map in step. */
class CodeWriter
{
public:
    explicit CodeWriter(int indentWidth)
        : m_indentWidth(indentWidth)
    {
    }

    /// One line at @p depth levels of indentation; @p where says what it belongs to.
    void line(int depth, const QString &text, const CodeLine &where = {});
    void blank() { line(0, {}); }
    [[nodiscard]] GeneratedCode finish() { return std::move(m_code); }

private:
    int m_indentWidth;
    GeneratedCode m_code;
};

/** @brief How one language spells the statements of a dish's body. */
struct DishBodySyntax {
    QString print; ///< %1: the message, quoted
    QString sleep; ///< %1 and %3: the duration, %2: "label: " or nothing, %4: the unit
    QString work;  ///< as sleep
    QString helper; ///< as sleep: the work handed to a helper thread
    QString raise; ///< %1: the error, quoted
    QString takePlace; ///< opens a block holding an appliance; %1: its variable, %2: its name
    QString leavePlace; ///< closes that block; may be empty (Python's indentation closes it)
    QString (*quote)(const QString &text);
    /// Opens the block before takePlace, which then goes inside it; empty: takePlace opens it.
    QString openPlace{};
};

/** @brief Where a list of steps goes: how deep, and whose steps they are. */
struct StepsPlace {
    int depth = 1;
    int dish = -1; ///< the dish they belong to, or -1 for main()'s own steps in a lane
    int lane = -1; ///< for main()'s own steps: their lane
    QString unit;
    QHash<QString, QString> applianceVariables; ///< appliance id -> the code's name for it
    const Meal *meal = nullptr;
};

/// Each step in turn: its messages, its wait, work or helper, its appliance and where it burns.
void writeSteps(CodeWriter &out, const QList<Step> &steps, const StepsPlace &place, const DishBodySyntax &syntax);

} // namespace Kitchen
