// SPDX-License-Identifier: MIT
// Edit to preview: the time from one step toggle in the window's document to a
// fresh prediction (the meal and its sync/gather/TaskGroup totals, models updated),
// against the peer of one bare virtual run of the same meal.
#include "benchmeals.h"
#include "benchtable.h"
#include "mealdocument.h"
#include "mealfile.h"
#include "simulation.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

using namespace Kitchen;
using namespace Qt::StringLiterals;

namespace {

constexpr int repeats = 41;

template<typename Action>
double medianMs(Action action)
{
    QList<double> samples;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        action();
        samples << double(timer.nsecsElapsed()) / 1e6;
    }
    return BenchTable::percentile(samples, 50);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    BenchTable::Table table({u"dishes x10 steps"_s, u"toggle -> preview ms (median)"_s, u"one virtual run ms"_s,
                             u"preview / run"_s, u"target: 100 dishes < 2 ms"_s});
    for (int dishes : {10, 100, 1000}) {
        const Meal meal = BenchMeals::gatherMeal(dishes);
        const QString path = dir.filePath(u"bench-%1.json"_s.arg(dishes));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(writeMeal(meal)) < 0)
            return 1;
        file.close();
        MealDocument document;
        if (!document.open(path))
            return 1;
        const QString dish = meal.dishes.first().id;
        const double preview = medianMs([&] { document.toggleStepKind(dish, 0); });
        const double run = medianMs([&] { (void)simulate(meal); });
        table.add({QString::number(dishes), QString::number(preview, 'f', 3), QString::number(run, 'f', 3),
                   u"%1x"_s.arg(preview / run, 0, 'f', 1),
                   dishes == 100 ? BenchTable::verdict(preview < 2.0) : QString()});
    }
    table.print();
    return 0;
}
