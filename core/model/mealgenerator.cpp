// SPDX-License-Identifier: MIT
#include "mealgenerator.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Kitchen {

namespace {

class Generator
{
public:
    Generator(quint32 seed, const MealGeneratorOptions &options)
        : m_random(seed)
        , m_options(options)
    { }

    Meal meal()
    {
        Meal meal;
        meal.name = text(u"Meal"_s);
        meal.summary = text(u"Summary"_s);
        meal.unit = pick(2) == 0 ? TimeUnit::Minutes : TimeUnit::Seconds;
        meal.opening = pick(3) == 0 ? QString() : text(u"Opening"_s);
        meal.dishes.reserve(m_options.dishCount);
        for (int i = 0; i < m_options.dishCount; ++i)
            meal.dishes.append(dish(i));
        meal.lanes = lanes(meal.dishes);
        return meal;
    }

private:
    int pick(int count) { return int(m_random.bounded(count)); }

    /// Plain ASCII or a mix of the text that breaks naive writers.
    QString text(const QString &stem)
    {
        static const QStringList tricky { u"Crème brûlée"_s,     u"麻婆豆腐"_s,        u"🍝 pasta 🍅"_s,
                                          u"שקשוקה"_s,           u"say \"ready\""_s,   u"back\\slash"_s,
                                          u"tab\there"_s,        u"two\nlines"_s,      u"bell\x07"_s,
                                          u"e\u0301 combined"_s, u"{\"not\": json}"_s, u"nul\0inside"_s };
        QString result = u"%1 %2"_s.arg(stem).arg(m_random.bounded(100000));
        if (m_options.unicodeText && pick(2) == 0)
            result += u' ' + tricky[pick(int(tricky.size()))];
        return result;
    }

    Ticks duration()
    {
        switch (pick(4)) {
        case 0:
            return Ticks(pick(20)) * ticksPerUnit; // whole units
        case 1:
            return Ticks(pick(10)) * ticksPerUnit + 900; // like 0.9 s of toast
        default:
            return Ticks(m_random.bounded(20000)); // any thousandth
        }
    }

    Dish dish(int index)
    {
        static const QStringList stations { u"stove"_s,   u"microwave"_s, u"board"_s,   u"kettle"_s,
                                            u"grinder"_s, u"oven"_s,      u"toaster"_s, u"brewer"_s };
        Dish dish;
        dish.id = u"dish_%1"_s.arg(index);
        dish.name = text(u"Dish"_s);
        dish.station = stations[pick(int(stations.size()))];
        dish.result = text(u"Result"_s);
        const int stepCount = pick(m_options.maxStepsPerDish + 1);
        for (int s = 0; s < stepCount; ++s) {
            Step step;
            step.label = text(u"step"_s);
            step.duration = duration();
            step.kind = pick(3) == 0 ? StepKind::Work : StepKind::Wait;
            step.startMessage = pick(4) == 0 ? QString() : text(u"Start"_s);
            step.endMessage = pick(4) == 0 ? QString() : text(u"End"_s);
            dish.steps.append(step);
        }
        return dish;
    }

    /// Deals the dishes, in order, into one to maxLanes lanes.
    QList<Lane> lanes(const QList<Dish> &dishes)
    {
        static const LaneMode modes[] = { LaneMode::Sync, LaneMode::Gather, LaneMode::TaskGroup };
        QList<Lane> lanes(1 + pick(std::max(1, m_options.maxLanes)));
        for (Lane &lane : lanes)
            lane.mode = modes[pick(3)];
        for (const Dish &dish : dishes)
            lanes[pick(int(lanes.size()))].dishIds.append(dish.id);
        return lanes;
    }

    QRandomGenerator m_random;
    MealGeneratorOptions m_options;
};

} // namespace

Meal generateMeal(quint32 seed, const MealGeneratorOptions &options)
{
    return Generator(seed, options).meal();
}

} // namespace Kitchen
