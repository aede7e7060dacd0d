// SPDX-License-Identifier: MIT
#include "runresult.h"

using namespace Qt::StringLiterals;

namespace Kitchen {

QString toString(DishState state)
{
    switch (state) {
    case DishState::Ready:
        return u"ready"_s;
    case DishState::Running:
        return u"running"_s;
    case DishState::Work:
        return u"work"_s;
    case DishState::Waiting:
        return u"waiting"_s;
    case DishState::Delayed:
        return u"delayed"_s;
    case DishState::Queued:
        return u"queued"_s;
    case DishState::Helper:
        return u"helper"_s;
    case DishState::Done:
        return u"done"_s;
    case DishState::Cancelled:
        return u"cancelled"_s;
    case DishState::Failed:
        return u"failed"_s;
    }
    return {};
}

QString RunResult::dishId(int dish) const
{
    return dish == mainCoroutine ? u"main"_s : meal.dishes.at(dish).id;
}

QString RunResult::dishName(int dish) const
{
    return dish == mainCoroutine ? u"main"_s : meal.dishes.at(dish).name;
}

} // namespace Kitchen
