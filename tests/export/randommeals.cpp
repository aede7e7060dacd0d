// SPDX-License-Identifier: MIT
#include "randommeals.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Kitchen;

namespace KitchenTest {

namespace {

/// Text that tries hard to break a string literal in Python or C++.
const QStringList awkwardBits{
    u"with ['Boiled water', 'Ground coffee']"_s,
    u"\"quoted\""_s,
    u"back\\slash"_s,
    u"{braces} and %s and %1"_s,
    u"crème brûlée ✓ 🍝"_s,
    u"tab\there"_s,
    u"two\nlines"_s,
    u"'''triple'''"_s,
    u"ends in a backslash \\"_s,
};

const QStringList dishWords{u"pasta"_s, u"sauce"_s, u"toast"_s, u"tea"_s, u"eggs"_s,
                            u"rice"_s,  u"salad"_s, u"soup"_s,  u"cake"_s, u"beans"_s};

/// Python and C++ keywords, and names the generated code itself uses, make good dish ids.
const QStringList trickyIds{u"print"_s, u"main"_s, u"class"_s, u"time"_s, u"asyncio"_s,
                            u"2nd-course"_s, u"tg"_s, u"sleep"_s, u"gather"_s, u"with"_s};

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_random(seed)
        , m_seed(seed)
    {
    }

    Meal meal()
    {
        Meal meal;
        meal.name = u"Random meal %1"_s.arg(m_seed);
        meal.summary = u"Generated from seed %1."_s.arg(m_seed);
        meal.unit = chance(50) ? TimeUnit::Minutes : TimeUnit::Seconds;
        meal.opening = chance(90) ? u"Meal %1 begins %2"_s.arg(m_seed).arg(awkward()) : QString();
        if (chance(40)) {
            const int count = between(1, 2);
            for (int a = 0; a < count; ++a)
                meal.appliances << Appliance{u"burner_%1"_s.arg(a + 1), u"Burner %1"_s.arg(a + 1), between(1, 2)};
        }
        m_appliances = meal.appliances;
        const int dishCount = between(1, 6);
        for (int d = 0; d < dishCount; ++d)
            meal.dishes << dish(d);
        if (meal.usesHelpers())
            meal.helpers = between(1, 3);
        meal.lanes = lanes(meal);
        return meal;
    }

private:
    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }
    int between(int low, int high) { return low + int(m_random.bounded(high - low + 1)); }

    QString awkward() { return chance(30) ? awkwardBits[m_random.bounded(int(awkwardBits.size()))] : QString(); }

    Ticks duration()
    {
        if (chance(3))
            return 0; // asyncio.sleep(0): a bare loop turn
        if (chance(70))
            return Ticks(between(1, 4)) * 5 * randomMealQuantum; // 0.5 .. 2 units
        return Ticks(between(1, 19)) * randomMealQuantum;        // 0.1 .. 1.9 units
    }

    Dish dish(int index)
    {
        Dish dish;
        const QString word = dishWords[m_random.bounded(int(dishWords.size()))];
        dish.id = chance(15) ? trickyIds[m_random.bounded(int(trickyIds.size()))]
                             : u"%1_%2"_s.arg(word).arg(index + 1);
        if (std::any_of(m_usedIds.cbegin(), m_usedIds.cend(), [&](const QString &id) { return id == dish.id; }))
            dish.id += u"-%1"_s.arg(index + 1);
        m_usedIds << dish.id;
        dish.name = u"%1 #%2"_s.arg(word).arg(index + 1);
        dish.station = u"stove"_s;
        dish.result = u"%1 done %2"_s.arg(word, awkward());
        if (index > 0 && chance(15)) { // needs an earlier dish, ready or not
            dish.needs << m_usedIds[m_random.bounded(index)];
            if (chance(50))
                dish.notReadyResult = u"%1 not ready %2"_s.arg(word, awkward());
        }
        dish.steps = steps(u"dish %1"_s.arg(index + 1), word, 1, 4);
        return dish;
    }

    QList<Step> steps(const QString &owner, const QString &word, int fewest, int most)
    {
        QList<Step> steps;
        const int stepCount = between(fewest, most);
        for (int s = 0; s < stepCount; ++s) {
            Step step;
            step.label = u"step %1"_s.arg(s + 1);
            step.duration = duration();
            const int kind = between(1, 100);
            step.kind = kind <= 30 ? StepKind::Work : kind <= 42 ? StepKind::Helper : StepKind::Wait;
            // A helper's zero-length job races the loop for the GIL in CPython: its
            // end lands wherever the loop next lets go, so keep helpers' jobs real.
            if (step.kind == StepKind::Helper && step.duration == 0)
                step.duration = randomMealQuantum;
            if (!m_appliances.isEmpty() && chance(40))
                step.appliance = m_appliances[m_random.bounded(int(m_appliances.size()))].id;
            const QString where = u"%1 step %2"_s.arg(owner).arg(s + 1);
            if (chance(80))
                step.startMessage = where + u" starts "_s + awkward();
            if (chance(80))
                step.endMessage = where + u" ends "_s + awkward();
            if (chance(10)) { // it burns here; later steps never run
                step.error = u"%1 burnt %2"_s.arg(word, awkward());
                steps << step;
                break;
            }
            steps << step;
        }
        return steps;
    }

    QList<Lane> lanes(const Meal &meal)
    {
        QStringList ids;
        for (const Dish &dish : meal.dishes) {
            if (!chance(4)) // now and then a dish no lane cooks
                ids << dish.id;
        }
        std::shuffle(ids.begin(), ids.end(), m_random);
        const int laneCount = between(1, 3);
        QList<Lane> lanes(laneCount);
        const LaneMode modes[] = {LaneMode::Sync, LaneMode::Gather, LaneMode::TaskGroup, LaneMode::CreateTask,
                                  LaneMode::AsCompleted};
        for (Lane &lane : lanes) {
            lane.mode = modes[m_random.bounded(5)];
            lane.returnExceptions = lane.mode == LaneMode::Gather && chance(35);
            if (lane.mode == LaneMode::CreateTask && chance(70))
                lane.steps = steps(u"main"_s, u"main"_s, 1, 2);
        }
        for (qsizetype i = 0; i < ids.size(); ++i) {
            // The first dishes go one to a lane, so lanes are empty only when dishes run out.
            const int lane = i < laneCount ? int(i) : int(m_random.bounded(laneCount));
            lanes[lane].dishIds << ids[i];
            if (chance(8))
                lanes[lane].unawaited << ids[i];
        }
        // CPython 3.11 leaves a cancel request on main() after a TaskGroup fails, and a
        // later timeout then lets CancelledError out of asyncio.run(): no timeouts after one.
        bool groupMayFail = false;
        for (Lane &lane : lanes) {
            if (!groupMayFail && chance(15))
                lane.timeout = Ticks(between(5, 40)) * randomMealQuantum;
            groupMayFail = groupMayFail || (lane.mode == LaneMode::TaskGroup && meal.canFail(lane));
        }
        return lanes;
    }

    QRandomGenerator m_random;
    quint32 m_seed;
    QStringList m_usedIds;
    QList<Appliance> m_appliances;
};

} // namespace

Meal randomMeal(quint32 seed)
{
    return Generator(seed).meal();
}

} // namespace KitchenTest
