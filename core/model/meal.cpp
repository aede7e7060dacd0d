// SPDX-License-Identifier: MIT
#include "meal.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Kitchen {

Ticks fromUnits(double units)
{
    return Ticks(std::llround(units * double(ticksPerUnit)));
}

QString formatUnits(Ticks ticks)
{
    QString text = QString::number(toUnits(ticks), 'f', 3);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

qsizetype Meal::dishIndex(const QString &id) const
{
    for (qsizetype i = 0; i < dishes.size(); ++i) {
        if (dishes[i].id == id)
            return i;
    }
    return -1;
}

Meal Meal::withAllLanes(LaneMode mode) const
{
    Meal copy = *this;
    for (Lane &lane : copy.lanes)
        lane.mode = mode;
    return copy;
}

bool Meal::canFail(const Lane &lane) const
{
    for (const QString &id : lane.dishIds) {
        const qsizetype dish = dishIndex(id);
        if (dish < 0)
            continue;
        for (const Step &step : dishes[dish].steps) {
            if (!step.error.isEmpty())
                return true;
        }
    }
    return false;
}

namespace {
struct NamedLaneMode {
    LaneMode mode;
    const char16_t *name;
};
constexpr NamedLaneMode laneModes[] = {
    {LaneMode::Sync, u"sync"},
    {LaneMode::Gather, u"gather"},
    {LaneMode::TaskGroup, u"taskgroup"},
};
} // namespace

QString toString(StepKind kind)
{
    return kind == StepKind::Work ? u"work"_s : u"wait"_s;
}

QString toString(LaneMode mode)
{
    for (const auto &entry : laneModes) {
        if (entry.mode == mode)
            return QString::fromUtf16(entry.name);
    }
    Q_UNREACHABLE();
    return {};
}

QString toString(TimeUnit unit)
{
    return unit == TimeUnit::Seconds ? u"s"_s : u"min"_s;
}

bool parseStepKind(const QString &text, StepKind &out)
{
    if (text == u"wait")
        out = StepKind::Wait;
    else if (text == u"work")
        out = StepKind::Work;
    else
        return false;
    return true;
}

bool parseLaneMode(const QString &text, LaneMode &out)
{
    for (const auto &entry : laneModes) {
        if (text == QStringView(entry.name)) {
            out = entry.mode;
            return true;
        }
    }
    return false;
}

bool parseTimeUnit(const QString &text, TimeUnit &out)
{
    if (text == u"min")
        out = TimeUnit::Minutes;
    else if (text == u"s")
        out = TimeUnit::Seconds;
    else
        return false;
    return true;
}

QStringList laneModeNames()
{
    QStringList names;
    for (const auto &entry : laneModes)
        names << QString::fromUtf16(entry.name);
    return names;
}

} // namespace Kitchen
