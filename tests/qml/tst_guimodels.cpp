// SPDX-License-Identifier: MIT
// The window's models under QAbstractItemModelTester, driven through real edits and runs.
#include "builtinmeals.h"
#include "dishlistmodel.h"
#include "kitchenplayer.h"
#include "lanelistmodel.h"
#include "logmodel.h"
#include "mealdocument.h"
#include "runtrace.h"
#include "scenemodel.h"
#include "simulation.h"
#include "timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Kitchen;

namespace {
constexpr int runTimeoutMs = 30'000;
using Mode = QAbstractItemModelTester::FailureReportingMode;

/// Keeps a tester on every model the document and the player own, lanes included.
class Testers
{
public:
    void watch(QAbstractItemModel *model)
    {
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(model, Mode::QtTest));
    }
    void watchLanes(LaneListModel *lanes)
    {
        for (int row = 0; row < lanes->rowCount(); ++row) {
            DishListModel *dishes = lanes->dishesAt(row);
            if (!m_watched.contains(dishes)) {
                m_watched << dishes;
                watch(dishes);
            }
        }
    }

private:
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    QList<QAbstractItemModel *> m_watched;
};

QStringList laneIds(const MealDocument &document, int lane)
{
    return document.lanes()->dishesAt(lane)->ids();
}
} // namespace

class TestGuiModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsAnnounceRowsAndKeepTheModelsValid()
    {
        MealDocument document;
        Testers testers;
        testers.watch(document.lanes());
        testers.watch(document.shelf());
        testers.watch(document.predictionTimeline());
        QVERIFY(document.open(u"lunch"_s));
        testers.watchLanes(document.lanes());

        QCOMPARE(document.lanes()->rowCount(), 1);
        QCOMPARE(laneIds(document, 0), (QStringList{u"pasta"_s, u"meatloaf"_s, u"avocado"_s}));
        QCOMPARE(document.total(), 10.0);
        QCOMPARE(document.syncTotal(), 15.0);

        // Out to the shelf: one row removed from the lane, one inserted on the shelf.
        DishListModel *gather = document.lanes()->dishesAt(0);
        QSignalSpy removed(gather, &QAbstractItemModel::rowsRemoved);
        QSignalSpy shelved(document.shelf(), &QAbstractItemModel::rowsInserted);
        QVERIFY(document.moveDish(u"avocado"_s, -1, -1));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(shelved.count(), 1);
        QCOMPARE(document.shelf()->ids(), QStringList{u"avocado"_s});

        // Into a new sync lane: the lane model gains a row, the lane keeps its list object.
        QVERIFY(document.moveDishToNewLane(u"avocado"_s, 1, u"sync"_s));
        testers.watchLanes(document.lanes());
        QCOMPARE(document.lanes()->rowCount(), 2);
        QCOMPARE(document.lanes()->dishesAt(0), gather);
        QCOMPARE(document.total(), 12.0);
        QCOMPARE(document.shelf()->rowCount(), 0);

        QVERIFY(document.setLaneMode(0, u"sync"_s));
        QCOMPARE(document.lanes()->index(0).data(LaneListModel::ModeRole).toString(), u"sync"_s);
        QCOMPARE(document.total(), 15.0);
        QVERIFY(document.moveLane(1, 0));
        QCOMPARE(laneIds(document, 0), QStringList{u"avocado"_s});
        QVERIFY(document.toggleStepKind(u"avocado"_s, 0));
        QCOMPARE(document.shelf()->rowCount(), 0);
        QVERIFY(document.removeLane(1));
        QCOMPARE(document.shelf()->rowCount(), 2);
        QVERIFY(document.addLane(-1, u"taskgroup"_s));
        testers.watchLanes(document.lanes());

        // Every edit was one command: undo them all and the meal is lunch again.
        while (document.canUndo())
            document.undo();
        QCOMPARE(document.meal(), BuiltinMeals::open(u"lunch"_s).meal.value());
        QCOMPARE(document.total(), 10.0);
        while (document.canRedo())
            document.redo();
        QCOMPARE(document.lanes()->rowCount(), 2);
        QCOMPARE(document.laneMode(1), u"taskgroup"_s);
    }

    void whatGoesWrongShowsInTheRolesItChanges()
    {
        MealDocument document;
        Testers testers;
        testers.watch(document.lanes());
        testers.watch(document.shelf());
        testers.watch(document.predictionTimeline());
        QVERIFY(document.open(u"lunch"_s));
        testers.watchLanes(document.lanes());
        LaneListModel *lanes = document.lanes();
        DishListModel *dishes = lanes->dishesAt(0);
        QSignalSpy laneChanged(lanes, &QAbstractItemModel::dataChanged);
        QSignalSpy dishChanged(dishes, &QAbstractItemModel::dataChanged);
        const auto lastLaneRoles = [&] { return laneChanged.constLast().at(2).value<QList<int>>(); };
        const auto lane = [&](int role) { return lanes->index(0).data(role); };
        const auto dish = [&](int row, int role) { return dishes->index(row).data(role); };

        QVERIFY(document.setLaneReturnExceptions(0, true));
        QCOMPARE(lastLaneRoles(), QList<int>{LaneListModel::ReturnExceptionsRole});
        QCOMPARE(lane(LaneListModel::ReturnExceptionsRole), true);
        QVERIFY(dishChanged.isEmpty()); // the dishes did not change

        QVERIFY(document.setLaneTimeout(0, 4));
        QCOMPARE(lastLaneRoles(), QList<int>{LaneListModel::TimeoutRole});
        QCOMPARE(lane(LaneListModel::TimeoutRole).toDouble(), 4.0);
        QCOMPARE(document.total(), 4.0); // the timeout cancels the pasta

        // A forgotten await: the dish's row says so, and the lane counts it.
        QVERIFY(document.setDishAwaited(u"meatloaf"_s, false));
        QCOMPARE(lastLaneRoles(), QList<int>{LaneListModel::ForgottenRole});
        QCOMPARE(lane(LaneListModel::ForgottenRole).toInt(), 1);
        QCOMPARE(dishChanged.count(), 1);
        QCOMPARE(dishChanged.constLast().at(0).toModelIndex().row(), 1);
        QCOMPARE(dish(1, DishListModel::AwaitedRole), false);
        QCOMPARE(dish(0, DishListModel::AwaitedRole), true);

        // main()'s own steps in a create_task lane.
        QVERIFY(document.setLaneMode(0, u"create_task"_s));
        QVERIFY(document.addLaneStep(0, -1));
        QCOMPARE(lastLaneRoles(), QList<int>{LaneListModel::StepsRole});
        QCOMPARE(lane(LaneListModel::StepsRole).toList().size(), 1);
        QVERIFY(document.toggleLaneStepKind(0, 0));
        QCOMPARE(lane(LaneListModel::StepsRole).toList().value(0).toMap().value(u"kind"_s), u"work"_s);

        // A step's kind, its burning and its appliance reach the chips.
        dishChanged.clear();
        QVERIFY(document.setStepKind(u"avocado"_s, 0, u"helper"_s));
        QCOMPARE(dishChanged.count(), 1);
        QCOMPARE(dish(2, DishListModel::BlocksRole), false);
        QVERIFY(document.setStepError(u"pasta"_s, 0, u"Boiled dry!"_s));
        QCOMPARE(dish(0, DishListModel::BurnsRole), true);
        QCOMPARE(dish(0, DishListModel::StepsRole).toList().value(0).toMap().value(u"error"_s), u"Boiled dry!"_s);
        const QString burner = document.addAppliance();
        QVERIFY(document.setStepAppliance(u"pasta"_s, 0, burner));
        dishChanged.clear();
        QVERIFY(document.setApplianceName(burner, u"Big burner"_s)); // the chip's badge follows the name
        QCOMPARE(dishChanged.count(), 1);
        QCOMPARE(dish(0, DishListModel::StepsRole).toList().value(0).toMap().value(u"applianceName"_s),
                 u"Big burner"_s);
        QVERIFY(document.setDishNeeds(u"avocado"_s, u"pasta"_s, true));
        QCOMPARE(dish(2, DishListModel::NeedsRole).toStringList(), QStringList{u"pasta"_s});

        // Off the lane, the dish is awaited again; back in, still awaited.
        QVERIFY(document.moveDish(u"meatloaf"_s, -1, -1));
        QCOMPARE(document.shelf()->index(0).data(DishListModel::AwaitedRole), true);
        QCOMPARE(lane(LaneListModel::ForgottenRole).toInt(), 0);
        QVERIFY(document.removeAppliance(burner));
        QVERIFY(dish(0, DishListModel::StepsRole).toList().value(0).toMap().value(u"applianceName"_s)
                    .toString().isEmpty());

        while (document.canUndo())
            document.undo();
        QCOMPARE(document.meal(), BuiltinMeals::open(u"lunch"_s).meal.value());
        QCOMPARE(lane(LaneListModel::TimeoutRole).toDouble(), 0.0);
        QCOMPARE(lane(LaneListModel::StepsRole).toList().size(), 0);
        QCOMPARE(dish(1, DishListModel::AwaitedRole), true);
        while (document.canRedo())
            document.redo();
        QCOMPARE(document.shelf()->ids(), QStringList{u"meatloaf"_s});
        QCOMPARE(lane(LaneListModel::TimeoutRole).toDouble(), 4.0);
    }

    void refusedEditsPushNothing()
    {
        MealDocument document;
        QVERIFY(document.open(u"lunch"_s));
        QVERIFY(!document.moveDish(u"pasta"_s, 0, 0)); // already there
        QVERIFY(!document.moveDish(u"nonsense"_s, 0, 0));
        QVERIFY(!document.moveDish(u"pasta"_s, 7, 0));
        QVERIFY(!document.setLaneMode(0, u"gather"_s));
        QVERIFY(!document.setLaneMode(0, u"fastest"_s));
        QVERIFY(!document.toggleStepKind(u"pasta"_s, 3));
        QVERIFY(!document.removeLane(2));
        QVERIFY(!document.moveLane(0, 0));
        QCOMPARE(document.undoStack()->count(), 0);
        QVERIFY(!document.open(u"/no/such/meal.json"_s));
        QVERIFY(!document.errorString().isEmpty());
        QCOMPARE(document.title(), u"Lunch"_s);
    }

    void openingAnotherMealResetsTheModels()
    {
        MealDocument document;
        Testers testers;
        testers.watch(document.lanes());
        testers.watch(document.shelf());
        testers.watch(document.predictionTimeline());
        QVERIFY(document.open(u"lunch"_s));
        QVERIFY(document.setLaneMode(0, u"sync"_s));
        for (const QString &name : BuiltinMeals::names()) {
            QVERIFY(document.open(name));
            QVERIFY(!document.canUndo());
            // The cook's row, then one row per dish that cooks.
            QCOMPARE(document.predictionTimeline()->rowCount(), document.cookingOrder().size() + 1);
            QCOMPARE(document.total(), toUnits(simulate(document.meal()).total));
        }
    }

    void theTraceShowsALateTimer()
    {
        // Avocado works for 5 min while the meatloaf's 3 min timer expires.
        Meal meal = BuiltinMeals::open(u"lunch"_s).meal.value();
        meal.dishes[2].steps[0].duration = fromUnits(5);
        const RunResult run = simulate(meal);
        const RunTrace trace = RunTrace::fromResult(run);

        QCOMPARE(trace.momentAt(1, fromUnits(2)).phase, DishMoment::Phase::Waiting);
        const DishMoment late = trace.momentAt(1, fromUnits(4));
        QCOMPARE(late.phase, DishMoment::Phase::Late);
        QCOMPARE(late.until, fromUnits(3));
        QCOMPARE(trace.blockingDishAt(fromUnits(4)), 2);
        QCOMPARE(trace.blockingDishAt(fromUnits(6)), -1);
        QCOMPARE(trace.momentAt(1, fromUnits(6)).phase, DishMoment::Phase::Done);
        QCOMPARE(trace.momentAt(0, 0).phase, DishMoment::Phase::Waiting);
        QCOMPARE(trace.totalsUntil(1, run.total).delayed, fromUnits(2));
        QCOMPARE(trace.totalsUntil(1, run.total).delayed, run.totals[1].delayed);
        QCOMPARE(trace.totalsUntil(2, run.total).busy, run.totals[2].busy);
    }

    void theGrowingBarIsKeptApart_data()
    {
        QTest::addColumn<QString>("meal");
        QTest::addColumn<QString>("row");
        QTest::addColumn<double>("earlier");
        QTest::addColumn<double>("later");
        QTest::addColumn<QString>("state");
        QTest::addColumn<double>("start");
        QTest::addColumn<int>("barsBefore");
        QTest::addColumn<double>("avocadoMinutes"); // lunch: how long the avocado holds the loop

        QTest::newRow("water boiling") << u"coffee"_s << u"Boil water"_s << 1.0 << 2.5 << u"waiting"_s << 0.0 << 0 << 0.0;
        QTest::newRow("manual brew") << u"coffee"_s << u"Brew coffee"_s << 3.2 << 3.8 << u"work"_s << 3.0 << 0 << 0.0;
        QTest::newRow("the cook brewing") << u"coffee"_s << QString() << 3.2 << 3.8 << u"work"_s << 3.0 << 0 << 0.0;
        // The meatloaf's 3 min timer expires while the avocado holds the loop until 5.
        QTest::newRow("late meatloaf") << u"lunch"_s << u"Meatloaf"_s << 3.5 << 4.5 << u"delayed"_s << 3.0 << 1 << 5.0;
        QTest::newRow("the cook peeling") << u"lunch"_s << QString() << 3.5 << 4.5 << u"work"_s << 0.0 << 0 << 5.0;
    }

    void theGrowingBarIsKeptApart()
    {
        // The bar still growing at the playhead is its own role; moving the playhead within
        // it changes the totals, never the finished bars, so their delegates stay.
        QFETCH(QString, meal);
        QFETCH(QString, row);
        QFETCH(double, earlier);
        QFETCH(double, later);
        QFETCH(QString, state);
        QFETCH(double, start);
        QFETCH(int, barsBefore);
        QFETCH(double, avocadoMinutes);

        MealDocument document;
        KitchenPlayer player;
        Testers testers;
        testers.watch(player.timeline());
        player.setDocument(&document);
        QVERIFY(document.open(meal));
        if (avocadoMinutes > 0)
            QVERIFY(document.setStepDuration(u"avocado"_s, 0, avocadoMinutes));
        player.inspect(earlier);
        TimelineModel &timeline = *player.timeline();
        int found = -1;
        for (int r = 0; r < timeline.rowCount(); ++r) {
            if (row.isEmpty() ? timeline.index(r).data(TimelineModel::IsCookRole).toBool()
                              : timeline.index(r).data(TimelineModel::NameRole).toString() == row)
                found = r;
        }
        QVERIFY(found >= 0);
        const QModelIndex index = timeline.index(found);
        const QVariantMap growing = index.data(TimelineModel::GrowingRole).toMap();
        QCOMPARE(growing.value(u"state"_s).toString(), state);
        QCOMPARE(growing.value(u"start"_s).toDouble(), start);
        QCOMPARE(timeline.end(), earlier);
        const QVariantList bars = index.data(TimelineModel::SegmentsRole).toList();
        QCOMPARE(bars.size(), barsBefore);
        for (const QVariant &bar : bars)
            QVERIFY(bar.toMap().value(u"end"_s).toDouble() <= start);

        QSignalSpy changed(&timeline, &QAbstractItemModel::dataChanged);
        player.inspect(later);
        QCOMPARE(index.data(TimelineModel::GrowingRole).toMap(), growing);
        QCOMPARE(index.data(TimelineModel::SegmentsRole).toList(), bars);
        bool rowChanged = false;
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            if (signal.at(0).toModelIndex().row() != found)
                continue;
            rowChanged = true;
            const auto roles = signal.at(2).value<QList<int>>();
            QVERIFY(!roles.isEmpty()); // empty means every role
            QVERIFY(!roles.contains(TimelineModel::SegmentsRole));
            QVERIFY(!roles.contains(TimelineModel::GrowingRole));
        }
        QVERIFY(rowChanged); // its totals moved

        // Once the playhead is past it, the bar is finished like the others.
        player.inspect(document.total());
        const QVariantList finished = index.data(TimelineModel::SegmentsRole).toList();
        QVERIFY(index.data(TimelineModel::GrowingRole).toMap().isEmpty());
        QVERIFY(std::any_of(finished.cbegin(), finished.cend(), [&](const QVariant &bar) {
            return bar.toMap().value(u"state"_s).toString() == state && bar.toMap().value(u"start"_s).toDouble() == start;
        }));
    }

    void mainsOwnBlockingStepIsNamed()
    {
        // create-tasks: main()'s third own step, "other work", holds the loop from 0 to 2 s.
        MealDocument document;
        KitchenPlayer player;
        player.setDocument(&document);
        QVERIFY(document.open(u"create-tasks"_s));
        QVERIFY(document.setLaneStepDuration(0, 2, 2));
        player.inspect(1);
        QVERIFY(player.isMainBlocking());
        QCOMPARE(player.mainStepLabel(), u"other work"_s);
        QCOMPARE(player.mainUntil(), 2.0);
        player.inspect(3);
        QVERIFY(!player.isMainBlocking());
        QVERIFY(player.mainStepLabel().isEmpty());
    }

    void playingFillsTheSceneTheTimelineAndTheLog()
    {
        MealDocument document;
        KitchenPlayer player;
        Testers testers;
        testers.watch(player.scene());
        testers.watch(player.timeline());
        testers.watch(player.log());
        player.setDocument(&document);
        QVERIFY(document.open(u"coffee"_s));
        QCOMPARE(player.status(), KitchenPlayer::Status::Stopped);
        QVERIFY(player.log()->isPredicted());
        QCOMPARE(player.scene()->countIn({u"notStarted"_s}), 4);

        player.inspect(3.5); // the manual brew holds the loop from 3 to 4
        QVERIFY(player.isLoopBlocked());
        QCOMPARE(player.scene()->phaseOf(u"brew_coffee"_s), u"work"_s);
        QCOMPARE(player.scene()->phaseOf(u"toast_bread"_s), u"ready"_s);

        QSignalSpy finished(&player, &KitchenPlayer::finished);
        QSignalSpy logged(player.log(), &QAbstractItemModel::rowsInserted);
        player.setSecondsPerUnit(0.05);
        player.play();
        QVERIFY(finished.wait(runTimeoutMs));
        QVERIFY(logged.count() > 0); // lines arrived one by one while it ran
        QVERIFY(player.lastRunMatched());
        QCOMPARE(player.lastRunTotal(), 4.9);
        QCOMPARE(player.log()->rowCount(), document.prediction().events.size());
        QCOMPARE(player.timeline()->rowCount(), document.predictionTimeline()->rowCount());
        for (int row = 0; row < player.timeline()->rowCount(); ++row) {
            const QModelIndex live = player.timeline()->index(row);
            const QModelIndex predicted = document.predictionTimeline()->index(row);
            QCOMPARE(live.data(TimelineModel::SegmentsRole), predicted.data(TimelineModel::SegmentsRole));
        }

        QVERIFY(document.setLaneMode(0, u"sync"_s));
        QCOMPARE(player.status(), KitchenPlayer::Status::Stopped);
    }
};

QTEST_MAIN(TestGuiModels)
#include "tst_guimodels.moc"
