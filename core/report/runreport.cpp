// SPDX-License-Identifier: MIT
#include "runreport.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Kitchen {

QString formatTotal(const RunResult &run)
{
    return u"Total prep time: %1 %2"_s.arg(formatUnits(run.total), toString(run.meal.unit));
}

QString formatRunLog(const RunResult &run)
{
    const QString unit = toString(run.meal.unit);
    qsizetype timeWidth = 1;
    qsizetype nameWidth = 4;
    for (const LogEvent &event : run.events) {
        timeWidth = std::max(timeWidth, formatUnits(event.time).size());
        nameWidth = std::max(nameWidth, run.dishName(event.dish).size());
    }
    QString text;
    for (const LogEvent &event : run.events) {
        text += u"[%1 %2] %3  %4\n"_s.arg(formatUnits(event.time), int(timeWidth))
                    .arg(unit)
                    .arg(run.dishName(event.dish), int(-nameWidth))
                    .arg(event.text);
    }
    if (!run.finished)
        text += u"The run stopped before main() returned.\n"_s;
    return text + formatTotal(run) + u'\n';
}

QJsonObject runToJson(const RunResult &run)
{
    QJsonArray events;
    for (const LogEvent &event : run.events)
        events.append(QJsonObject{{u"time"_s, toUnits(event.time)},
                                  {u"dish"_s, run.dishId(event.dish)},
                                  {u"text"_s, event.text}});
    QJsonArray timeline;
    for (const Segment &segment : run.timeline)
        timeline.append(QJsonObject{{u"dish"_s, run.dishId(segment.dish)},
                                    {u"state"_s, toString(segment.state)},
                                    {u"start"_s, toUnits(segment.start)},
                                    {u"end"_s, toUnits(segment.end)}});
    QJsonArray cook;
    for (const CookSegment &segment : run.cook)
        cook.append(QJsonObject{{u"dish"_s, segment.busy ? run.dishId(segment.dish) : QString()},
                                {u"state"_s, segment.busy ? u"work"_s : u"idle"_s},
                                {u"start"_s, toUnits(segment.start)},
                                {u"end"_s, toUnits(segment.end)}});
    QJsonObject totals;
    for (qsizetype i = 0; i < run.totals.size(); ++i) {
        const DishTotals &dish = run.totals[i];
        totals.insert(run.dishId(int(i)), QJsonObject{{u"busy"_s, toUnits(dish.busy)},
                                                      {u"waiting"_s, toUnits(dish.waiting)},
                                                      {u"delayed"_s, toUnits(dish.delayed)}});
    }
    QJsonArray late;
    for (const LateTimer &timer : run.lateTimers)
        late.append(QJsonObject{{u"dish"_s, run.dishId(timer.dish)},
                                {u"deadline"_s, toUnits(timer.deadline)},
                                {u"fired"_s, toUnits(timer.firedAt)},
                                {u"late"_s, toUnits(timer.firedAt - timer.deadline)}});
    QJsonArray lanes;
    for (const Lane &lane : run.meal.lanes)
        lanes.append(QJsonObject{{u"mode"_s, toString(lane.mode)},
                                 {u"dishes"_s, QJsonArray::fromStringList(lane.dishIds)}});
    return {{u"meal"_s, run.meal.name},
            {u"unit"_s, toString(run.meal.unit)},
            {u"total"_s, toUnits(run.total)},
            {u"finished"_s, run.finished},
            {u"lanes"_s, lanes},
            {u"events"_s, events},
            {u"timeline"_s, timeline},
            {u"cook"_s, cook},
            {u"totals"_s, totals},
            {u"lateTimers"_s, late}};
}

} // namespace Kitchen
