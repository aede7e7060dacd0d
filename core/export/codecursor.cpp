// SPDX-License-Identifier: MIT
#include "codecursor.h"

namespace Kitchen {

using Part = CodeLine::Part;

CodeCursor::CodeCursor(GeneratedCode code, qsizetype dishCount)
    : m_code(std::move(code))
    , m_progress(dishCount)
{
}

void CodeCursor::reset()
{
    m_progress.fill({});
}

int CodeCursor::firstOf(std::initializer_list<int> candidates) const
{
    for (int line : candidates) {
        if (line >= 0)
            return line;
    }
    return -1;
}

void CodeCursor::onDishState(int dish, DishState state)
{
    if (dish < 0 || dish >= m_progress.size())
        return;
    Progress &progress = m_progress[dish];
    switch (state) {
    case DishState::Ready:
        progress.line = m_code.lineOf(Part::LaneCall, dish);
        break;
    case DishState::Running:
        // Before the first step the dish is at its def; after a step, at that step's end.
        if (progress.step < 0)
            progress.line = m_code.lineOf(Part::DishStart, dish);
        else
            progress.line = firstOf({m_code.lineOf(Part::EndMessage, dish, progress.step),
                                     m_code.lineOf(Part::Pause, dish, progress.step)});
        break;
    case DishState::Queued: // at the next step's first line, waiting for a place
        progress.line = firstOf({m_code.lineOf(Part::TakePlace, dish, progress.step + 1),
                                 m_code.lineOf(Part::Pause, dish, progress.step + 1)});
        break;
    case DishState::Waiting:
    case DishState::Work:
    case DishState::Helper:
        ++progress.step;
        progress.line = m_code.lineOf(Part::Pause, dish, progress.step);
        break;
    case DishState::Done:
        progress.line = m_code.lineOf(Part::Result, dish);
        break;
    case DishState::Failed:
        progress.line = firstOf({m_code.lineOf(Part::Raise, dish, progress.step), m_code.lineOf(Part::Result, dish)});
        break;
    case DishState::Cancelled:
        break; // CancelledError came out of the line it was on

    case DishState::Delayed:
        break; // still on the line it was on, waiting for the cook
    }
}

int CodeCursor::line(int dish) const
{
    return dish >= 0 && dish < m_progress.size() ? m_progress[dish].line : -1;
}

QList<int> CodeCursor::lines() const
{
    QList<int> reached;
    for (const Progress &progress : m_progress) {
        if (progress.line >= 0)
            reached << progress.line;
    }
    return reached;
}

} // namespace Kitchen
