// SPDX-License-Identifier: MIT
// The warnings panel's findings: each mistake from the lesson meals, named, placed and explained.
#include "builtinmeals.h"
#include "meallint.h"
#include "simulation.h"

#include <QTest>

using namespace Kitchen;
using namespace Qt::StringLiterals;

namespace {

Meal builtin(const QString &name, const QString &allLanes = {})
{
    const MealReadResult read = BuiltinMeals::open(name);
    if (!read.ok())
        qFatal("%s", qPrintable(read.firstError(name)));
    LaneMode mode;
    return allLanes.isEmpty() || !parseLaneMode(allLanes, mode) ? *read.meal : read.meal->withAllLanes(mode);
}

/// "kind: title @ dish/step/lane" for every warning: one string says it all in a failure message.
QStringList describe(const QList<MealWarning> &warnings)
{
    QStringList lines;
    for (const MealWarning &warning : warnings)
        lines << u"%1: %2 @ %3/%4/%5"_s.arg(toString(warning.kind), warning.title)
                     .arg(warning.dish)
                     .arg(warning.step)
                     .arg(warning.lane);
    return lines;
}

} // namespace

class TestMealLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        QTest::addColumn<Meal>("meal");
        QTest::addColumn<QStringList>("expected");

        QTest::addRow("a clean meal") << builtin(u"create-tasks"_s) << QStringList{};
        QTest::addRow("a long blocking step, nothing else cooking")
            << builtin(u"lunch"_s, u"sync"_s)
            << QStringList{u"blocking-step: 'peel and slice' blocks the cook for 2 min @ 2/0/0"_s};
        QTest::addRow("coffee not ready")
            << builtin(u"coffee-not-ready"_s)
            << QStringList{u"not-ready: Brew coffee started before Boil water and Grind coffee bean were done @ 2/-1/0"_s};
        QTest::addRow("a forgotten await")
            << builtin(u"forgotten-await"_s)
            << QStringList{u"never-awaited: coroutine 'caesar_salad' was never awaited @ 1/-1/0"_s};
        QTest::addRow("fire and forget")
            << builtin(u"fire-and-forget"_s)
            << QStringList{u"blocking-step: 'set the table' blocks the cook for 1 min @ -1/0/0"_s,
                           u"lost-task: Task 'bread' was never awaited: asyncio.run() cancelled it at the end @ 1/-1/0"_s};
        QTest::addRow("a timeout cancels the roast")
            << builtin(u"timeout"_s)
            << QStringList{u"cancelled-siblings: Lane 1 ran out of time: Roast was cancelled @ -1/-1/0"_s};
        QTest::addRow("a TaskGroup cancels the eggs")
            << builtin(u"burnt"_s, u"taskgroup"_s)
            << QStringList{u"cancelled-siblings: Toast burnt, so the TaskGroup cancelled Eggs @ 0/-1/0"_s};
        QTest::addRow("gather lets the eggs cook on") << builtin(u"burnt"_s) << QStringList{};
        Meal busyMain = builtin(u"create-tasks"_s);
        busyMain.lanes[0].steps[2].duration = fromUnits(2); // main()'s "other work" holds the loop
        QTest::addRow("main() blocks the cook itself")
            << busyMain << QStringList{u"blocking-step: 'other work' blocks the cook for 2 s @ -1/2/0"_s};
    }

    void findings()
    {
        QFETCH(Meal, meal);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(lintRun(simulate(meal))), expected);
    }

    void blockingStepNamesTheTimersItMadeLate()
    {
        // The tea's kettle boils after 1 min, but the cook kneads dough for 3 min first.
        Meal meal;
        meal.unit = TimeUnit::Minutes;
        meal.dishes << Dish{u"tea"_s, u"Tea"_s, u"kettle"_s, u"tea"_s, {Step{u"boil"_s, fromUnits(1)}}}
                    << Dish{u"bread"_s, u"Bread"_s, u"board"_s, u"bread"_s,
                            {Step{u"knead"_s, fromUnits(3), StepKind::Work}}};
        meal.lanes << Lane{LaneMode::Gather, {u"tea"_s, u"bread"_s}};
        const QList<MealWarning> warnings = lintRun(simulate(meal));
        QCOMPARE(describe(warnings), QStringList{u"blocking-step: 'knead' blocks the cook for 3 min @ 1/0/0"_s});
        QVERIFY2(warnings[0].explanation.contains(u"Tea by 2 min"_s), qPrintable(warnings[0].explanation));
    }

    void thresholdLeavesShortStepsAlone()
    {
        const Meal lunch = builtin(u"lunch"_s, u"sync"_s);
        QCOMPARE(lintRun(simulate(lunch), fromUnits(2)).size(), 1);
        QCOMPARE(lintRun(simulate(lunch), fromUnits(2.001)).size(), 0);
    }

    void everyWarningExplainsAndFixes()
    {
        for (const QString &name : BuiltinMeals::names()) {
            for (const QString &mode : laneModeNames()) {
                for (const MealWarning &warning : lintRun(simulate(builtin(name, mode)))) {
                    QVERIFY2(!warning.title.isEmpty() && !warning.explanation.isEmpty() && !warning.fix.isEmpty(),
                             qPrintable(name + u' ' + mode));
                    QVERIFY2(warning.dish >= 0 || warning.lane >= 0, qPrintable(warning.title));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestMealLint)
#include "tst_meallint.moc"
