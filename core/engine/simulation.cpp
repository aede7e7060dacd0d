// SPDX-License-Identifier: MIT
#include "simulation.h"

#include "kitchenloop.h"
#include "mealprogram.h"

namespace Kitchen {

RunResult simulate(const Meal &meal)
{
    KitchenLoop loop;
    RunRecorder recorder(meal);
    recorder.setLoop(&loop);
    MealProgram program(meal, loop, recorder);
    [[maybe_unused]] const FuturePtr<Done> main = program.start(); // kept alive by the task itself too
    const bool finished = loop.runVirtuallyUntil([&program] { return program.isFinished(); });
    return recorder.finish(loop.now(), finished);
}

} // namespace Kitchen
