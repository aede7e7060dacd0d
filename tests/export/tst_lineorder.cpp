// SPDX-License-Identifier: MIT
// The comparison tst_cpython relies on: it must catch every kind of disagreement,
// and tell meals whose order CPython leaves to chance from the rest.
#include "builtinmeals.h"
#include "lineorder.h"
#include "simulation.h"
#include "tiebreaks.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Kitchen;
using namespace KitchenTest;

Q_DECLARE_METATYPE(Kitchen::Meal)

class TestLineOrder : public QObject
{
    Q_OBJECT

private slots:
    void compare_data();
    void compare();
    void checksTheLoopTurn_data();
    void checksTheLoopTurn();
    void countsOnlyRealOrderChecks();
    void measuresDeviation();
    void findsOrdersThatHangOnTies_data();
    void findsOrdersThatHangOnTies();
};

namespace {
/// Lines a, b and c predicted at 0, 0 and 1 units; "again" twice, at 2 and 3.
QList<LogEvent> prediction()
{
    return {{0, 0, u"a"_s}, {0, 1, u"b"_s}, {1000, 0, u"c"_s}, {2000, 1, u"again"_s},
            {3000, 1, u"again"_s}};
}

QList<PrintedLine> printed(const QStringList &texts)
{
    QList<PrintedLine> lines;
    for (const QString &text : texts)
        lines.append({text});
    return lines;
}
} // namespace

void TestLineOrder::compare_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("problem");
    QTest::addRow("as predicted") << QStringList{u"a"_s, u"b"_s, u"c"_s, u"again"_s, u"again"_s} << true << QString();
    QTest::addRow("a tie may swap") << QStringList{u"b"_s, u"a"_s, u"c"_s, u"again"_s, u"again"_s} << true << QString();
    QTest::addRow("a swap across ticks fails")
        << QStringList{u"a"_s, u"c"_s, u"b"_s, u"again"_s, u"again"_s} << false << u"came after"_s;
    QTest::addRow("a repeated line out of order fails")
        << QStringList{u"a"_s, u"b"_s, u"again"_s, u"c"_s, u"again"_s} << false << u"came after"_s;
    QTest::addRow("a missing line fails")
        << QStringList{u"a"_s, u"b"_s, u"c"_s, u"again"_s} << false << u"never printed"_s;
    QTest::addRow("an extra line fails")
        << QStringList{u"a"_s, u"b"_s, u"c"_s, u"again"_s, u"again"_s, u"again"_s} << false << u"not predicted"_s;
    QTest::addRow("a changed line fails")
        << QStringList{u"a"_s, u"b"_s, u"C"_s, u"again"_s, u"again"_s} << false << u"not predicted"_s;
    QTest::addRow("nothing printed fails") << QStringList{} << false << u"never printed"_s;
}

void TestLineOrder::compare()
{
    QFETCH(QStringList, texts);
    QFETCH(bool, ok);
    QFETCH(QString, problem);
    const OrderCheck check = compareLines(prediction(), printed(texts));
    QCOMPARE(check.ok, ok);
    QVERIFY2(check.problem.contains(problem), qPrintable(check.problem));
}

void TestLineOrder::checksTheLoopTurn_data()
{
    QTest::addColumn<qint64>("printedTurn");
    QTest::addColumn<bool>("ok");
    QTest::addRow("the predicted turn") << qint64(3) << true;
    QTest::addRow("a turn late") << qint64(4) << false;
    QTest::addRow("not counted") << qint64(-1) << true;
}

void TestLineOrder::checksTheLoopTurn()
{
    QFETCH(qint64, printedTurn);
    QFETCH(bool, ok);
    QList<LogEvent> predicted = prediction();
    predicted[2].turn = 3; // "c"
    QList<PrintedLine> lines = printed({u"a"_s, u"b"_s, u"c"_s, u"again"_s, u"again"_s});
    lines[2].turn = printedTurn;
    const OrderCheck check = compareLines(predicted, lines);
    QCOMPARE(check.ok, ok);
    if (!ok)
        QCOMPARE(check.problem, u"line 3 \"c\" came in loop turn 4, predicted in turn 3"_s);
}

void TestLineOrder::countsOnlyRealOrderChecks()
{
    // a->b is a tie; b->c, c->again and again->again are real checks.
    const OrderCheck check = compareLines(prediction(), printed({u"a"_s, u"b"_s, u"c"_s, u"again"_s, u"again"_s}));
    QVERIFY(check);
    QCOMPARE(check.orderedPairs, 3);
}

void TestLineOrder::measuresDeviation()
{
    const QList<PrintedLine> lines{{u"a"_s, 0.001}, {u"b"_s, 0.002}, {u"c"_s, 1.25},
                                   {u"again"_s, 2.0}, {u"again"_s, 3.0}};
    const OrderCheck check = compareLines(prediction(), lines);
    QVERIFY(check);
    QCOMPARE(check.maxDeviation, 0.25);
}

namespace {
Step step(Ticks duration, StepKind kind, const QString &end)
{
    return {u"step"_s, duration, kind, QString(), end};
}

/// Two timers due at 2 that began at 0 and at 0.5, each followed by blocking work:
/// whichever wakes first holds the cook, so the other's line moves a whole unit.
Meal tiedTimers(Ticks secondWait)
{
    Meal meal;
    meal.dishes = {
        {u"a"_s, u"A"_s, {}, {}, {step(2000, StepKind::Wait, u"a woke"_s), step(1000, StepKind::Work, u"a worked"_s)}},
        {u"b"_s, u"B"_s, {}, {}, {step(500, StepKind::Work, {}), step(secondWait, StepKind::Wait, u"b woke"_s),
                                   step(1000, StepKind::Work, u"b worked"_s)}},
    };
    meal.lanes = {{LaneMode::Gather, {u"a"_s, u"b"_s}}};
    return meal;
}
} // namespace

void TestLineOrder::findsOrdersThatHangOnTies_data()
{
    QTest::addColumn<Meal>("meal");
    QTest::addColumn<bool>("hangsOnTies");
    QTest::addRow("timers tie, then blocking work") << tiedTimers(1500) << true;
    QTest::addRow("timers a tenth apart") << tiedTimers(1600) << false;
    // Random meal 255: three timers due at 4 min, then blocking work; CPython ran it both ways.
    QTest::addRow("data/tiebreak.json") << *readMealFile(QStringLiteral(TIEBREAK_MEAL_FILE)).meal << true;
    for (const QString &name : BuiltinMeals::names())
        QTest::addRow("builtin %s", qPrintable(name)) << *BuiltinMeals::open(name).meal << false;
}

void TestLineOrder::findsOrdersThatHangOnTies()
{
    QFETCH(Meal, meal);
    QFETCH(bool, hangsOnTies);
    const QString why = tieDependentOrder(simulate(meal));
    QVERIFY2(why.isEmpty() != hangsOnTies, qPrintable(why));
}

QTEST_GUILESS_MAIN(TestLineOrder)
#include "tst_lineorder.moc"
