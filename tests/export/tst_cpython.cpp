// SPDX-License-Identifier: MIT
// The proof: the exported Python, run by CPython, prints what the engine predicts.
#include "builtinmeals.h"
#include "lineorder.h"
#include "mealfile.h"
#include "pythonexport.h"
#include "pythonrunner.h"
#include "randommeals.h"
#include "runreport.h"
#include "simulation.h"
#include "tiebreaks.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Kitchen;
using namespace KitchenTest;

namespace {

constexpr int randomMealCount = 300;
/// Real seconds per meal unit. Random meals' lines are at least 0.1 unit apart
/// unless they tie, so 0.3 keeps distinct lines 30 ms apart: far above the usual
/// lateness of a wake-up (0.2 ms here), though a machine loaded by builds can
/// stall a process for tens of milliseconds now and then (see the reruns).
constexpr double firstScale = 0.3;
/// A case that disagrees is run again, three times slower, up to twice. A real
/// disagreement between the engine and CPython is the same every time (meals
/// whose order hangs on tie-breaks are left out); a stall of a loaded machine
/// is not. Every rerun is reported.
constexpr double rerunScale = 0.9;
constexpr int maxReruns = 2;
/// The total may be late by a fixed amount of real time, a little for every
/// step (each wake-up can wait for a busy CPU), and a fraction of itself.
constexpr double totalToleranceSeconds = 0.02;
constexpr double totalToleranceSecondsPerStep = 0.002;
constexpr double totalSlack = 0.01;
/// Time limits for the first pass and for each rerun, within ctest's 300 s.
constexpr int firstPassTimeoutMs = 150'000;
constexpr int rerunTimeoutMs = 60'000;

struct Case {
    QString name;
    Meal meal;
    RunResult predicted;
    QString program;
};

QString describe(const RunResult &predicted, const PythonRun &run)
{
    QString text = u"\n--- meal file ---\n"_s + QString::fromUtf8(writeMeal(predicted.meal))
                   + u"--- engine (async-kitchen-cli run) ---\n"_s + formatRunLog(predicted)
                   + u"--- CPython ---\n"_s;
    for (const PrintedLine &line : run.lines)
        text += u"[%1] %2\n"_s.arg(line.time, 0, 'f', 3).arg(line.text);
    return text + u"total %1\n"_s.arg(run.total, 0, 'f', 3);
}

/// " 0.001 1.127 ..." : when each line came, in meal units.
QString lineTimes(const PythonRun &run)
{
    QString times;
    for (const PrintedLine &line : run.lines)
        times += u' ' + QString::number(line.time, 'f', 3);
    return times;
}

} // namespace

class TestCPython : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesCPython_data();
    void matchesCPython();
    void catchesAWrongPrediction();
    void plainRunPrintsJustTheLines_data();
    void plainRunPrintsJustTheLines();
    void comparisonIsMeaningful();

private:
    void addBuiltinCases();
    void addMealFileCases();
    void addRandomCases();
    void writePrograms();
    [[nodiscard]] QHash<QString, PythonRun> run(const QList<Case> &cases, double scale, int timeoutMs) const;
    [[nodiscard]] static QString disagreement(const Case &c, const PythonRun &run, double scale);
    [[nodiscard]] const Case *find(const QString &name) const;

    QString m_python;
    QTemporaryDir m_dir;
    QList<Case> m_cases;
    QHash<QString, PythonRun> m_runs;
    QHash<QString, double> m_scaleUsed;
    QHash<QString, QString> m_firstDisagreement;
    int m_orderedPairs = 0;
    int m_turnsChecked = 0;
    int m_tieDependentSeeds = 0;
    int m_turnsLeftOut = 0; ///< random meals compared in order only: a tie decides their turns
    int m_rowsChecked = 0;
    double m_maxDeviation = 0;
};

void TestCPython::initTestCase()
{
    QString tried;
    m_python = findPython311(&tried);
    if (m_python.isEmpty())
        QSKIP(qPrintable(u"no python3 >= 3.11 to compare with (tried: %1); set KITCHEN_PYTHON"_s.arg(tried)));
    QVERIFY(m_dir.isValid());
    addBuiltinCases();
    addMealFileCases();
    addRandomCases();
    writePrograms();
    if (QTest::currentTestFailed())
        return;

    double expectedSeconds = 0;
    for (const Case &c : std::as_const(m_cases))
        expectedSeconds += toUnits(c.predicted.total) * firstScale;
    QElapsedTimer clock;
    clock.start();
    m_runs = run(m_cases, firstScale, firstPassTimeoutMs);
    for (const Case &c : std::as_const(m_cases))
        m_scaleUsed[c.name] = firstScale;

    QList<Case> again;
    for (const Case &c : std::as_const(m_cases)) {
        const QString problem = disagreement(c, m_runs.value(c.name), firstScale);
        if (!problem.isEmpty()) {
            m_firstDisagreement[c.name] = problem + u"; its lines came at"_s + lineTimes(m_runs.value(c.name));
            again << c;
        }
    }
    const qsizetype rerunCount = again.size();
    for (int attempt = 0; attempt < maxReruns && !again.isEmpty(); ++attempt) {
        const QHash<QString, PythonRun> reruns = run(again, rerunScale, rerunTimeoutMs);
        QList<Case> stillDisagreeing;
        for (const Case &c : std::as_const(again)) {
            m_runs[c.name] = reruns.value(c.name);
            m_scaleUsed[c.name] = rerunScale;
            if (!disagreement(c, m_runs[c.name], rerunScale).isEmpty())
                stillDisagreeing << c;
        }
        again = stillDisagreeing;
    }
    qInfo("%lld programs (%d random meals) ran under %s in %.1f s (%.0f s of meal time at %g s "
          "per unit); %lld needed a rerun",
          qlonglong(m_cases.size()), randomMealCount, qPrintable(m_python),
          double(clock.elapsed()) / 1000.0, expectedSeconds, firstScale, qlonglong(rerunCount));
}

void TestCPython::addBuiltinCases()
{
    for (const QString &name : BuiltinMeals::names()) {
        const MealReadResult read = BuiltinMeals::open(name);
        QVERIFY2(read.ok(), qPrintable(read.firstError(name)));
        QList<std::pair<QString, Meal>> variants{{name, *read.meal}};
        for (const QString &mode : laneModeNames()) {
            LaneMode laneMode;
            QVERIFY(parseLaneMode(mode, laneMode));
            variants.append({name + u" --all-lanes "_s + mode, read.meal->withAllLanes(laneMode)});
        }
        QList<Meal> seen;
        for (const auto &[caseName, meal] : variants) {
            if (seen.contains(meal))
                continue; // e.g. lunch is a gather already
            seen << meal;
            m_cases.append({u"builtin "_s + caseName, meal, simulate(meal), {}});
            // The articles' meals are compared strictly whatever happens; say so if ties matter.
            if (const QString why = tieDependentOrder(m_cases.constLast().predicted); !why.isEmpty())
                qWarning("builtin %s hangs on tie-breaks: %s", qPrintable(caseName), qPrintable(why));
            if (!tieDependentTurns(m_cases.constLast().predicted).isEmpty()) // e.g. two messages sent together
                forgetTurns(m_cases.last().predicted);
        }
    }
}

void TestCPython::addMealFileCases()
{
    // The meals tst_cppexport compiles: keyword ids, empty lanes, a zero wait, awkward text.
    for (const QString &name : {u"mixed"_s, u"edge"_s}) {
        const QString path = QStringLiteral(MEALS_DIR) + u'/' + name + u".json"_s;
        const MealReadResult read = readMealFile(path);
        QVERIFY2(read.ok(), qPrintable(read.firstError(path)));
        m_cases.append({u"file "_s + name, *read.meal, simulate(*read.meal), {}});
    }
}

void TestCPython::addRandomCases()
{
    // Meals whose order hangs on how CPython breaks an exact tie can't be
    // compared line by line; they are counted and left out, and more seeds drawn.
    int accepted = 0;
    QStringList tieDependent;
    for (int seed = 1; accepted < randomMealCount; ++seed) {
        const Meal meal = randomMeal(quint32(seed));
        const MealReadResult reread = readMeal(writeMeal(meal));
        QVERIFY2(reread.ok(), qPrintable(u"random meal %1 is not a valid meal: %2"_s
                                             .arg(seed)
                                             .arg(reread.firstError(u"meal"_s))));
        RunResult predicted = simulate(meal);
        if (!tieDependentOrder(predicted).isEmpty()) {
            tieDependent << QString::number(seed);
            continue;
        }
        if (!tieDependentTurns(predicted).isEmpty()) {
            forgetTurns(predicted); // the order is still compared
            ++m_turnsLeftOut;
        }
        m_cases.append({u"random %1"_s.arg(seed), meal, std::move(predicted), {}});
        ++accepted;
    }
    m_tieDependentSeeds = tieDependent.size();
    qInfo("left out %lld random meals whose order depends on how CPython breaks exact timer "
          "ties (seeds %s); %d more are compared in order but not turn by turn, for the same reason",
          qlonglong(tieDependent.size()), qPrintable(tieDependent.join(u' ')), m_turnsLeftOut);
}

void TestCPython::writePrograms()
{
    for (qsizetype i = 0; i < m_cases.size(); ++i) {
        Case &c = m_cases[i];
        QVERIFY2(c.predicted.finished, qPrintable(c.name));
        c.program = m_dir.filePath(u"meal%1.py"_s.arg(qlonglong(i), 3, 10, QChar(u'0')));
        QFile file(c.program);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(exportPython(c.meal).text.toUtf8());
    }
}

QHash<QString, PythonRun> TestCPython::run(const QList<Case> &cases, double scale, int timeoutMs) const
{
    QList<PythonProgram> programs;
    double seconds = 0;
    for (const Case &c : cases) {
        programs.append({c.program, toUnits(c.predicted.total)});
        seconds += toUnits(c.predicted.total) * scale;
    }
    // The programs mostly sleep, so many share two cores well; aim at ~25 s.
    const int workers = std::clamp(int(std::ceil(seconds / 25.0)), 1, 24);
    const QHash<QString, PythonRun> byProgram = runPythonPrograms(
        m_python, QStringLiteral(RUN_PROGRAMS_SCRIPT), programs, scale, workers, timeoutMs);
    QHash<QString, PythonRun> byCase;
    for (const Case &c : cases)
        byCase.insert(c.name, byProgram.value(c.program));
    return byCase;
}

QString TestCPython::disagreement(const Case &c, const PythonRun &run, double scale)
{
    if (!run.error.isEmpty())
        return u"the program failed: "_s + run.error;
    const OrderCheck order = compareLines(c.predicted.events, run.lines);
    if (!order)
        return order.problem;
    const double expected = toUnits(c.predicted.total);
    qsizetype steps = 0;
    for (const Lane &lane : c.meal.lanes) {
        for (const QString &id : lane.dishIds)
            steps += c.meal.dishes[c.meal.dishIndex(id)].steps.size();
    }
    const double tolerance = (totalToleranceSeconds + totalToleranceSecondsPerStep * double(steps)) / scale
                             + totalSlack * expected;
    if (std::isnan(run.total) || std::abs(run.total - expected) > tolerance)
        return u"total %1 differs from the predicted %2 by more than %3"_s
            .arg(run.total, 0, 'f', 3)
            .arg(expected)
            .arg(tolerance, 0, 'f', 3);
    return {};
}

const Case *TestCPython::find(const QString &name) const
{
    for (const Case &c : m_cases) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

void TestCPython::matchesCPython_data()
{
    QTest::addColumn<QString>("name");
    for (const Case &c : std::as_const(m_cases))
        QTest::addRow("%s", qPrintable(c.name)) << c.name;
}

void TestCPython::matchesCPython()
{
    QFETCH(QString, name);
    const Case *c = find(name);
    QVERIFY(c);
    const PythonRun run = m_runs.value(name);
    const double scale = m_scaleUsed.value(name);
    const QString problem = disagreement(*c, run, scale);
    if (!problem.isEmpty()) {
        m_dir.setAutoRemove(false);
        QFAIL(qPrintable(u"the engine and CPython disagree (at %1 s per unit; the first run "
                         u"said: %2): %3%4program: %5"_s
                             .arg(scale)
                             .arg(m_firstDisagreement.value(name, u"the same"_s), problem,
                                  describe(c->predicted, run), c->program)));
    }
    if (m_firstDisagreement.contains(name))
        qWarning("%s agreed only when run again at %g s per unit; at %g: %s", qPrintable(name),
                 rerunScale, firstScale, qPrintable(m_firstDisagreement.value(name)));
    const OrderCheck order = compareLines(c->predicted.events, run.lines);
    m_orderedPairs += order.orderedPairs;
    m_turnsChecked += order.turnsChecked;
    m_maxDeviation = std::max(m_maxDeviation, order.maxDeviation * scale);
    ++m_rowsChecked;
}

void TestCPython::catchesAWrongPrediction()
{
    // The comparison has to be able to fail on real CPython output, not just on made-up lines.
    const Case *lunch = find(u"builtin lunch"_s);
    QVERIFY(lunch);
    const PythonRun gathered = m_runs.value(lunch->name);
    QVERIFY(!gathered.lines.isEmpty());

    const RunResult sequential = simulate(lunch->meal.withAllLanes(LaneMode::Sync));
    const OrderCheck wrongOrder = compareLines(sequential.events, gathered.lines);
    QVERIFY2(!wrongOrder, "the sync prediction must not match a gather run");
    QVERIFY(!wrongOrder.problem.isEmpty());
    QVERIFY(!disagreement(Case{lunch->name, sequential.meal, sequential, {}}, gathered,
                          m_scaleUsed.value(lunch->name)).isEmpty());

    // Swap the first two lines predicted at different times.
    QList<LogEvent> swapped = lunch->predicted.events;
    qsizetype i = 1;
    while (i < swapped.size() && swapped[i].time == swapped[i - 1].time)
        ++i;
    QVERIFY(i < swapped.size());
    std::swap(swapped[i - 1].text, swapped[i].text);
    QVERIFY2(!compareLines(swapped, gathered.lines), "a swap across ticks must be caught");

    QList<LogEvent> missing = lunch->predicted.events;
    missing.removeLast();
    QVERIFY2(!compareLines(missing, gathered.lines), "an extra printed line must be caught");
}

void TestCPython::plainRunPrintsJustTheLines_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("scaleVariable");
    // The argument wins over the variable, so "1000" would make the run take hours.
    QTest::addRow("scale from the argument") << QStringList{u"0.05"_s} << u"1000"_s;
    QTest::addRow("scale from KITCHEN_SCALE") << QStringList{} << u"0.05"_s;
}

void TestCPython::plainRunPrintsJustTheLines()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, scaleVariable);
    const Case *lunch = find(u"builtin lunch"_s);
    QVERIFY(lunch);
    QProcess python;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"KITCHEN_TIMESTAMPS"_s);
    environment.insert(u"KITCHEN_SCALE"_s, scaleVariable);
    environment.insert(u"PYTHONIOENCODING"_s, u"utf-8"_s);
    python.setProcessEnvironment(environment);
    python.start(m_python, QStringList{lunch->program} + arguments);
    QVERIFY2(python.waitForFinished(30'000), "the plain run did not finish in 30 s");
    QCOMPARE(python.exitCode(), 0);

    QStringList lines = QString::fromUtf8(python.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    const QRegularExpression totalLine(u"^Total prep time: ([0-9.]+) min$"_s);
    const QRegularExpressionMatch total = totalLine.match(lines.takeLast());
    QVERIFY2(total.hasMatch(), "the last line is the measured total");
    QVERIFY(std::abs(total.captured(1).toDouble() - 10.0) <= 0.5);
    QList<PrintedLine> printed;
    for (const QString &line : std::as_const(lines))
        printed.append({line});
    const OrderCheck order = compareLines(lunch->predicted.events, printed);
    QVERIFY2(order, qPrintable(order.problem));
}

void TestCPython::comparisonIsMeaningful()
{
    // Guard against a comparison that passes because it compared nothing.
    QCOMPARE(m_rowsChecked, int(m_cases.size()));
    QVERIFY(m_cases.size() > randomMealCount);
    int withLateTimers = 0;
    int withDelays = 0;
    QMap<LaneMode, int> lanes;
    QMap<DishState, int> endings; // meals with a dish that ended so (issue 6: failures)
    int collectingLanes = 0;
    QMap<RunNote::Kind, int> notes; // issue 6's mistakes
    QMap<DishState, int> spans;     // meals with a dish that queued, or had a helper
    int withTimeouts = 0;
    for (const Case &c : std::as_const(m_cases)) {
        QSet<DishState> ended;
        for (const Segment &segment : c.predicted.timeline)
            ended << segment.state;
        for (const DishState state : {DishState::Queued, DishState::Helper})
            spans[state] += ended.contains(state) ? 1 : 0;
        for (const RunNote &note : c.predicted.notes)
            ++notes[note.kind];
        withTimeouts += std::any_of(c.meal.lanes.cbegin(), c.meal.lanes.cend(),
                                    [](const Lane &lane) { return lane.timeout > 0; });
        for (const DishState state : {DishState::Failed, DishState::Cancelled})
            endings[state] += ended.contains(state) ? 1 : 0;
        for (const Lane &lane : c.meal.lanes)
            collectingLanes += lane.mode == LaneMode::Gather && lane.returnExceptions ? 1 : 0;
        withLateTimers += c.predicted.lateTimers.isEmpty() ? 0 : 1;
        bool delayed = false;
        for (const Segment &segment : c.predicted.timeline)
            delayed = delayed || segment.state == DishState::Delayed;
        withDelays += delayed ? 1 : 0;
        for (const Lane &lane : c.meal.lanes)
            ++lanes[lane.mode];
    }
    qInfo("%d neighbouring lines with different predicted times checked in order; %d meals with "
          "late timers, %d with delayed dishes; lines came at most %.1f ms off their predicted time",
          m_orderedPairs, withLateTimers, withDelays, m_maxDeviation * 1000.0);
    QVERIFY(m_orderedPairs > 1000);
    // A few meals hang on ties; if many did, the engine itself would be suspect.
    QVERIFY2(m_tieDependentSeeds * 4 < randomMealCount, "a quarter of the random meals hang on ties");
    QVERIFY2(m_turnsLeftOut * 2 < randomMealCount, "half the random meals have turns that hang on ties");
    qInfo("%d meals with a dish that burnt, %d with a cancelled dish, %d gather lanes with "
          "return_exceptions", endings.value(DishState::Failed), endings.value(DishState::Cancelled),
          collectingLanes);
    QVERIFY(endings.value(DishState::Failed) > 30);
    QVERIFY(endings.value(DishState::Cancelled) > 10);
    QVERIFY(collectingLanes > 20);
    QVERIFY(withLateTimers > 30);
    QVERIFY(withDelays > 50);
    QVERIFY(lanes.value(LaneMode::Sync) > 50);
    QVERIFY(lanes.value(LaneMode::Gather) > 50);
    QVERIFY(lanes.value(LaneMode::TaskGroup) > 50);
    QVERIFY(lanes.value(LaneMode::CreateTask) > 50);
    QVERIFY(lanes.value(LaneMode::AsCompleted) > 50);
    qInfo("%d lines came in the loop turn the engine predicted; %d meals with a dish queued, %d with a "
          "helper's work, %d with a lane timeout; notes: %d never awaited, %d lost tasks, %d not ready, "
          "%d timed out", m_turnsChecked, spans.value(DishState::Queued), spans.value(DishState::Helper),
          withTimeouts, notes.value(RunNote::Kind::NeverAwaited), notes.value(RunNote::Kind::LostTask),
          notes.value(RunNote::Kind::NotReady), notes.value(RunNote::Kind::TimedOut));
    QVERIFY(m_turnsChecked > 1000);
    QVERIFY(spans.value(DishState::Queued) > 20);
    QVERIFY(spans.value(DishState::Helper) > 50);
    QVERIFY(withTimeouts > 20);
    QVERIFY(notes.value(RunNote::Kind::NeverAwaited) > 10);
    QVERIFY(notes.value(RunNote::Kind::LostTask) > 5);
    QVERIFY(notes.value(RunNote::Kind::NotReady) > 10);
    QVERIFY(notes.value(RunNote::Kind::TimedOut) > 10);
}

QTEST_GUILESS_MAIN(TestCPython)
#include "tst_cpython.moc"
