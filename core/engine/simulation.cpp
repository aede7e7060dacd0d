// SPDX-License-Identifier: MIT
#include "simulation.h"

#include "kitchenloop.h"
#include "mealprogram.h"

namespace Kitchen {

namespace {
RunResult run(const Meal &meal, RunRecorder::Detail detail)
{
    KitchenLoop loop;
    RunRecorder recorder(meal, detail);
    recorder.setLoop(&loop);
    MealProgram program(meal, loop, recorder);
    [[maybe_unused]] const FuturePtr<Done> main = program.start(); // kept alive by the task itself too
    const bool finished = loop.runVirtuallyUntil([&program] { return program.isFinished(); });
    return recorder.finish(loop.now(), finished);
}
} // namespace

RunResult simulate(const Meal &meal)
{
    return run(meal, RunRecorder::Detail::Full);
}

Ticks simulateTotal(const Meal &meal)
{
    return run(meal, RunRecorder::Detail::TotalOnly).total;
}

} // namespace Kitchen
