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

#include <functional>
#include <map>

using namespace Qt::StringLiterals;
using namespace Kitchen;

namespace {
/// What a row does before the edit (not under test), and the edit itself.
struct EditCase {
    std::function<void(MealDocument &)> setUp;
    std::function<bool(MealDocument &)> edit;
};

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
    };
    return cases;
}

/// What the views show, so a test sees more than the meal struct.
struct Shown {
    QList<QStringList> lanes;
    QStringList shelf;
    double total = 0;
    int timelineRows = 0;

    bool operator==(const Shown &) const = default;
};

Shown shownBy(const MealDocument &document)
{
    Shown shown;
    for (int lane = 0; lane < document.lanes()->rowCount(); ++lane)
        shown.lanes << document.lanes()->dishesAt(lane)->ids();
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
        if (editCase.setUp)
            editCase.setUp(document);
        const Meal before = document.meal();
        const Shown shownBefore = shownBy(document);
        const int steps = document.undoStack()->count();

        QVERIFY(editCase.edit(document));
        const Meal after = document.meal();
        const Shown shownAfter = shownBy(document);
        QVERIFY(after != before);
        QCOMPARE(document.undoStack()->count(), steps + 1); // one edit, one undo step
        QVERIFY(document.modified());

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
