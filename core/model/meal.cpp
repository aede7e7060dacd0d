// SPDX-License-Identifier: MIT
#include "meal.h"

#include <algorithm>
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

QHash<QString, qsizetype> Meal::dishIndexes() const
{
    QHash<QString, qsizetype> indexes;
    indexes.reserve(dishes.size());
    for (qsizetype i = 0; i < dishes.size(); ++i)
        indexes.insert(dishes[i].id, i);
    return indexes;
}

Meal Meal::withAllLanes(LaneMode mode) const
{
    Meal copy = *this;
    for (Lane &lane : copy.lanes)
        lane.mode = mode;
    return copy;
}

QString Dish::unreadyResult() const
{
    return notReadyResult.isEmpty() ? u"%1 not ready!"_s.arg(name) : notReadyResult;
}

qsizetype Meal::applianceIndex(const QString &id) const
{
    for (qsizetype i = 0; i < appliances.size(); ++i) {
        if (appliances[i].id == id)
            return i;
    }
    return -1;
}

namespace {
bool anyStepBurns(const QList<Step> &steps)
{
    return std::any_of(steps.cbegin(), steps.cend(), [](const Step &step) { return !step.error.isEmpty(); });
}
} // namespace

bool Meal::canFail(const Lane &lane) const
{
    if (lane.timeout > 0 || anyStepBurns(lane.steps))
        return true;
    for (const QString &id : lane.dishIds) {
        const qsizetype dish = dishIndex(id);
        if (dish >= 0 && lane.awaits(id) && anyStepBurns(dishes[dish].steps))
            return true;
    }
    return false;
}

QList<Meal::LaneStep> Meal::mainWorkSteps() const
{
    QList<LaneStep> work;
    for (int lane = 0; lane < lanes.size(); ++lane) {
        const QList<Step> &steps = lanes.at(lane).steps;
        for (int step = 0; step < steps.size(); ++step) {
            if (steps[step].kind == StepKind::Work && steps[step].duration > 0)
                work.append({lane, step});
        }
    }
    return work;
}

bool Meal::usesHelpers() const
{
    const auto helped = [](const Step &step) { return step.kind == StepKind::Helper; };
    for (const Dish &dish : dishes) {
        if (std::any_of(dish.steps.cbegin(), dish.steps.cend(), helped))
            return true;
    }
    for (const Lane &lane : lanes) {
        if (std::any_of(lane.steps.cbegin(), lane.steps.cend(), helped))
            return true;
    }
    return false;
}

bool Meal::isNeeded(const QString &dishId) const
{
    return std::any_of(dishes.cbegin(), dishes.cend(),
                       [&](const Dish &dish) { return dish.needs.contains(dishId); });
}

bool Meal::needsVersion2() const
{
    if (!appliances.isEmpty() || helpers != 1 || usesHelpers())
        return true;
    for (const Dish &dish : dishes) {
        if (!dish.needs.isEmpty() || !dish.notReadyResult.isEmpty())
            return true;
        for (const Step &step : dish.steps) {
            if (!step.appliance.isEmpty())
                return true;
        }
    }
    for (const Lane &lane : lanes) {
        if (lane.mode == LaneMode::CreateTask || lane.mode == LaneMode::AsCompleted || !lane.unawaited.isEmpty()
            || lane.timeout > 0 || !lane.steps.isEmpty())
            return true;
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
    {LaneMode::CreateTask, u"create_task"},
    {LaneMode::AsCompleted, u"as_completed"},
};
} // namespace

QString toString(StepKind kind)
{
    switch (kind) {
    case StepKind::Wait:
        return u"wait"_s;
    case StepKind::Work:
        return u"work"_s;
    case StepKind::Helper:
        return u"helper"_s;
    }
    Q_UNREACHABLE();
    return {};
}

QStringList stepKindNames()
{
    return {u"wait"_s, u"work"_s, u"helper"_s};
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
    else if (text == u"helper")
        out = StepKind::Helper;
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
