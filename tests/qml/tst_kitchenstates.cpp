// SPDX-License-Identifier: MIT
// What the kitchen shows of issue 6's behaviours, moment by moment, derived from the run:
// appliances and their queues, kitchen helpers, forgotten awaits, lost tasks, unready dishes,
// and who cancelled what. The scene and the timeline stay valid models throughout.
#include "kitchenplayer.h"
#include "mealdocument.h"
#include "runtrace.h"
#include "scenemodel.h"
#include "timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Kitchen;

namespace {
constexpr int runTimeoutMs = 30'000;
using Mode = QAbstractItemModelTester::FailureReportingMode;

QVariant sceneValue(const SceneModel &scene, const QString &dishId, SceneModel::Role role)
{
    return scene.index(scene.rowOf(dishId)).data(role);
}

/// The row of the timeline with this dish name.
int timelineRow(const TimelineModel &timeline, const QString &name)
{
    for (int row = 0; row < timeline.rowCount(); ++row) {
        if (timeline.index(row).data(TimelineModel::NameRole).toString() == name)
            return row;
    }
    return -1;
}

/// A kitchen to look into: a document, a player, and testers on every model it shows.
struct Kitchen6 {
    MealDocument document;
    KitchenPlayer player;
    QAbstractItemModelTester sceneTester{player.scene(), Mode::QtTest};
    QAbstractItemModelTester timelineTester{player.timeline(), Mode::QtTest};
    QAbstractItemModelTester predictionTester{document.predictionTimeline(), Mode::QtTest};

    explicit Kitchen6(const QString &meal)
    {
        player.setDocument(&document);
        QVERIFY(document.open(meal));
    }
    [[nodiscard]] SceneModel &scene() const { return *player.scene(); }
    [[nodiscard]] QString phase(const QString &dish) const { return scene().phaseOf(dish); }
    [[nodiscard]] QString value(const QString &dish, SceneModel::Role role) const
    {
        return sceneValue(scene(), dish, role).toString();
    }
};
} // namespace

class TestKitchenStates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFullApplianceMakesDishesWait()
    {
        Kitchen6 kitchen(u"burners"_s);
        SceneModel &scene = kitchen.scene();
        QSignalSpy resources(&scene, &SceneModel::resourcesChanged);

        kitchen.player.inspect(1); // two burners, four pans: two fry, two wait
        QVERIFY(resources.count() > 0);
        QCOMPARE(kitchen.phase(u"pan_1"_s), u"waiting"_s);
        QCOMPARE(kitchen.value(u"pan_1"_s, SceneModel::ApplianceRole), u"Burner"_s);
        QCOMPARE(kitchen.phase(u"pan_3"_s), u"queued"_s);
        QCOMPARE(kitchen.value(u"pan_3"_s, SceneModel::WaitingForRole), u"Burner"_s);
        QCOMPARE(kitchen.value(u"pan_3"_s, SceneModel::ApplianceRole), QString());
        QCOMPARE(kitchen.value(u"pan_4"_s, SceneModel::WaitingForRole), u"Burner"_s);
        QCOMPARE(scene.occupancyOf(u"burner"_s), u"Burner 2 of 2 in use"_s);
        QVariantMap burner = scene.appliances().constFirst().toMap();
        QCOMPARE(burner.value(u"waiting"_s).toInt(), 2);
        QCOMPARE(burner.value(u"users"_s).toStringList(), (QStringList{u"Pancakes"_s, u"Eggs"_s}));
        QVERIFY(!kitchen.player.isLoopBlocked()); // waiting for a burner leaves the cook free

        kitchen.player.inspect(2.5); // the eggs are done at 2: the bacon took their burner
        QCOMPARE(kitchen.phase(u"pan_3"_s), u"waiting"_s);
        QCOMPARE(kitchen.value(u"pan_3"_s, SceneModel::ApplianceRole), u"Burner"_s);
        QCOMPARE(kitchen.value(u"pan_4"_s, SceneModel::WaitingForRole), u"Burner"_s);
        burner = scene.appliances().constFirst().toMap();
        QCOMPARE(burner.value(u"used"_s).toInt(), 2);
        QCOMPARE(burner.value(u"waiting"_s).toInt(), 1);

        kitchen.player.inspect(5.5); // only the bacon still fries
        QCOMPARE(scene.occupancyOf(u"burner"_s), u"Burner 1 of 2 in use"_s);
        QCOMPARE(scene.appliances().constFirst().toMap().value(u"waiting"_s).toInt(), 0);

        // The prediction's timeline draws the queues in their own state.
        TimelineModel &prediction = *kitchen.document.predictionTimeline();
        QVERIFY(prediction.states().contains(u"queued"_s));
        const QVariantList bacon = prediction.index(timelineRow(prediction, u"Bacon"_s))
                                       .data(TimelineModel::SegmentsRole).toList();
        QCOMPARE(bacon.constFirst().toMap().value(u"state"_s).toString(), u"queued"_s);
        QCOMPARE(bacon.constFirst().toMap().value(u"end"_s).toDouble(), 2.0);
    }

    void helpersWorkWhileTheCookIsFree()
    {
        Kitchen6 kitchen(u"helpers"_s);
        SceneModel &scene = kitchen.scene();
        QVERIFY(scene.usesHelpers());
        QCOMPARE(scene.helpers(), 2);

        kitchen.player.inspect(1);
        QCOMPARE(kitchen.phase(u"avocado"_s), u"helper"_s);
        QCOMPARE(kitchen.phase(u"onions"_s), u"helper"_s);
        QCOMPARE(kitchen.phase(u"carrots"_s), u"queued"_s);
        QCOMPARE(kitchen.value(u"carrots"_s, SceneModel::WaitingForRole), QString()); // a helper, not an appliance
        QCOMPARE(kitchen.phase(u"rice"_s), u"waiting"_s);
        QCOMPARE(scene.helpersBusy(), 2);
        QCOMPARE(scene.helpersWaiting(), 1);
        QVERIFY(!kitchen.player.isLoopBlocked());
        QCOMPARE(kitchen.player.cookRow(), -1);
        QCOMPARE(sceneValue(scene, u"avocado"_s, SceneModel::UntilRole).toDouble(), 3.0);
        // A helper's work fills the pot like any step.
        QCOMPARE(sceneValue(scene, u"avocado"_s, SceneModel::ProgressRole).toDouble(), 1.0 / 3.0);

        kitchen.player.inspect(2.5); // the onions are done: the carrots got a helper
        QCOMPARE(kitchen.phase(u"onions"_s), u"done"_s);
        QCOMPARE(kitchen.phase(u"carrots"_s), u"helper"_s);
        QCOMPARE(scene.helpersWaiting(), 0);

        kitchen.player.inspect(4.5);
        QCOMPARE(scene.helpersBusy(), 0);
        QCOMPARE(kitchen.phase(u"avocado"_s), u"done"_s);
        QCOMPARE(kitchen.phase(u"carrots"_s), u"done"_s);
        QVERIFY(kitchen.document.predictionTimeline()->states().contains(u"helper"_s));
    }

    void aForgottenAwaitNeverCooks()
    {
        Kitchen6 kitchen(u"forgotten-await"_s);
        kitchen.player.inspect(4); // main() still awaits the pasta
        QCOMPARE(kitchen.phase(u"caesar_salad"_s), u"notStarted"_s);
        kitchen.player.inspect(10); // main() went past the salad without awaiting it
        QCOMPARE(kitchen.phase(u"caesar_salad"_s), u"neverAwaited"_s);
        QCOMPARE(kitchen.phase(u"chops"_s), u"waiting"_s);
        kitchen.player.inspect(kitchen.document.total());
        QCOMPARE(kitchen.phase(u"caesar_salad"_s), u"neverAwaited"_s);

        // Its timeline row has no bars, and a note saying why.
        TimelineModel &prediction = *kitchen.document.predictionTimeline();
        const QModelIndex salad = prediction.index(timelineRow(prediction, u"Caesar salad"_s));
        QVERIFY(salad.data(TimelineModel::SegmentsRole).toList().isEmpty());
        const QVariantList notes = salad.data(TimelineModel::NotesRole).toList();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.constFirst().toMap().value(u"kind"_s).toString(), u"neverAwaited"_s);
        QCOMPARE(notes.constFirst().toMap().value(u"at"_s).toDouble(), 8.0);
        QCOMPARE(prediction.noteKinds(), QStringList{u"neverAwaited"_s});
    }

    void aFireAndForgetTaskIsCancelledAtTheEnd()
    {
        Kitchen6 kitchen(u"fire-and-forget"_s);
        kitchen.player.inspect(2);
        QCOMPARE(kitchen.phase(u"bread"_s), u"waiting"_s);
        QVERIFY(sceneValue(kitchen.scene(), u"bread"_s, SceneModel::UnawaitedRole).toBool());
        QVERIFY(!sceneValue(kitchen.scene(), u"soup"_s, SceneModel::UnawaitedRole).toBool());
        kitchen.player.inspect(kitchen.document.total());
        QCOMPARE(kitchen.phase(u"bread"_s), u"cancelled"_s);
        QCOMPARE(kitchen.value(u"bread"_s, SceneModel::CancelledByRole), u"end"_s);
        QCOMPARE(kitchen.phase(u"soup"_s), u"done"_s);
    }

    void aDishStartedTooEarlyIsNotReady()
    {
        Kitchen6 kitchen(u"coffee-not-ready"_s);
        kitchen.player.inspect(0.5);
        QCOMPARE(kitchen.value(u"brew_coffee"_s, SceneModel::NotReadyForRole), u"Boil water, Grind coffee bean"_s);
        QCOMPARE(kitchen.value(u"boil_water"_s, SceneModel::NotReadyForRole), QString());
    }

    void cancelledDishesSayWhoCancelledThem()
    {
        Kitchen6 timeout(u"timeout"_s);
        timeout.player.inspect(timeout.document.total());
        QCOMPARE(timeout.phase(u"roast"_s), u"cancelled"_s);
        QCOMPARE(timeout.value(u"roast"_s, SceneModel::CancelledByRole), u"timeout"_s);
        QCOMPARE(timeout.phase(u"salad"_s), u"done"_s);

        Kitchen6 burnt(u"burnt"_s);
        QVERIFY(burnt.document.setLaneMode(0, u"taskgroup"_s));
        // Before the toast burns, the eggs' timer rings at 3, though the group cancels them at 2.
        burnt.player.inspect(1);
        QCOMPARE(burnt.phase(u"eggs"_s), u"waiting"_s);
        QCOMPARE(sceneValue(burnt.scene(), u"eggs"_s, SceneModel::UntilRole).toDouble(), 3.0);
        burnt.player.inspect(burnt.document.total());
        QCOMPARE(burnt.phase(u"toast"_s), u"failed"_s);
        QCOMPARE(burnt.phase(u"eggs"_s), u"cancelled"_s);
        QCOMPARE(burnt.value(u"eggs"_s, SceneModel::CancelledByRole), u"group"_s);
    }

    void aLiveRunShowsTheSameAsThePrediction()
    {
        // Played live, the notes come from the prediction of the same meal, as time reaches them.
        Kitchen6 kitchen(u"forgotten-await"_s);
        QSignalSpy finished(&kitchen.player, &KitchenPlayer::finished);
        kitchen.player.setSecondsPerUnit(0.05);
        kitchen.player.play();
        QCOMPARE(kitchen.phase(u"caesar_salad"_s), u"notStarted"_s);
        QVERIFY(finished.wait(runTimeoutMs));
        QVERIFY(kitchen.player.lastRunMatched());
        QCOMPARE(kitchen.phase(u"caesar_salad"_s), u"neverAwaited"_s);
        TimelineModel &live = *kitchen.player.timeline();
        const QModelIndex salad = live.index(timelineRow(live, u"Caesar salad"_s));
        QCOMPARE(salad.data(TimelineModel::NotesRole), kitchen.document.predictionTimeline()
                                                          ->index(timelineRow(live, u"Caesar salad"_s))
                                                          .data(TimelineModel::NotesRole));

        Kitchen6 helpers(u"helpers"_s);
        QSignalSpy helped(&helpers.player, &KitchenPlayer::finished);
        helpers.player.setSecondsPerUnit(0.05);
        helpers.player.play();
        QVERIFY(helped.wait(runTimeoutMs));
        QVERIFY(helpers.player.lastRunMatched());
        // Every dish ends done: a helper's step counts as progress.
        QCOMPARE(helpers.scene().countIn({u"done"_s}), helpers.scene().count());
    }

    void theTraceCountsHelperStepsAsProgress()
    {
        MealDocument document;
        QVERIFY(document.open(u"helpers"_s));
        const RunTrace trace = RunTrace::fromResult(document.prediction());
        const int carrots = int(document.meal().dishIndex(u"carrots"_s));
        const DishMoment queued = trace.momentAt(carrots, fromUnits(1));
        QCOMPARE(queued.phase, DishMoment::Phase::Queued);
        QCOMPARE(queued.step, 0);
        QCOMPARE(queued.queuedBefore, 0);
        const DishMoment helped = trace.momentAt(carrots, fromUnits(3));
        QCOMPARE(helped.phase, DishMoment::Phase::Helper);
        QCOMPARE(helped.progress, fromUnits(1));
        QCOMPARE(helped.until, fromUnits(4));
        QCOMPARE(trace.momentAt(carrots, fromUnits(4.5)).phase, DishMoment::Phase::Done);
    }
};

QTEST_MAIN(TestKitchenStates)
#include "tst_kitchenstates.moc"
