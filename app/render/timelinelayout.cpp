// SPDX-License-Identifier: MIT
#include "timelinelayout.h"

#include <algorithm>
#include <cmath>

namespace Kitchen {

// The window's palette (qml/KitchenStyle.qml), so a state looks the same everywhere.
QColor stateColor(DishState state)
{
    switch (state) {
    case DishState::Running:
        return QColor(0x6c, 0x7b, 0xd9); // violet: holds the cook, briefly
    case DishState::Work:
        return QColor(0xe0, 0x53, 0x3d); // red: blocking, nothing else moves
    case DishState::Waiting:
        return QColor(0x2a, 0x9d, 0x8f); // teal: on a timer, the cook is free
    case DishState::Ready:
    case DishState::Delayed:
        return QColor(0xe9, 0xb9, 0x3a); // amber: could go on, but the cook is busy
    case DishState::Queued:
        return QColor(0xb0, 0x7b, 0xc9); // lilac: waiting for a place at an appliance or a helper
    case DishState::Helper:
        return QColor(0x4a, 0x90, 0xd9); // blue: a helper works on it, the cook is free
    case DishState::Done:
        return QColor(0xe0, 0xe0, 0xe0);
    case DishState::Cancelled:
        return QColor(0x8d, 0x8d, 0x8d);
    case DishState::Failed:
        return QColor(0x8e, 0x2c, 0x48);
    }
    return Qt::black;
}

QColor cookIdleColor()
{
    return QColor(0xf1, 0xf1, 0xf1);
}

TimelineLayout::TimelineLayout(const RunResult &run, int width)
    : m_width(std::max(width, labelWidth + rightMargin + 100))
    , m_rows(int(run.meal.dishes.size()) + 1)
    , m_span(std::max<Ticks>(run.total, 1))
{
}

QSize TimelineLayout::imageSize() const
{
    return {m_width, titleHeight + m_rows * rowPitch + axisHeight + legendHeight};
}

QRectF TimelineLayout::titleRect() const
{
    return QRectF(12, 0, m_width - 24, titleHeight);
}

QRectF TimelineLayout::labelRect(int row) const
{
    return QRectF(12, titleHeight + row * rowPitch, labelWidth - 24, rowPitch);
}

QRectF TimelineLayout::rowRect(int row) const
{
    return QRectF(labelWidth, titleHeight + row * rowPitch, m_width - labelWidth - rightMargin,
                  rowPitch);
}

QRectF TimelineLayout::barRect(int row, Ticks start, Ticks end) const
{
    const QRectF band = rowRect(row);
    const double left = xAt(start);
    // A bar is at least a pixel wide, so a short step still shows.
    const double width = std::max(1.0, xAt(end) - left);
    return QRectF(left, band.top() + barInset, width, band.height() - 2 * barInset);
}

double TimelineLayout::xAt(Ticks time) const
{
    const QRectF band = rowRect(cookRow);
    return band.left() + band.width() * double(time) / double(m_span);
}

double TimelineLayout::axisY() const
{
    return titleHeight + m_rows * rowPitch + 4;
}

QRectF TimelineLayout::legendRect() const
{
    return QRectF(labelWidth, axisY() + axisHeight - 4, m_width - labelWidth - rightMargin,
                  legendHeight);
}

Ticks TimelineLayout::tickStep() const
{
    const double rough = double(m_span) / 10.0;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * power >= rough)
            return std::max<Ticks>(1, Ticks(std::llround(factor * power)));
    }
    return std::max<Ticks>(1, Ticks(std::llround(10.0 * power)));
}

} // namespace Kitchen
