// SPDX-License-Identifier: MIT
// Every kind of edit on MealDocument: undo brings the meal back exactly, redo repeats it exactly.
// Also the file side of the document: the modified mark, saving, bad files and recent files.
#include "dishlistmodel.h"
#include "lanelistmodel.h"
#include "mealdocument.h"
#include "mealfile.h"
#include "timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <functional>
#include <map>

using namespace Qt::StringLiterals;
using namespace Kitchen;

namespace {
/// What a row does before the edit (not under test), the edit itself, and the undo text it must give.
struct EditCase {
    std::function<void(MealDocument &)> setUp;
    std::function<bool(MealDocument &)> edit;
    QString undoText{}; ///< empty: not checked
};

/// Lunch with its gather lane made a create_task lane that has one step of main()'s own.
void withMainStep(MealDocument &d)
{
    d.setLaneMode(0, u"create_task"_s);
    d.addLaneStep(0, -1);
}

/// Lunch with a burner, held by the pasta's only step.
void withBurner(MealDocument &d)
{
    d.setStepAppliance(u"pasta"_s, 0, d.addAppliance());
}

const std::map<QString, EditCase> &editCases()
{
    static const std::map<QString, EditCase> cases{
        {u"move dish to the shelf"_s, {{}, [](MealDocument &d) { return d.moveDish(u"avocado"_s, -1, -1); }}},
        {u"reorder dish"_s, {{}, [](MealDocument &d) { return d.moveDish(u"avocado"_s, 0, 0); }}},
        {u"move dish to a new lane"_s,
         {{}, [](MealDocument &d) { return d.moveDishToNewLane(u"pasta"_s, 1, u"sync"_s); }}},
        {u"add lane"_s, {{}, [](MealDocument &d) { return d.addLane(0, u"taskgroup"_s); }}},
        {u"remove lane"_s, {{}, [](MealDocument &d) { return d.removeLane(0); }}},
        {u"move lane"_s,
         {[](MealDocument &d) { d.moveDishToNewLane(u"avocado"_s, 1, u"sync"_s); },
          [](MealDocument &d) { return d.moveLane(1, 0); }}},
        {u"lane mode"_s, {{}, [](MealDocument &d) { return d.setLaneMode(0, u"sync"_s); }}},
        {u"toggle step kind"_s, {{}, [](MealDocument &d) { return d.toggleStepKind(u"pasta"_s, 0); }}},
        {u"set step kind"_s, {{}, [](MealDocument &d) { return d.setStepKind(u"avocado"_s, 0, u"wait"_s); }}},
        {u"add dish to a lane"_s, {{}, [](MealDocument &d) { return !d.addDish(0).isEmpty(); }}},
        {u"add dish to the shelf"_s, {{}, [](MealDocument &d) { return !d.addDish(-1).isEmpty(); }}},
        {u"duplicate dish"_s, {{}, [](MealDocument &d) { return !d.duplicateDish(u"meatloaf"_s).isEmpty(); }}},
        {u"delete dish in a lane"_s, {{}, [](MealDocument &d) { return d.removeDish(u"meatloaf"_s); }}},
        {u"delete dish on the shelf"_s,
         {[](MealDocument &d) { d.moveDish(u"pasta"_s, -1, -1); },
          [](MealDocument &d) { return d.removeDish(u"pasta"_s); }}},
        {u"rename dish"_s, {{}, [](MealDocument &d) { return d.setDishName(u"pasta"_s, u"Spaghetti"_s); }}},
        {u"dish station"_s, {{}, [](MealDocument &d) { return d.setDishStation(u"pasta"_s, u"oven"_s); }}},
        {u"dish icon"_s, {{}, [](MealDocument &d) { return d.setDishIcon(u"pasta"_s, u"pot"_s); }}},
        {u"step label"_s, {{}, [](MealDocument &d) { return d.setStepLabel(u"pasta"_s, 0, u"Simmer"_s); }}},
        {u"step duration"_s, {{}, [](MealDocument &d) { return d.setStepDuration(u"pasta"_s, 0, 12.5); }}},
        {u"step start message"_s,
         {{}, [](MealDocument &d) { return d.setStepStartMessage(u"pasta"_s, 0, u"Water on."_s); }}},
        {u"step end message"_s,
         {{}, [](MealDocument &d) { return d.setStepEndMessage(u"pasta"_s, 0, u"Drained."_s); }}},
        {u"add step"_s, {{}, [](MealDocument &d) { return d.addStep(u"pasta"_s, 0); }}},
        {u"delete step"_s, {{}, [](MealDocument &d) { return d.removeStep(u"pasta"_s, 0); }}},
        {u"move step"_s,
         {[](MealDocument &d) { d.addStep(u"pasta"_s, -1); },
          [](MealDocument &d) { return d.moveStep(u"pasta"_s, 1, 0); }}},
        {u"meal name"_s, {{}, [](MealDocument &d) { return d.setMealName(u"Dinner"_s); }}},
        {u"meal description"_s, {{}, [](MealDocument &d) { return d.setMealSummary(u"Late and hungry"_s); }}},
        {u"meal unit"_s, {{}, [](MealDocument &d) { return d.setUnit(u"s"_s); }}},
        // What goes wrong (issue 6).
        {u"lane mode create_task"_s,
         {{}, [](MealDocument &d) { return d.setLaneMode(0, u"create_task"_s); }, u"Make lane 1 create_task"_s}},
        {u"lane mode as_completed"_s,
         {{}, [](MealDocument &d) { return d.setLaneMode(0, u"as_completed"_s); }, u"Make lane 1 as_completed"_s}},
        {u"return_exceptions on"_s,
         {{}, [](MealDocument &d) { return d.setLaneReturnExceptions(0, true); },
          u"Collect the errors of lane 1 as results"_s}},
        {u"return_exceptions off"_s,
         {[](MealDocument &d) { d.setLaneReturnExceptions(0, true); },
          [](MealDocument &d) { return d.setLaneReturnExceptions(0, false); }, u"Let the errors of lane 1 raise"_s}},
        {u"timeout on"_s, {{}, [](MealDocument &d) { return d.setLaneTimeout(0, 4); }, u"Give lane 1 a timeout"_s}},
        {u"timeout changed"_s,
         {[](MealDocument &d) { d.setLaneTimeout(0, 4); }, [](MealDocument &d) { return d.setLaneTimeout(0, 2.5); },
          u"Change the timeout of lane 1"_s}},
        {u"timeout off"_s,
         {[](MealDocument &d) { d.setLaneTimeout(0, 4); }, [](MealDocument &d) { return d.setLaneTimeout(0, 0); },
          u"Take the timeout off lane 1"_s}},
        {u"forget an await"_s,
         {{}, [](MealDocument &d) { return d.setDishAwaited(u"meatloaf"_s, false); }, u"Forget to await Meatloaf"_s}},
        {u"await again"_s,
         {[](MealDocument &d) { d.setDishAwaited(u"meatloaf"_s, false); },
          [](MealDocument &d) { return d.setDishAwaited(u"meatloaf"_s, true); }, u"Await Meatloaf"_s}},
        {u"fire and forget"_s,
         {[](MealDocument &d) { d.setLaneMode(0, u"create_task"_s); },
          [](MealDocument &d) { return d.setDishAwaited(u"pasta"_s, false); }, u"Fire and forget Pasta"_s}},
        {u"forgotten dish to the shelf"_s,
         {[](MealDocument &d) { d.setDishAwaited(u"meatloaf"_s, false); },
          [](MealDocument &d) { return d.moveDish(u"meatloaf"_s, -1, -1); }, u"Put Meatloaf back on the shelf"_s}},
        {u"forgotten dish to a new lane"_s,
         {[](MealDocument &d) { d.setDishAwaited(u"meatloaf"_s, false); },
          [](MealDocument &d) { return d.moveDishToNewLane(u"meatloaf"_s, 0, u"sync"_s); },
          u"Move Meatloaf to a new lane"_s}},
        {u"forgotten dish reordered"_s,
         {[](MealDocument &d) { d.setDishAwaited(u"meatloaf"_s, false); },
          [](MealDocument &d) { return d.moveDish(u"meatloaf"_s, 0, 0); }, u"Reorder Meatloaf"_s}},
        {u"delete a forgotten dish"_s,
         {[](MealDocument &d) { d.setDishAwaited(u"meatloaf"_s, false); },
          [](MealDocument &d) { return d.removeDish(u"meatloaf"_s); }, u"Delete Meatloaf"_s}},
        {u"delete a needed dish"_s,
         {[](MealDocument &d) { d.setDishNeeds(u"avocado"_s, u"pasta"_s, true); },
          [](MealDocument &d) { return d.removeDish(u"pasta"_s); }, u"Delete Pasta"_s}},
        {u"add a step to main()"_s,
         {[](MealDocument &d) { d.setLaneMode(0, u"create_task"_s); },
          [](MealDocument &d) { return d.addLaneStep(0, -1); }, u"Add a step to main() in lane 1"_s}},
        {u"delete a step of main()"_s,
         {withMainStep, [](MealDocument &d) { return d.removeLaneStep(0, 0); },
          u"Delete a step of main() in lane 1"_s}},
        {u"move a step of main()"_s,
         {[](MealDocument &d) { withMainStep(d); d.addLaneStep(0, -1); d.setLaneStepLabel(0, 1, u"Second"_s); },
          [](MealDocument &d) { return d.moveLaneStep(0, 1, 0); }, u"Reorder the steps of main() in lane 1"_s}},
        {u"label of main()'s step"_s,
         {withMainStep, [](MealDocument &d) { return d.setLaneStepLabel(0, 0, u"Set the table"_s); },
          u"Rename a step of main() in lane 1"_s}},
        {u"duration of main()'s step"_s,
         {withMainStep, [](MealDocument &d) { return d.setLaneStepDuration(0, 0, 3); },
          u"Change a step of main() in lane 1"_s}},
        {u"kind of main()'s step"_s,
         {withMainStep, [](MealDocument &d) { return d.setLaneStepKind(0, 0, u"work"_s); },
          u"Make “Wait” blocking work"_s}},
        {u"toggle main()'s step"_s,
         {withMainStep, [](MealDocument &d) { return d.toggleLaneStepKind(0, 0); }, u"Make “Wait” blocking work"_s}},
        {u"messages of main()'s step"_s,
         {withMainStep, [](MealDocument &d) { return d.setLaneStepStartMessage(0, 0, u"Setting the table."_s); },
          u"Change a message of main() in lane 1"_s}},
        {u"end message of main()'s step"_s,
         {withMainStep, [](MealDocument &d) { return d.setLaneStepEndMessage(0, 0, u"Table set."_s); },
          u"Change a message of main() in lane 1"_s}},
        {u"main()'s step burns"_s,
         {withMainStep, [](MealDocument &d) { return d.setLaneStepError(0, 0, u"Dropped the plates!"_s); },
          u"Make main() in lane 1 burn after “Wait”"_s}},
        {u"main()'s step holds an appliance"_s,
         {[](MealDocument &d) { withMainStep(d); d.addAppliance(); },
          [](MealDocument &d) { return d.setLaneStepAppliance(0, 0, u"burner"_s); },
          u"Let “Wait” of main() in lane 1 hold the Burner"_s}},
        {u"step kind helper"_s,
         {{}, [](MealDocument &d) { return d.setStepKind(u"avocado"_s, 0, u"helper"_s); },
          u"Hand “peel and slice” to a helper"_s}},
        {u"toggle a helper's step"_s,
         {[](MealDocument &d) { d.setStepKind(u"avocado"_s, 0, u"helper"_s); },
          [](MealDocument &d) { return d.toggleStepKind(u"avocado"_s, 0); }, u"Make “peel and slice” blocking work"_s}},
        {u"step burns"_s,
         {{}, [](MealDocument &d) { return d.setStepError(u"pasta"_s, 0, u"The pasta burnt!"_s); },
          u"Make Pasta burn after “boil”"_s}},
        {u"step stops burning"_s,
         {[](MealDocument &d) { d.setStepError(u"pasta"_s, 0, u"The pasta burnt!"_s); },
          [](MealDocument &d) { return d.setStepError(u"pasta"_s, 0, {}); }, u"Stop Pasta burning after “boil”"_s}},
        {u"step raises something else"_s,
         {[](MealDocument &d) { d.setStepError(u"pasta"_s, 0, u"The pasta burnt!"_s); },
          [](MealDocument &d) { return d.setStepError(u"pasta"_s, 0, u"Boiled over!"_s); },
          u"Change what Pasta raises"_s}},
        {u"step holds an appliance"_s,
         {[](MealDocument &d) { d.addAppliance(); },
          [](MealDocument &d) { return d.setStepAppliance(u"pasta"_s, 0, u"burner"_s); },
          u"Let “boil” of Pasta hold the Burner"_s}},
        {u"step lets go of its appliance"_s,
         {withBurner, [](MealDocument &d) { return d.setStepAppliance(u"pasta"_s, 0, {}); },
          u"Let “boil” of Pasta hold no appliance"_s}},
        {u"dish needs another"_s,
         {{}, [](MealDocument &d) { return d.setDishNeeds(u"avocado"_s, u"pasta"_s, true); },
          u"Let Avocado need Pasta"_s}},
        {u"dish does without another"_s,
         {[](MealDocument &d) { d.setDishNeeds(u"avocado"_s, u"pasta"_s, true); },
          [](MealDocument &d) { return d.setDishNeeds(u"avocado"_s, u"pasta"_s, false); },
          u"Let Avocado do without Pasta"_s}},
        {u"not-ready result"_s,
         {{}, [](MealDocument &d) { return d.setDishNotReadyResult(u"avocado"_s, u"no guacamole"_s); },
          u"Change what Avocado returns when it is not ready"_s}},
        {u"helpers"_s, {{}, [](MealDocument &d) { return d.setHelpers(4); }, u"Keep 4 kitchen helpers"_s}},
        {u"add appliance"_s, {{}, [](MealDocument &d) { return !d.addAppliance().isEmpty(); }, u"Add an appliance"_s}},
        {u"appliance id, and the steps that hold it"_s,
         {withBurner, [](MealDocument &d) { return d.setApplianceId(u"burner"_s, u"stove"_s); },
          u"Change the id of the Burner"_s}},
        {u"appliance name"_s,
         {withBurner, [](MealDocument &d) { return d.setApplianceName(u"burner"_s, u"Big burner"_s); },
          u"Rename the appliance burner"_s}},
        {u"appliance capacity"_s,
         {withBurner, [](MealDocument &d) { return d.setApplianceCapacity(u"burner"_s, 3); },
          u"Make room for 3 at the Burner"_s}},
        {u"remove appliance, and free its steps"_s,
         {withBurner, [](MealDocument &d) { return d.removeAppliance(u"burner"_s); },
          u"Remove the Burner and free the steps that held it"_s}},
        {u"remove an unused appliance"_s,
         {[](MealDocument &d) { d.addAppliance(); }, [](MealDocument &d) { return d.removeAppliance(u"burner"_s); },
          u"Remove the Burner"_s}},
    };
    return cases;
}

/// What the views show, so a test sees more than the meal struct.
struct Shown {
    QList<QStringList> lanes;
    QStringList shelf;
    double total = 0;
    int timelineRows = 0;
    QVariantList laneRoles;  ///< every lane's roles but its dish list
    QVariantList dishRoles;  ///< every dish's roles, lane by lane, then the shelf's
    QVariantList appliances; ///< as the meal details show them
    QVariantList editors;    ///< what the dish, lane and meal editors show

    bool operator==(const Shown &) const = default;
};

QVariantList rolesOf(const QAbstractItemModel *model, int row, const QList<int> &skip = {})
{
    QVariantList values;
    const QHash<int, QByteArray> names = model->roleNames();
    QList<int> roles = names.keys();
    std::sort(roles.begin(), roles.end());
    for (int role : std::as_const(roles)) {
        if (!skip.contains(role))
            values << model->index(row, 0).data(role);
    }
    return values;
}

Shown shownBy(const MealDocument &document)
{
    Shown shown;
    for (int lane = 0; lane < document.lanes()->rowCount(); ++lane) {
        shown.lanes << document.lanes()->dishesAt(lane)->ids();
        shown.laneRoles << QVariant(rolesOf(document.lanes(), lane,
                                            {LaneListModel::DishesRole, LaneListModel::LaneKeyRole}));
        const DishListModel *dishes = document.lanes()->dishesAt(lane);
        for (int row = 0; row < dishes->rowCount(); ++row)
            shown.dishRoles << QVariant(rolesOf(dishes, row));
    }
    for (int row = 0; row < document.shelf()->rowCount(); ++row)
        shown.dishRoles << QVariant(rolesOf(document.shelf(), row));
    shown.appliances = document.appliances();
    for (const Dish &dish : document.meal().dishes)
        shown.editors << document.dish(dish.id);
    for (int lane = 0; lane < document.laneCount(); ++lane)
        shown.editors << document.lane(lane);
    shown.editors << document.title() << document.summary() << document.unit() << document.helpers();
    shown.shelf = document.shelf()->ids();
    shown.total = document.total();
    shown.timelineRows = document.predictionTimeline()->rowCount();
    return shown;
}
} // namespace

class TestMealDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // recent files go to the test settings
        QVERIFY(m_recovery.isValid());
        qputenv("ASYNC_KITCHEN_RECOVERY_DIR", m_recovery.path().toUtf8());
    }

    void undoAndRedoRestoreTheMeal_data()
    {
        QTest::addColumn<QString>("edit");
        for (const auto &[name, edit] : editCases())
            QTest::newRow(qPrintable(name)) << name;
    }

    void undoAndRedoRestoreTheMeal()
    {
        QFETCH(QString, edit);
        const EditCase &editCase = editCases().at(edit);
        MealDocument document;
        QAbstractItemModelTester shelfTester(document.shelf(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester lanesTester(document.lanes(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(document.open(u"lunch"_s));
        if (editCase.setUp) {
            editCase.setUp(document);
            QVERIFY(document.canUndo()); // the set-up did what the row relies on
        }
        const Meal before = document.meal();
        const Shown shownBefore = shownBy(document);
        const int steps = document.undoStack()->count();

        QVERIFY(editCase.edit(document));
        const Meal after = document.meal();
        const Shown shownAfter = shownBy(document);
        QVERIFY(after != before);
        QVERIFY(shownAfter != shownBefore); // the window shows every edit
        QCOMPARE(document.undoStack()->count(), steps + 1); // one edit, one undo step
        QVERIFY(document.modified());
        if (!editCase.undoText.isEmpty())
            QCOMPARE(document.undoText(), editCase.undoText);
        // Whatever the window makes, a file says and reads back.
        const MealReadResult read = readMeal(writeMeal(after));
        QVERIFY2(read.ok(), qPrintable(read.messages(u"saved"_s).join(u'\n')));
        QCOMPARE(writeMeal(*read.meal), writeMeal(after));

        document.undo();
        QCOMPARE(writeMeal(document.meal()), writeMeal(before)); // readable when it fails
        QVERIFY(document.meal() == before);
        QVERIFY(shownBy(document) == shownBefore);

        document.redo();
        QCOMPARE(writeMeal(document.meal()), writeMeal(after));
        QVERIFY(document.meal() == after);
        QVERIFY(shownBy(document) == shownAfter);

        document.undo();
        QVERIFY(document.meal() == before);
    }

    void keystrokesInOneFieldAreOneUndoStep()
    {
        MealDocument document;
        QVERIFY(document.open(u"lunch"_s));
        const QString original = document.dishName(u"pasta"_s);
        for (const QString &typed : {u"S"_s, u"Sp"_s, u"Spa"_s})
            QVERIFY(document.setDishName(u"pasta"_s, typed));
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.dishName(u"pasta"_s), u"Spa"_s);
        // The same field of another dish is another step, even within the typing run.
        const QString otherDish = document.meal().dishes.at(1).id;
        QVERIFY(document.setDishName(otherDish, u"Salad bowl"_s));
        QCOMPARE(document.undoStack()->count(), 2);
        document.undo();
        QCOMPARE(document.dishName(u"pasta"_s), u"Spa"_s);

        // Another field, or the same one after leaving it, is a new step.
        QVERIFY(document.setStepDuration(u"pasta"_s, 0, 1));
        QVERIFY(document.setStepDuration(u"pasta"_s, 0, 12));
        QCOMPARE(document.undoStack()->count(), 2);
        document.endTyping();
        QVERIFY(document.setDishName(u"pasta"_s, u"Spag"_s));
        QCOMPARE(document.undoStack()->count(), 3);

        document.undo();
        document.undo();
        QCOMPARE(document.meal().dishes.at(0).steps.at(0).duration, fromUnits(10));
        document.undo();
        QCOMPARE(document.dishName(u"pasta"_s), original);
        QVERIFY(!document.modified());
    }

    void typingBackToTheOriginalLeavesNothingToUndo()
    {
        MealDocument document;
        QVERIFY(document.open(u"lunch"_s));
        const QString original = document.title();
        QVERIFY(document.setMealName(original + u'!'));
        QVERIFY(document.setMealName(original));
        QVERIFY(!document.canUndo());
        QVERIFY(!document.modified());
    }

    void refusesEditsThatMakeNoSense()
    {
        MealDocument document;
        QVERIFY(document.open(u"lunch"_s));
        QVERIFY(!document.setStepDuration(u"pasta"_s, 0, -1));
        QVERIFY(!document.setStepDuration(u"pasta"_s, 0, qQNaN()));
        QVERIFY(!document.setStepDuration(u"pasta"_s, 9, 1));
        QVERIFY(!document.setDishName(u"nope"_s, u"x"_s));
        QVERIFY(!document.setUnit(u"hours"_s));
        QVERIFY(!document.removeStep(u"pasta"_s, -1));
        QVERIFY(!document.setDishName(u"pasta"_s, document.dishName(u"pasta"_s)));
        QCOMPARE(document.undoStack()->count(), 0);
    }

    void refusesMistakenEditsOfWhatGoesWrong()
    {
        MealDocument document;
        QVERIFY(document.open(u"lunch"_s));
        const QString burner = document.addAppliance();
        const QString second = document.addAppliance();
        QCOMPARE(burner, u"burner"_s);
        QCOMPARE(second, u"burner_2"_s);
        const int steps = document.undoStack()->count();

        // Appliance ids: the reason is said, and nothing changes.
        QCOMPARE(document.applianceIdProblem(second, burner), u"“burner” is already the id of the Burner."_s);
        QVERIFY(!document.setApplianceId(second, burner));
        QVERIFY(document.applianceIdProblem(second, u"big burner"_s).contains(u"no spaces"_s));
        QVERIFY(!document.setApplianceId(second, u"big burner"_s));
        QVERIFY(document.applianceIdProblem(second, {}).contains(u"needs an id"_s));
        QVERIFY(!document.setApplianceId(second, {}));
        QVERIFY(document.applianceIdProblem(second, second).isEmpty()); // its own id is fine…
        QVERIFY(!document.setApplianceId(second, second));               // …and changes nothing
        QVERIFY(!document.setApplianceId(u"nope"_s, u"oven"_s));
        QVERIFY(!document.setApplianceCapacity(burner, 0));
        QVERIFY(!document.setApplianceCapacity(burner, 1001));
        QVERIFY(!document.setHelpers(0));
        QVERIFY(!document.setHelpers(33));
        QVERIFY(!document.setHelpers(1)); // already one
        QVERIFY(!document.removeAppliance(u"nope"_s));

        QVERIFY(!document.setStepAppliance(u"pasta"_s, 0, u"nope"_s));
        QVERIFY(!document.setStepAppliance(u"pasta"_s, 5, burner));
        QVERIFY(!document.setStepError(u"pasta"_s, 0, {})); // does not burn already
        QVERIFY(!document.setStepKind(u"pasta"_s, 0, u"sideways"_s));
        QVERIFY(!document.setDishNeeds(u"pasta"_s, u"pasta"_s, true)); // a dish cannot need itself
        QVERIFY(!document.setDishNeeds(u"pasta"_s, u"nope"_s, true));
        QVERIFY(!document.setDishNeeds(u"pasta"_s, u"avocado"_s, false)); // it does not need it

        QVERIFY(!document.setLaneTimeout(0, -1));
        QVERIFY(!document.setLaneTimeout(0, qQNaN()));
        QVERIFY(!document.setLaneTimeout(0, 0)); // no timeout already
        QVERIFY(!document.setLaneTimeout(3, 1));
        QVERIFY(!document.setDishAwaited(u"pasta"_s, true)); // awaited already
        QVERIFY(!document.setDishAwaited(u"nope"_s, false));
        QVERIFY(!document.addLaneStep(4, -1));
        QVERIFY(!document.removeLaneStep(0, 0));
        QVERIFY(!document.setLaneStepKind(0, 0, u"wait"_s));

        QVERIFY(document.setLaneMode(0, u"sync"_s));
        QVERIFY(!document.setLaneReturnExceptions(0, true)); // a sync lane has no return_exceptions
        QVERIFY(document.moveDish(u"pasta"_s, -1, -1));
        QVERIFY(!document.setDishAwaited(u"pasta"_s, false)); // nothing on the shelf is awaited
        QVERIFY(document.isAwaited(u"pasta"_s));
        QCOMPARE(document.undoStack()->count(), steps + 2);
    }

    void removingAnApplianceFreesEveryStepInOneUndoStep()
    {
        MealDocument document;
        QVERIFY(document.open(u"lunch"_s));
        QVERIFY(document.setLaneMode(0, u"create_task"_s));
        QVERIFY(document.addLaneStep(0, -1));
        const QString burner = document.addAppliance();
        QVERIFY(document.setStepAppliance(u"pasta"_s, 0, burner));
        QVERIFY(document.setStepAppliance(u"meatloaf"_s, 0, burner));
        QVERIFY(document.setLaneStepAppliance(0, 0, burner));
        QCOMPARE(document.appliances().value(0).toMap().value(u"uses"_s).toInt(), 3);
        // The chips show the appliance's name.
        QCOMPARE(document.lanes()->dishesAt(0)->index(0).data(DishListModel::StepsRole).toList().value(0).toMap()
                     .value(u"applianceName"_s), u"Burner"_s);
        const Meal held = document.meal();
        const int steps = document.undoStack()->count();

        QVERIFY(document.removeAppliance(burner));
        QCOMPARE(document.undoStack()->count(), steps + 1);
        QVERIFY(document.meal().appliances.isEmpty());
        QVERIFY(document.meal().dishes.at(0).steps.at(0).appliance.isEmpty());
        QVERIFY(document.meal().dishes.at(1).steps.at(0).appliance.isEmpty());
        QVERIFY(document.meal().lanes.at(0).steps.at(0).appliance.isEmpty());
        QVERIFY(readMeal(writeMeal(document.meal())).ok());

        document.undo();
        QVERIFY(document.meal() == held);

        // A new id follows into every step that holds it.
        QVERIFY(document.setApplianceId(burner, u"stove"_s));
        QCOMPARE(document.meal().dishes.at(1).steps.at(0).appliance, u"stove"_s);
        QCOMPARE(document.meal().lanes.at(0).steps.at(0).appliance, u"stove"_s);
        QCOMPARE(document.undoStack()->count(), steps + 1);
    }

    void typingInTheNewFieldsIsOneUndoStepPerField()
    {
        MealDocument document;
        QVERIFY(document.open(u"lunch"_s));
        const QString burner = document.addAppliance();
        QVERIFY(document.setStepError(u"pasta"_s, 0, u"B"_s)); // switching burning on: a step of its own
        document.endTyping();
        const int steps = document.undoStack()->count();
        for (const QString &typed : {u"Bo"_s, u"Boi"_s, u"Boil over!"_s})
            QVERIFY(document.setStepError(u"pasta"_s, 0, typed));
        QCOMPARE(document.undoStack()->count(), steps + 1);
        for (const QString &typed : {u"S"_s, u"St"_s, u"Stove"_s})
            QVERIFY(document.setApplianceName(burner, typed));
        QCOMPARE(document.undoStack()->count(), steps + 2);
        QCOMPARE(document.undoText(), u"Rename the appliance burner"_s);
        for (const QString &typed : {u"s"_s, u"st"_s, u"stove"_s})
            QVERIFY(document.setApplianceId(document.meal().appliances.at(0).id, typed));
        QCOMPARE(document.undoStack()->count(), steps + 3);
        QVERIFY(document.setLaneTimeout(0, 1)); // on: a step of its own
        for (double typed : {1.5, 2.0, 12.0})
            QVERIFY(document.setLaneTimeout(0, typed));
        QCOMPARE(document.undoStack()->count(), steps + 5);
        for (const QString &typed : {u"n"_s, u"no"_s, u"no dip"_s})
            QVERIFY(document.setDishNotReadyResult(u"avocado"_s, typed));
        QCOMPARE(document.undoStack()->count(), steps + 6);
        for (int helpers : {2, 3, 4})
            QVERIFY(document.setHelpers(helpers));
        QCOMPARE(document.undoStack()->count(), steps + 7);
        QCOMPARE(document.undoText(), u"Keep 4 kitchen helpers"_s); // says where it ended

        document.undo();
        QCOMPARE(document.helpers(), 1);
        document.undo();
        QVERIFY(document.meal().dishes.at(2).notReadyResult.isEmpty());
        document.undo();
        QCOMPARE(document.meal().lanes.at(0).timeout, fromUnits(1));
        document.undo();
        document.undo();
        QCOMPARE(document.meal().appliances.at(0).id, burner);
        document.undo();
        QCOMPARE(document.meal().appliances.at(0).name, u"Burner"_s);
        document.undo();
        QCOMPARE(document.meal().dishes.at(0).steps.at(0).error, u"B"_s);
    }

    void everyNewFieldSavedFromTheWindowReadsBack()
    {
        QTemporaryDir dir;
        MealDocument document;
        QVERIFY(document.open(u"lunch"_s));
        QVERIFY(document.setHelpers(3));
        const QString burner = document.addAppliance();
        QVERIFY(document.setApplianceName(burner, u"Gas burner"_s));
        QVERIFY(document.setApplianceCapacity(burner, 2));
        QVERIFY(document.setStepAppliance(u"pasta"_s, 0, burner));
        QVERIFY(document.setStepKind(u"avocado"_s, 0, u"helper"_s));
        QVERIFY(document.setStepError(u"meatloaf"_s, 0, u"Dry as dust!"_s));
        QVERIFY(document.setDishNeeds(u"avocado"_s, u"pasta"_s, true));
        QVERIFY(document.setDishNotReadyResult(u"avocado"_s, u"plain avocado"_s));
        QVERIFY(document.setLaneReturnExceptions(0, true));
        QVERIFY(document.setLaneTimeout(0, 8));
        QVERIFY(document.moveDishToNewLane(u"avocado"_s, 1, u"create_task"_s));
        QVERIFY(document.setDishAwaited(u"avocado"_s, false));
        QVERIFY(document.addLaneStep(1, -1));
        QVERIFY(document.setLaneStepKind(1, 0, u"work"_s));
        QVERIFY(document.setLaneStepError(1, 0, u"Dropped it!"_s));
        QVERIFY(document.addLane(-1, u"as_completed"_s));
        QVERIFY(document.moveDish(u"meatloaf"_s, 2, 0));
        QVERIFY(document.setDishAwaited(u"meatloaf"_s, false));

        const QString path = dir.filePath(u"mistakes.json"_s);
        QVERIFY(document.saveAs(QUrl::fromLocalFile(path)));
        MealDocument reopened;
        QVERIFY2(reopened.openFile(QUrl::fromLocalFile(path)), qPrintable(reopened.errorDetails().join(u'\n')));
        QCOMPARE(writeMeal(reopened.meal()), writeMeal(document.meal()));
        QVERIFY(reopened.meal() == document.meal());
        QVERIFY(!reopened.isAwaited(u"avocado"_s));
        QCOMPARE(reopened.total(), document.total());
    }

    void newDishesGetUniqueIds()
    {
        MealDocument document;
        document.newMeal();
        QVERIFY(document.filePath().isEmpty());
        QCOMPARE(document.laneCount(), 1);
        const QString first = document.addDish(0);
        const QString second = document.addDish(0);
        const QString copy = document.duplicateDish(first);
        QCOMPARE(QSet<QString>({first, second, copy}).size(), 3);
        QCOMPARE(document.lanes()->dishesAt(0)->ids(), (QStringList{first, copy, second}));
        QCOMPARE(document.total(), 3.0); // three one-unit waits, one after another in a sync lane
    }

    void saveClearsTheModifiedMarkAndRoundTrips()
    {
        QTemporaryDir dir;
        MealDocument document;
        QSignalSpy modified(&document, &MealDocument::modifiedChanged);
        QVERIFY(document.open(u"lunch"_s));
        QVERIFY(!document.save()); // a built-in meal has no file yet
        QVERIFY(document.setDishName(u"pasta"_s, u"Spaghetti"_s));
        QVERIFY(document.setDishIcon(u"pasta"_s, u"pot"_s));
        QVERIFY(document.modified());
        QVERIFY(!modified.isEmpty());

        const QString path = dir.filePath(u"lunch.json"_s);
        QVERIFY(document.saveAs(QUrl::fromLocalFile(path)));
        QVERIFY(!document.modified());
        QCOMPARE(document.filePath(), path);
        QCOMPARE(document.displayName(), u"lunch.json"_s);
        QCOMPARE(document.recentFiles().value(0), path);

        document.undo(); // back past the save: modified again
        QVERIFY(document.modified());
        document.redo();
        QVERIFY(!document.modified());

        MealDocument reopened;
        QVERIFY(reopened.openFile(QUrl::fromLocalFile(path)));
        QVERIFY(reopened.meal() == document.meal());
        QCOMPARE(reopened.dish(u"pasta"_s).value(u"icon"_s).toString(), u"pot"_s);
    }

    void aBadFileKeepsTheMealAndSaysWhy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"broken.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\n  \"format\": \"async-kitchen-meal\",\n  \"version\": 1,\n  \"name\": 5\n}\n");
        file.close();

        MealDocument document;
        QVERIFY(document.open(u"lunch"_s));
        QVERIFY(document.setDishName(u"pasta"_s, u"Mine"_s));
        const Meal mine = document.meal();
        QVERIFY(!document.openFile(QUrl::fromLocalFile(path)));
        QVERIFY(document.meal() == mine);
        QVERIFY(document.modified()); // and the edit is still there to save
        QVERIFY(document.errorDetails().size() > 1);
        QVERIFY2(document.errorDetails().join(u'\n').contains(path + u": name: must be a string"_s),
                 qPrintable(document.errorDetails().join(u'\n')));
        document.clearError();
        QVERIFY(document.errorDetails().isEmpty());
    }

    void aFailedSaveSaysWhyAndStaysModified()
    {
        MealDocument document;
        QVERIFY(document.open(u"lunch"_s));
        QVERIFY(document.setMealName(u"Brunch"_s));
        const QString path = u"/proc/no-such-dir/brunch.json"_s;
        QVERIFY(!document.saveAs(QUrl::fromLocalFile(path)));
        QVERIFY(document.errorString().contains(u"could not save"_s));
        QVERIFY(document.modified());
        QVERIFY(document.filePath().isEmpty());
    }

private:
    QTemporaryDir m_recovery;
};

QTEST_MAIN(TestMealDocument)

#include "tst_mealdocument.moc"
