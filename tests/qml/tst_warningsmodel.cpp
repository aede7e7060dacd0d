// SPDX-License-Identifier: MIT
// The warnings panel's model under QAbstractItemModelTester: fed by lintRun on the
// document's prediction, following every edit, and pointing the document at a place.
#include "builtinmeals.h"
#include "mealdocument.h"
#include "meallint.h"
#include "warningsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Kitchen;

namespace {
using Mode = QAbstractItemModelTester::FailureReportingMode;
} // namespace

class TestWarningsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachLessonMealHasItsWarnings_data()
    {
        QTest::addColumn<QString>("meal");
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<QString>("dishId"); // where the first warning points
        QTest::addColumn<int>("lane");
        QTest::addRow("lunch") << u"lunch"_s << QStringList{u"blocking-step"_s} << u"avocado"_s << 0;
        QTest::addRow("forgotten-await") << u"forgotten-await"_s << QStringList{u"never-awaited"_s}
                                         << u"caesar_salad"_s << 0;
        // main() sets the table itself, blocking, before it awaits the soup.
        QTest::addRow("fire-and-forget") << u"fire-and-forget"_s << QStringList{u"blocking-step"_s, u"lost-task"_s}
                                         << QString() << 0;
        QTest::addRow("coffee-not-ready") << u"coffee-not-ready"_s << QStringList{u"not-ready"_s} << u"brew_coffee"_s
                                          << 0;
        QTest::addRow("timeout") << u"timeout"_s << QStringList{u"cancelled-siblings"_s} << QString() << 0;
        QTest::addRow("helpers") << u"helpers"_s << QStringList() << QString() << -1;
        QTest::addRow("burners") << u"burners"_s << QStringList() << QString() << -1;
    }

    void eachLessonMealHasItsWarnings()
    {
        QFETCH(QString, meal);
        QFETCH(QStringList, kinds);
        QFETCH(QString, dishId);
        QFETCH(int, lane);

        MealDocument document;
        WarningsModel warnings;
        QAbstractItemModelTester tester(&warnings, Mode::QtTest);
        warnings.setDocument(&document);
        QVERIFY(document.open(meal));

        QCOMPARE(warnings.kinds(), kinds);
        QCOMPARE(warnings.count(), kinds.size());
        QCOMPARE(warnings.rowCount(), kinds.size());
        // The rows are exactly what the linter says about the prediction, in order.
        QCOMPARE(warnings.warnings(), lintRun(document.prediction()));
        for (int row = 0; row < warnings.rowCount(); ++row) {
            const QModelIndex index = warnings.index(row);
            QVERIFY(!index.data(WarningsModel::TitleRole).toString().isEmpty());
            QVERIFY(!index.data(WarningsModel::ExplanationRole).toString().isEmpty());
            QVERIFY(!index.data(WarningsModel::FixRole).toString().isEmpty());
        }
        if (kinds.isEmpty())
            return;

        // Picking the first warning points the document at its place.
        QSignalSpy selected(&document, &MealDocument::selectionChanged);
        QVERIFY(warnings.select(0));
        QCOMPARE(selected.count(), 1);
        QCOMPARE(document.selection().value(u"dishId"_s).toString(), dishId);
        QCOMPARE(document.selection().value(u"lane"_s).toInt(), lane);
        QCOMPARE(warnings.index(0).data(WarningsModel::DishIdRole).toString(), dishId);
        // Picking it again announces it again, so the editor scrolls to it again.
        QVERIFY(warnings.select(0));
        QCOMPARE(selected.count(), 2);
        QVERIFY(!warnings.select(kinds.size()));
        QVERIFY(!warnings.select(-1));
        QCOMPARE(selected.count(), 2);
    }

    void editsInsertAndRemoveOnlyTheRowsThatChange()
    {
        MealDocument document;
        WarningsModel warnings;
        QAbstractItemModelTester tester(&warnings, Mode::QtTest);
        warnings.setDocument(&document);
        QVERIFY(document.open(u"lunch"_s));
        QCOMPARE(warnings.kinds(), QStringList{u"blocking-step"_s});
        const QString avocado = warnings.titles().constFirst();

        QSignalSpy inserted(&warnings, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&warnings, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&warnings, &QAbstractItemModel::modelReset);
        QSignalSpy counted(&warnings, &WarningsModel::countChanged);

        // The pasta's 10 min wait becomes blocking work: a second warning, before the avocado's,
        // whose row stays and only changes (its blocking now comes later).
        QSignalSpy changed(&warnings, &QAbstractItemModel::dataChanged);
        QVERIFY(document.toggleStepKind(u"pasta"_s, 0));
        QCOMPARE(warnings.count(), 2);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.constFirst().at(1).toInt(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(counted.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(warnings.index(1).data(WarningsModel::DishIdRole).toString(), u"avocado"_s);
        QCOMPARE(warnings.index(0).data(WarningsModel::DishIdRole).toString(), u"pasta"_s);
        QCOMPARE(warnings.index(0).data(WarningsModel::StepRole).toInt(), 0);

        // The avocado's work becomes a wait: its warning goes, and it was the only row to go.
        QVERIFY(document.toggleStepKind(u"avocado"_s, 0));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(warnings.count(), 1);
        QVERIFY(!warnings.titles().contains(avocado));
        QCOMPARE(warnings.index(0).data(WarningsModel::DishIdRole).toString(), u"pasta"_s);

        // Back to lunch: one warning again, and never a reset on the way.
        document.undo();
        document.undo();
        QCOMPARE(warnings.titles(), QStringList{avocado});
        QCOMPARE(reset.count(), 0);

        // Another meal, then no document at all.
        QVERIFY(document.open(u"helpers"_s));
        QCOMPARE(warnings.count(), 0);
        warnings.setDocument(nullptr);
        QCOMPARE(warnings.count(), 0);
        QVERIFY(!warnings.select(0));
    }

    void aRenameUpdatesTheDishRoles()
    {
        MealDocument document;
        WarningsModel warnings;
        QAbstractItemModelTester tester(&warnings, Mode::QtTest);
        warnings.setDocument(&document);
        QVERIFY(document.open(u"lunch"_s));
        QCOMPARE(warnings.index(0).data(WarningsModel::DishNameRole).toString(), u"Avocado"_s);
        const MealWarning before = warnings.warnings().constFirst();
        // The warning names the step, not the dish: only the dish roles change, and they say so.
        QSignalSpy changed(&warnings, &QAbstractItemModel::dataChanged);
        QVERIFY(document.setDishName(u"avocado"_s, u"Guacamole"_s));
        QCOMPARE(warnings.warnings().constFirst(), before);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(warnings.index(0).data(WarningsModel::DishNameRole).toString(), u"Guacamole"_s);
    }

    void selectingAPlaceChecksIt()
    {
        MealDocument document;
        QVERIFY(document.open(u"lunch"_s));
        QSignalSpy selected(&document, &MealDocument::selectionChanged);
        QVERIFY(!document.selectPlace(u"nonsense"_s, 0, 0));
        QVERIFY(!document.selectPlace(QString(), -1, 5)); // no dish, no such lane
        QCOMPARE(selected.count(), 0);
        QVERIFY(document.selection().isEmpty());

        QVERIFY(document.selectPlace(u"pasta"_s, 7, 0)); // a step it does not have is dropped
        QCOMPARE(document.selection().value(u"dishId"_s).toString(), u"pasta"_s);
        QCOMPARE(document.selection().value(u"step"_s).toInt(), -1);
        QVERIFY(document.selectPlace(QString(), -1, 0)); // the lane itself
        QCOMPARE(document.selection().value(u"lane"_s).toInt(), 0);
        QCOMPARE(selected.count(), 2);
        // Selecting is not editing.
        QVERIFY(!document.modified());
        QVERIFY(!document.canUndo());
        document.clearSelection();
        QVERIFY(document.selection().isEmpty());
        QCOMPARE(selected.count(), 3);
    }
};

QTEST_MAIN(TestWarningsModel)
#include "tst_warningsmodel.moc"
