// SPDX-License-Identifier: MIT
#include "traceexport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Kitchen {

namespace {

constexpr int mealProcess = 1;

class TraceWriter
{
public:
    explicit TraceWriter(const RunResult &run)
        : m_run(run)
        , m_microsecondsPerTick((run.meal.unit == TimeUnit::Minutes ? 60 : 1) * 1'000'000
                                / ticksPerUnit)
    {
    }

    QJsonObject write()
    {
        metadata(u"process_name"_s, cookTrack, {{u"name"_s, m_run.meal.name}});
        track(cookTrack, u"cook (the event loop)"_s);
        for (int dish = 0; dish < m_run.meal.dishes.size(); ++dish)
            track(dish + 1, m_run.dishName(dish));

        for (const CookSegment &span : m_run.cook) {
            const bool idle = !span.busy;
            complete(cookTrack, idle ? u"idle"_s : u"work: "_s + m_run.dishName(span.dish),
                     u"cook"_s, span.start, span.end,
                     {{u"dish"_s, idle ? QString() : m_run.dishId(span.dish)}});
        }
        for (const Segment &segment : m_run.timeline) {
            complete(segment.dish + 1, toString(segment.state), u"dish"_s, segment.start,
                     segment.end, {{u"dish"_s, m_run.dishId(segment.dish)}});
        }
        for (const LogEvent &event : m_run.events) {
            const int tid = event.dish == mainCoroutine ? cookTrack : event.dish + 1;
            m_events.append(QJsonObject{{u"name"_s, event.text}, {u"cat"_s, u"print"_s},
                                        {u"ph"_s, u"i"_s}, {u"s"_s, u"t"_s},
                                        {u"pid"_s, mealProcess}, {u"tid"_s, tid},
                                        {u"ts"_s, microseconds(event.time)}});
        }
        return {{u"traceEvents"_s, m_events},
                {u"displayTimeUnit"_s, u"ms"_s},
                {u"otherData"_s, QJsonObject{{u"meal"_s, m_run.meal.name},
                                             {u"unit"_s, toString(m_run.meal.unit)},
                                             {u"total"_s, toUnits(m_run.total)}}}};
    }

private:
    double microseconds(Ticks ticks) const { return double(ticks * m_microsecondsPerTick); }

    void metadata(const QString &name, int tid, const QJsonObject &args)
    {
        m_events.append(QJsonObject{{u"name"_s, name}, {u"ph"_s, u"M"_s},
                                    {u"pid"_s, mealProcess}, {u"tid"_s, tid},
                                    {u"args"_s, args}});
    }

    void track(int tid, const QString &name)
    {
        metadata(u"thread_name"_s, tid, {{u"name"_s, name}});
        metadata(u"thread_sort_index"_s, tid, {{u"sort_index"_s, tid}});
    }

    void complete(int tid, const QString &name, const QString &category, Ticks start,
                  Ticks end, const QJsonObject &args)
    {
        if (end < start) // zero length is kept: a dish cancelled as the meal ends
            return;
        m_events.append(QJsonObject{{u"name"_s, name}, {u"cat"_s, category},
                                    {u"ph"_s, u"X"_s}, {u"pid"_s, mealProcess},
                                    {u"tid"_s, tid}, {u"ts"_s, microseconds(start)},
                                    {u"dur"_s, microseconds(end - start)}, {u"args"_s, args}});
    }

    const RunResult &m_run;
    const Ticks m_microsecondsPerTick;
    QJsonArray m_events;
};

} // namespace

QJsonObject traceToJson(const RunResult &run)
{
    return TraceWriter(run).write();
}

QByteArray exportTrace(const RunResult &run)
{
    return QJsonDocument(traceToJson(run)).toJson(QJsonDocument::Compact);
}

} // namespace Kitchen
