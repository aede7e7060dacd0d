// SPDX-License-Identifier: MIT
#pragma once

#include "runresult.h"

#include <QColor>
#include <QRectF>
#include <QSize>

namespace Kitchen {

/// The colour a timeline bar has for each state.
[[nodiscard]] QColor stateColor(DishState state);
/// The cook's row when the loop is free.
[[nodiscard]] QColor cookIdleColor();

/**
 * @brief Where everything goes in the timeline image: a row for the cook, then
 * one per dish, left to right in meal time.
 *
 * Kept apart from the drawing so tests can ask where a bar should be.
 */
class TimelineLayout
{
public:
    static constexpr int cookRow = 0;
    static constexpr int defaultWidth = 1200;

    explicit TimelineLayout(const RunResult &run, int width = defaultWidth);

    [[nodiscard]] QSize imageSize() const;
    [[nodiscard]] int rowCount() const { return m_rows; }
    /// Dish d is drawn in row d + 1.
    [[nodiscard]] static int rowOfDish(int dish) { return dish + 1; }

    [[nodiscard]] QRectF titleRect() const;
    [[nodiscard]] QRectF labelRect(int row) const;
    /// The band a row's bars live in.
    [[nodiscard]] QRectF rowRect(int row) const;
    [[nodiscard]] QRectF barRect(int row, Ticks start, Ticks end) const;
    [[nodiscard]] double xAt(Ticks time) const;
    /// The top of the time axis, just under the last row.
    [[nodiscard]] double axisY() const;
    [[nodiscard]] QRectF legendRect() const;
    /// The spacing of the axis ticks: 1, 2 or 5 times a power of ten, about ten of them.
    [[nodiscard]] Ticks tickStep() const;
    [[nodiscard]] Ticks span() const { return m_span; }

private:
    static constexpr int titleHeight = 44;
    static constexpr int labelWidth = 200;
    static constexpr int rightMargin = 40;
    static constexpr int rowPitch = 32;
    static constexpr int barInset = 4;
    static constexpr int axisHeight = 40;
    static constexpr int legendHeight = 36;

    int m_width;
    int m_rows;
    Ticks m_span; ///< the time the plot's width stands for; never 0
};

} // namespace Kitchen
