// SPDX-License-Identifier: MIT
#include "timelineimage.h"

#include "runreport.h"

#include <algorithm>

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImageWriter>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Kitchen {

namespace {

const QColor textColor(0x21, 0x21, 0x21);
const QColor gridColor(0xe6, 0xe6, 0xe6);
const QColor stripeColor(0xfa, 0xfa, 0xfa);

class TimelinePainter
{
public:
    TimelinePainter(const RunResult &run, const TimelineLayout &layout, QImage &image)
        : m_run(run)
        , m_layout(layout)
        , m_painter(&image)
    {
        m_painter.setRenderHint(QPainter::Antialiasing, false); // crisp bars and exact colours
        m_painter.setRenderHint(QPainter::TextAntialiasing, true);
    }

    void paint()
    {
        title();
        rows();
        grid();
        bars();
        axis();
        legend();
    }

private:
    void title()
    {
        QFont font = m_painter.font();
        font.setPointSizeF(font.pointSizeF() * 1.3);
        font.setBold(true);
        m_painter.save();
        m_painter.setFont(font);
        m_painter.setPen(textColor);
        m_painter.drawText(m_layout.titleRect(), Qt::AlignLeft | Qt::AlignVCenter,
                           m_run.meal.name + u"  \u2014  "_s + formatTotal(m_run));
        m_painter.restore();
    }

    void rows()
    {
        m_painter.setPen(textColor);
        const QFontMetricsF metrics(m_painter.font());
        for (int row = 0; row < m_layout.rowCount(); ++row) {
            if (row % 2 == 1)
                m_painter.fillRect(m_layout.rowRect(row), stripeColor);
            const QString label = row == TimelineLayout::cookRow
                                      ? u"cook (event loop)"_s
                                      : m_run.dishName(row - 1);
            const QRectF box = m_layout.labelRect(row);
            m_painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter,
                               metrics.elidedText(label, Qt::ElideRight, box.width()));
        }
    }

    void grid()
    {
        m_painter.setPen(gridColor);
        const double top = m_layout.rowRect(0).top();
        for (Ticks t = 0; t <= m_layout.span(); t += m_layout.tickStep())
            m_painter.drawLine(QPointF(m_layout.xAt(t), top), QPointF(m_layout.xAt(t), m_layout.axisY()));
    }

    void bars()
    {
        for (const CookSegment &span : m_run.cook) {
            const bool idle = !span.busy;
            m_painter.fillRect(m_layout.barRect(TimelineLayout::cookRow, span.start, span.end),
                               idle ? cookIdleColor() : stateColor(DishState::Work));
        }
        for (const Segment &segment : m_run.timeline) {
            QRectF bar = m_layout.barRect(TimelineLayout::rowOfDish(segment.dish), segment.start, segment.end);
            // A dish cancelled or burnt as the meal ends has an instant of a span: give it a cap to see.
            if (segment.state == DishState::Cancelled || segment.state == DishState::Failed)
                bar.setWidth(std::max(bar.width(), 6.0));
            m_painter.fillRect(bar, stateColor(segment.state));
        }
    }

    void axis()
    {
        const double y = m_layout.axisY();
        const QRectF band = m_layout.rowRect(0);
        m_painter.setPen(textColor);
        m_painter.drawLine(QPointF(band.left(), y), QPointF(band.right(), y));
        const QString unit = toString(m_run.meal.unit);
        for (Ticks t = 0; t <= m_layout.span(); t += m_layout.tickStep()) {
            const double x = m_layout.xAt(t);
            m_painter.drawLine(QPointF(x, y), QPointF(x, y + 5));
            m_painter.drawText(QRectF(x - 40, y + 6, 80, 18), Qt::AlignHCenter | Qt::AlignTop,
                               formatUnits(t));
        }
        m_painter.drawText(QRectF(band.right() + 4, y + 6, 40, 18), Qt::AlignLeft | Qt::AlignTop,
                           unit);
    }

    void legend()
    {
        // The colours every timeline has, then the ones this run's bars use: none unexplained, none extra.
        QList<DishState> present;
        for (const Segment &segment : m_run.timeline) {
            if (!present.contains(segment.state))
                present << segment.state;
        }
        QList<std::pair<QString, QColor>> entries;
        auto addIf = [&](bool shown, const QString &label, QColor color) {
            if (shown)
                entries.append({label, color});
        };
        addIf(present.contains(DishState::Running), u"running"_s, stateColor(DishState::Running));
        addIf(true, u"blocking work"_s, stateColor(DishState::Work));
        addIf(true, u"waiting (timer)"_s, stateColor(DishState::Waiting));
        addIf(present.contains(DishState::Delayed) || present.contains(DishState::Ready), u"ready, cook busy"_s,
              stateColor(DishState::Delayed));
        addIf(present.contains(DishState::Queued), u"waiting for a place"_s, stateColor(DishState::Queued));
        addIf(present.contains(DishState::Helper), u"a helper works"_s, stateColor(DishState::Helper));
        addIf(present.contains(DishState::Done), u"done"_s, stateColor(DishState::Done));
        addIf(present.contains(DishState::Cancelled), u"cancelled"_s, stateColor(DishState::Cancelled));
        addIf(present.contains(DishState::Failed), u"failed"_s, stateColor(DishState::Failed));
        addIf(true, u"cook idle"_s, cookIdleColor());

        QRectF area = m_layout.legendRect();
        const QFontMetricsF metrics(m_painter.font());
        constexpr double swatch = 18;
        double gap = 22;
        double needed = 0;
        for (const auto &entry : std::as_const(entries))
            needed += swatch + metrics.horizontalAdvance(entry.first) + gap;
        if (needed > area.width()) {
            // Too many for the plot's width: start under the labels, closer together.
            area.setLeft(12);
            gap = std::max(8.0, gap - (needed - area.width()) / entries.size());
        }
        double x = area.left();
        m_painter.setPen(textColor);
        for (const auto &[label, color] : entries) {
            const QRectF box(x, area.center().y() - 6, 12, 12);
            m_painter.fillRect(box, color);
            m_painter.drawRect(box);
            const double textWidth = metrics.horizontalAdvance(label);
            m_painter.drawText(QRectF(x + swatch, area.top(), textWidth + 4, area.height()),
                               Qt::AlignLeft | Qt::AlignVCenter, label);
            x += swatch + textWidth + gap;
        }
    }

    const RunResult &m_run;
    const TimelineLayout &m_layout;
    QPainter m_painter;
};

} // namespace

QImage renderTimeline(const RunResult &run, int width)
{
    const TimelineLayout layout(run, width);
    QImage image(layout.imageSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    TimelinePainter(run, layout, image).paint();
    return image;
}

bool saveTimelinePng(const RunResult &run, const QString &path, QString *error)
{
    auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    // Text needs the font database, which only a QGuiApplication sets up.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(u"drawing the timeline needs a QGuiApplication "
                    u"(QT_QPA_PLATFORM=offscreen works without a display)"_s);
    QImageWriter writer(path, "png");
    if (!writer.write(renderTimeline(run)))
        return fail(u"cannot write \"%1\": %2"_s.arg(path, writer.errorString()));
    return true;
}

} // namespace Kitchen
