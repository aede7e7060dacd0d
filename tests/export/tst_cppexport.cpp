// SPDX-License-Identifier: MIT
// The C++/QCoro export compiles (the build made exported_NAME from
// data/NAME.json with the CLI) and prints what the engine predicts.
#include "builtinmeals.h"
#include "lineorder.h"
#include "simulation.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Kitchen;
using namespace KitchenTest;

class TestCppExport : public QObject
{
    Q_OBJECT

private slots:
    void compiledProgramMatchesTheEngine_data();
    void compiledProgramMatchesTheEngine();
};

void TestCppExport::compiledProgramMatchesTheEngine_data()
{
    QTest::addColumn<QString>("meal");
    QTest::addColumn<QString>("scale");
    QTest::addColumn<int>("orderedPairs");
    // Lines of these meals from different dishes are at least half a unit apart unless they tie.
    // mixed prints at 0, 1, 2.5, 3 and 3.5 s; edge at 0, 0.5, 1, 1.5 and 1.6 min. mistakes:
    // dishes that burn under gather, a TaskGroup and return_exceptions, forgotten awaits, a
    // timeout and a task nobody awaits; helpers: to_thread, a burner, needs, as_completed,
    // create_task with main()'s own work, and a timeout that leaves a task cooking.
    for (const QString &scale : {u"0.05"_s, u"0.15"_s}) {
        QTest::addRow("mixed at %s", qPrintable(scale)) << u"mixed"_s << scale << 4;
        QTest::addRow("edge at %s", qPrintable(scale)) << u"edge"_s << scale << 4;
        QTest::addRow("mistakes at %s", qPrintable(scale)) << u"mistakes"_s << scale << 11;
        QTest::addRow("helpers at %s", qPrintable(scale)) << u"helpers"_s << scale << 15;
    }
}

void TestCppExport::compiledProgramMatchesTheEngine()
{
    QFETCH(QString, meal);
    QFETCH(QString, scale);
    QFETCH(int, orderedPairs);
    const QString mealFile = QStringLiteral(MEALS_DIR) + u'/' + meal + u".json"_s;
    const MealReadResult read = BuiltinMeals::open(mealFile);
    QVERIFY2(read.ok(), qPrintable(read.firstError(mealFile)));
    const RunResult predicted = simulate(*read.meal);

    QProcess program;
    program.start(QStringLiteral(EXPORTED_PROGRAMS_DIR) + u"/exported_"_s + meal, {scale});
    QVERIFY2(program.waitForFinished(30'000), "the exported program did not finish in 30 s");
    QCOMPARE(program.exitStatus(), QProcess::NormalExit);
    QCOMPARE(program.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(program.readAllStandardError()), QString()); // no Qt warnings either

    QStringList lines = QString::fromUtf8(program.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    const QRegularExpression totalLine(u"^Total prep time: ([0-9.]+) "_s + toString(read.meal->unit) + u'$');
    const QString last = lines.takeLast();
    const QRegularExpressionMatch total = totalLine.match(last);
    QVERIFY2(total.hasMatch(), qPrintable(last));
    // Rough on purpose: a loaded machine can stretch a short run by tens of milliseconds,
    // and each wake-up a little more.
    qsizetype steps = 0;
    for (const Dish &dish : std::as_const(read.meal->dishes))
        steps += dish.steps.size();
    for (const Lane &lane : std::as_const(read.meal->lanes))
        steps += lane.steps.size();
    const double tolerance = std::max(0.1, (0.03 + 0.003 * double(steps)) / scale.toDouble()
                                               + 0.02 * toUnits(predicted.total));
    QVERIFY2(std::abs(total.captured(1).toDouble() - toUnits(predicted.total)) <= tolerance,
             qPrintable(total.captured(0)));

    QList<PrintedLine> printed; // these meals' messages hold no line breaks
    for (const QString &line : std::as_const(lines))
        printed.append({line});
    const OrderCheck order = compareLines(predicted.events, printed);
    QVERIFY2(order, qPrintable(order.problem));
    QCOMPARE(order.orderedPairs, orderedPairs);
}

QTEST_GUILESS_MAIN(TestCppExport)
#include "tst_cppexport.moc"
