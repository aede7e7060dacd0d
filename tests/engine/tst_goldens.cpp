// SPDX-License-Identifier: MIT
// Every built-in meal against the lines and totals its article prints.
#include "builtinmeals.h"
#include "simulation.h"

#include <QTest>

using namespace Kitchen;
using namespace Qt::StringLiterals;

namespace {
const QString coffeeIngredients = u"['Boiled water', 'Ground coffee']"_s;
}

class TestGoldens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void articleOutput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("allLanes"); // empty: as the meal ships
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("total");

        const QStringList lunchSync{u"Preparing lunch."_s, u"Pasta will now cook."_s, u"Pasta ready."_s,
                                    u"Meatloaf in the microwave."_s, u"Meatloaf heated."_s,
                                    u"Peeling/slicing avocado."_s, u"Avocado sliced."_s};
        const QStringList lunchGather{u"Preparing lunch."_s, u"Pasta will now cook."_s,
                                      u"Meatloaf in the microwave."_s, u"Peeling/slicing avocado."_s,
                                      u"Avocado sliced."_s, u"Meatloaf heated."_s, u"Pasta ready."_s};
        QTest::addRow("lunch sync") << u"lunch"_s << u"sync"_s << lunchSync << u"15"_s;
        QTest::addRow("lunch gather") << u"lunch"_s << u"gather"_s << lunchGather << u"10"_s;
        QTest::addRow("lunch as shipped") << u"lunch"_s << QString() << lunchGather << u"10"_s;
        QTest::addRow("lunch taskgroup") << u"lunch"_s << u"taskgroup"_s << lunchGather << u"10"_s;

        QTest::addRow("hello") << u"hello"_s << QString() << QStringList{u"Hello ..."_s, u"... World!"_s}
                               << u"1"_s;
        QTest::addRow("gather_tasks.py")
            << u"tasks"_s << QString()
            << QStringList{u"Task A starts"_s, u"Task B starts"_s, u"Task C starts"_s,
                           u"Task C ends"_s, u"Task A ends"_s, u"Task B ends"_s}
            << u"4"_s;

        const QStringList coffeeStart{u"Boil water starts"_s, u"Grind coffee bean starts"_s,
                                      u"Grind coffee bean ends"_s, u"Boil water ends"_s};
        QTest::addRow("make_coffee_toast_blocked.py")
            << u"coffee"_s << QString()
            << coffeeStart + QStringList{u"Brew coffee manually with %1 starts"_s.arg(coffeeIngredients),
                                         u"Brew coffee manually with %1 ends"_s.arg(coffeeIngredients),
                                         u"Toast bread starts"_s, u"Toast bread ends"_s}
            << u"4.9"_s;
        QTest::addRow("make_coffee_toast_concurrent.py")
            << u"coffee-auto"_s << QString()
            << coffeeStart + QStringList{u"Brew coffee automatically with %1 starts"_s.arg(coffeeIngredients),
                                         u"Toast bread starts"_s, u"Toast bread ends"_s,
                                         u"Brew coffee automatically with %1 ends"_s.arg(coffeeIngredients)}
            << u"4"_s;

        QStringList cakeInterleaved;
        QStringList cakeOneByOne;
        for (int i = 0; i < 3; ++i) {
            cakeInterleaved << u"preheat:: temp is now %1"_s.arg(200 + 100 * i)
                            << u"mix_ingredients:: mixing things %1"_s.arg(i);
            cakeOneByOne.insert(i, u"preheat:: temp is now %1"_s.arg(200 + 100 * i));
            cakeOneByOne << u"mix_ingredients:: mixing things %1"_s.arg(i);
        }
        QTest::addRow("cake: preheating and mixing interleave") << u"cake"_s << QString() << cakeInterleaved
                                                                << u"3"_s;
        QTest::addRow("cake one by one") << u"cake"_s << u"sync"_s << cakeOneByOne << u"6"_s;

        QTest::addRow("restaurant sync")
            << u"restaurant"_s << u"sync"_s
            << QStringList{u"New order Pasta"_s, u"Pasta -ready"_s, u"New order Caesar salad"_s,
                           u"Caesar salad -ready"_s, u"New order Chops"_s, u"Chops -ready"_s}
            << u"27"_s;
        QTest::addRow("restaurant gather")
            << u"restaurant"_s << u"gather"_s
            << QStringList{u"New order Pasta"_s, u"New order Caesar salad"_s, u"New order Chops"_s,
                           u"Caesar salad -ready"_s, u"Pasta -ready"_s, u"Chops -ready"_s}
            << u"16"_s;

        // CPython 3.11 running the exported program (python3 burnt.py), issue 6.
        const QStringList burntStart{u"Making breakfast."_s, u"Toast in the toaster."_s, u"Eggs in the pan."_s,
                                     u"The toast is black!"_s};
        const QStringList burntEnd{u"Squeezing oranges."_s, u"Juice ready."_s};
        QTest::addRow("burnt: gather reports the error, the eggs are cancelled at the end")
            << u"burnt"_s << QString()
            << burntStart + QStringList{u"Lane 1 failed: RuntimeError('The toast burnt!')"_s} + burntEnd << u"2.5"_s;
        QTest::addRow("burnt taskgroup: an ExceptionGroup")
            << u"burnt"_s << u"taskgroup"_s
            << burntStart
                   + QStringList{u"Lane 1 failed: ExceptionGroup('unhandled errors in a TaskGroup', "
                                 u"[RuntimeError('The toast burnt!')])"_s}
                   + burntEnd
            << u"2.5"_s;
        QTest::addRow("burnt sync: the eggs never start")
            << u"burnt"_s << u"sync"_s
            << QStringList{u"Making breakfast."_s, u"Toast in the toaster."_s, u"The toast is black!"_s,
                           u"Lane 1 failed: RuntimeError('The toast burnt!')"_s} + burntEnd
            << u"2.5"_s;

        QTest::addRow("messages sync")
            << u"messages"_s << u"sync"_s
            << QStringList{u"Sending message to John Doe"_s, u"Message sent to John Doe"_s,
                           u"Sending message to Anna Herb"_s, u"Message sent to Anna Herb"_s}
            << u"4"_s;
        QTest::addRow("messages taskgroup")
            << u"messages"_s << u"taskgroup"_s
            << QStringList{u"Sending message to John Doe"_s, u"Sending message to Anna Herb"_s,
                           u"Message sent to John Doe"_s, u"Message sent to Anna Herb"_s}
            << u"2"_s;

        // Issue 6's lessons: the first two print exactly what their articles print.
        QTest::addRow("create_tasks.py")
            << u"create-tasks"_s << QString()
            << QStringList{u"Task A created..."_s, u"Task B created..."_s, u"Do other work here..."_s,
                           u"Task A starts"_s, u"Task B starts"_s, u"Task A ends"_s, u"Task B ends"_s}
            << u"4"_s;
        QTest::addRow("make_coffee_wrong.py")
            << u"coffee-not-ready"_s << QString()
            << QStringList{u"Boil water starts"_s, u"Grind coffee bean starts"_s, u"Brew coffee manually starts"_s,
                           u"Brew coffee manually ends"_s, u"Grind coffee bean ends"_s, u"Boil water ends"_s}
            << u"3"_s;
        QTest::addRow("coros.py: the forgotten Caesar salad never cooks")
            << u"forgotten-await"_s << QString()
            << QStringList{u"New order Pasta"_s, u"Pasta -ready"_s, u"New order Chops"_s, u"Chops -ready"_s}
            << u"24"_s;
        QTest::addRow("as_completed: each result as it is sent")
            << u"as-completed"_s << QString()
            << QStringList{u"Sending message to John Does"_s, u"Sending message to Anna Herb"_s,
                           u"Sending message to Chris Jakson"_s, u"Message sent to Anna Herb"_s,
                           u"Complete message to Anna Herb"_s, u"Message sent to Chris Jakson"_s,
                           u"Complete message to Chris Jakson"_s, u"Message sent to John Does"_s,
                           u"Complete message to John Does"_s}
            << u"3"_s;
        QTest::addRow("fire and forget: the bread is cancelled when main() returns")
            << u"fire-and-forget"_s << QString()
            << QStringList{u"Dinner for two."_s, u"Setting the table."_s, u"Table set."_s, u"Soup on the stove."_s,
                           u"Bread in the oven."_s, u"Soup is ready."_s}
            << u"5"_s;
        QTest::addRow("two burners: the third pan waits for a free one")
            << u"burners"_s << QString()
            << QStringList{u"Four pans, two burners."_s, u"Pancakes on a burner."_s, u"Eggs on a burner."_s,
                           u"Eggs done."_s, u"Bacon on a burner."_s, u"Pancakes done."_s, u"Mushrooms on a burner."_s,
                           u"Mushrooms done."_s, u"Bacon done."_s}
            << u"6"_s;
        QTest::addRow("two helpers: the third chore waits for a free one")
            << u"helpers"_s << QString()
            << QStringList{u"Prep with two helpers."_s, u"A helper peels the avocado."_s,
                           u"A helper chops the onions."_s, u"A helper grates the carrots."_s, u"Rice on the stove."_s,
                           u"Onions chopped."_s, u"Avocado peeled."_s, u"Carrots grated."_s, u"Rice is done."_s}
            << u"5"_s;
        QTest::addRow("timeout: the roast is cancelled at 5 minutes")
            << u"timeout"_s << QString()
            << QStringList{u"Guests in 5 minutes!"_s, u"Tossing the salad."_s, u"Roast in the oven."_s,
                           u"Salad ready."_s, u"Lane 1 failed: TimeoutError()"_s}
            << u"5"_s;
    }

    void articleOutput()
    {
        QFETCH(QString, name);
        QFETCH(QString, allLanes);
        QFETCH(QStringList, lines);
        QFETCH(QString, total);

        const MealReadResult read = BuiltinMeals::open(name);
        QVERIFY2(read.ok(), qPrintable(read.firstError(name)));
        Meal meal = *read.meal;
        if (!allLanes.isEmpty()) {
            LaneMode mode;
            QVERIFY(parseLaneMode(allLanes, mode));
            meal = meal.withAllLanes(mode);
        }
        const RunResult run = simulate(meal);
        QVERIFY(run.finished);
        QStringList printed;
        for (const LogEvent &event : run.events)
            printed << event.text;
        QCOMPARE(printed, lines);
        QCOMPARE(formatUnits(run.total), total);
    }

    void totalOnlyRunsAgreeWithFullRuns()
    {
        int compared = 0;
        for (const QString &name : BuiltinMeals::names()) {
            for (const QString &mode : laneModeNames()) {
                LaneMode laneMode;
                QVERIFY(parseLaneMode(mode, laneMode));
                const Meal meal = BuiltinMeals::open(name).meal->withAllLanes(laneMode);
                QCOMPARE(simulateTotal(meal), simulate(meal).total);
                ++compared;
            }
        }
        QVERIFY(compared > 50);
    }

    void everyBuiltinMealLoads()
    {
        QVERIFY(BuiltinMeals::names().size() >= 7);
        for (const QString &name : BuiltinMeals::names()) {
            const MealReadResult read = BuiltinMeals::open(name);
            QVERIFY2(read.ok(), qPrintable(read.firstError(name)));
            QVERIFY2(!read.meal->summary.isEmpty(), qPrintable(name));
        }
    }
};

QTEST_GUILESS_MAIN(TestGoldens)
#include "tst_goldens.moc"
