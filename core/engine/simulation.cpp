// SPDX-License-Identifier: MIT
#include "simulation.h"

#include "kitchenloop.h"
#include "mealprogram.h"

namespace Kitchen {

RunResult simulate(const Meal &meal)
{
    KitchenLoop loop;
    RunRecorder recorder(meal);
    MealProgram program(meal, loop, recorder);
    const FuturePtr<Done> main = program.start();
    const bool finished = loop.runVirtuallyUntil([&main] { return main->isDone(); });
    return recorder.finish(loop.now(), finished);
}

} // namespace Kitchen
