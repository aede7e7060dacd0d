// SPDX-License-Identifier: MIT
#include "tiebreaks.h"

#include "lineorder.h"
#include "simulation.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using namespace Kitchen;

namespace KitchenTest {

namespace {

constexpr int jitteredRuns = 12;
/// Up to 3 ticks a step, either way: even 24 steps in a row stay under the 100
/// ticks that separate distinct lines of a random meal, so only true ties flip.
constexpr int maxJitterTicks = 3;

void jitter(Ticks &duration, QRandomGenerator &random)
{
    if (duration <= maxJitterTicks)
        return; // asyncio.sleep(0) has no timer to be late
    // Either way, never zero: a tie must break one way or the other.
    const int ticks = 1 + int(random.bounded(maxJitterTicks));
    duration += random.bounded(2) ? ticks : -ticks;
}

Meal jittered(const Meal &meal, quint32 seed)
{
    QRandomGenerator random(seed);
    Meal copy = meal;
    for (Dish &dish : copy.dishes) {
        for (Step &step : dish.steps)
            jitter(step.duration, random);
    }
    for (Lane &lane : copy.lanes) {
        jitter(lane.timeout, random);
        for (Step &step : lane.steps)
            jitter(step.duration, random);
    }
    return copy;
}

/// How a run of the meal with jittered steps differs from @p predicted, if at all.
QString jitteredDifference(const RunResult &predicted, bool turns)
{
    for (int run = 0; run < jitteredRuns; ++run) {
        const RunResult other = simulate(jittered(predicted.meal, quint32(run + 1)));
        QList<PrintedLine> printed;
        for (const LogEvent &event : other.events)
            printed.append({event.text, std::numeric_limits<double>::quiet_NaN(), turns ? event.turn : -1});
        const OrderCheck check = compareLines(predicted.events, printed);
        if (!check)
            return u"with steps a few ticks off (jitter seed %1): %2"_s.arg(run + 1).arg(check.problem);
    }
    return {};
}

} // namespace

QString tieDependentOrder(const RunResult &predicted)
{
    return jitteredDifference(predicted, false);
}

QString tieDependentTurns(const RunResult &predicted)
{
    return jitteredDifference(predicted, true);
}

void forgetTurns(RunResult &predicted)
{
    for (LogEvent &event : predicted.events)
        event.turn = -1;
}

} // namespace KitchenTest
