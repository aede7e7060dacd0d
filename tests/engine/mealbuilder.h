// SPDX-License-Identifier: MIT
#pragma once
// Small meals for tests, written the way the articles describe them.

#include "meal.h"

namespace MealBuilder {

using namespace Kitchen;

inline Step wait(double units, const QString &start = {}, const QString &end = {})
{
    return Step{QStringLiteral("wait"), fromUnits(units), StepKind::Wait, start, end};
}

inline Step work(double units, const QString &start = {}, const QString &end = {})
{
    return Step{QStringLiteral("work"), fromUnits(units), StepKind::Work, start, end};
}

inline Dish dish(const QString &id, const QList<Step> &steps)
{
    return Dish{id, id, QStringLiteral("stove"), id, steps};
}

/// A dish with one step that prints "<id> starts" and "<id> ends".
inline Dish simpleDish(const QString &id, StepKind kind, double units)
{
    const Step step = kind == StepKind::Wait ? wait(units, id + QStringLiteral(" starts"), id + QStringLiteral(" ends"))
                                             : work(units, id + QStringLiteral(" starts"), id + QStringLiteral(" ends"));
    return dish(id, {step});
}

inline Meal meal(const QList<Dish> &dishes, const QList<Lane> &lanes, TimeUnit unit = TimeUnit::Seconds)
{
    Meal meal;
    meal.name = QStringLiteral("test meal");
    meal.unit = unit;
    meal.dishes = dishes;
    meal.lanes = lanes;
    return meal;
}

} // namespace MealBuilder
