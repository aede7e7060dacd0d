// SPDX-License-Identifier: MIT
// The meal loader must survive any bytes: no crash, no hang, no sanitizer report.
// Whatever it accepts must cook, and must read back unchanged after writing.
#include "mealfile.h"
#include "simulation.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

namespace {
/// Cooking is linear in steps; this keeps one input's run short.
constexpr qsizetype maxStepsToCook = 20'000;
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Kitchen::MealReadResult read = Kitchen::readMeal(bytes);
    if (!read.ok())
        return 0;
    const Kitchen::MealReadResult again = Kitchen::readMeal(Kitchen::writeMeal(*read.meal));
    if (!again.ok() || !(*again.meal == *read.meal))
        std::abort(); // a meal that does not survive a save is lost work
    qsizetype steps = 0;
    for (const Kitchen::Dish &dish : read.meal->dishes)
        steps += dish.steps.size();
    if (steps <= maxStepsToCook && !Kitchen::simulate(*read.meal).finished)
        std::abort(); // every valid meal runs to the end
    return 0;
}
