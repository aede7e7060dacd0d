// SPDX-License-Identifier: MIT
// Live fidelity: a 30-dish meal played on the live clock. For each printed line,
// how late it came against its predicted time, and how far the total strayed;
// CPython runs the exported Python program of the same meal at the same scale.
#include "benchmeals.h"
#include "benchtable.h"
#include "livekitchen.h"
#include "pythonexport.h"
#include "simulation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Kitchen;
using namespace Qt::StringLiterals;

namespace {

constexpr double secondsPerUnit = 0.05;

double unitsToMs(double units)
{
    return units * secondsPerUnit * 1000.0;
}

struct Fidelity {
    QList<double> latenessMs; ///< in the order the lines were printed
    double totalErrorMs = 0;
};

Fidelity playLive(const Meal &meal, const RunResult &predicted)
{
    LiveKitchen kitchen;
    QSignalSpy finished(&kitchen, &LiveKitchen::finished);
    QElapsedTimer clock;
    clock.start();
    kitchen.start(meal, secondsPerUnit);
    if (!finished.wait(120'000))
        return {};
    const double realMs = double(clock.nsecsElapsed()) / 1e6;
    const RunResult live = finished.first().first().value<RunResult>();
    Fidelity fidelity;
    for (const LogEvent &event : live.events)
        fidelity.latenessMs << unitsToMs(toUnits(event.observed - event.time));
    fidelity.totalErrorMs = realMs - unitsToMs(toUnits(predicted.total));
    return fidelity;
}

Fidelity playInCPython(const Meal &meal, const RunResult &predicted, QString *problem)
{
    QHash<QString, Ticks> predictedTime;
    for (const LogEvent &event : predicted.events)
        predictedTime.insert(event.text, event.time);
    QTemporaryDir dir;
    const QString program = dir.filePath(u"meal.py"_s);
    QFile file(program);
    if (!file.open(QIODevice::WriteOnly) || file.write(exportPython(meal).text.toUtf8()) < 0) {
        *problem = u"cannot write the Python program"_s;
        return {};
    }
    file.close();
    QProcess python;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"KITCHEN_TIMESTAMPS"_s, u"1"_s);
    python.setProcessEnvironment(environment);
    python.start(qEnvironmentVariable("PYTHON", u"python3"_s), {program, QString::number(secondsPerUnit)});
    if (!python.waitForFinished(120'000) || python.exitCode() != 0) {
        *problem = u"python3 could not run the exported program"_s;
        return {};
    }
    Fidelity fidelity;
    for (const QByteArray &line : python.readAllStandardOutput().split('\n')) {
        const QJsonDocument json = QJsonDocument::fromJson(line);
        if (json.isArray() && predictedTime.contains(json[1].toString()))
            fidelity.latenessMs << unitsToMs(json[0].toDouble() - toUnits(predictedTime[json[1].toString()]));
        else if (json.isObject())
            fidelity.totalErrorMs = unitsToMs(json[u"total"].toDouble() - toUnits(predicted.total));
    }
    return fidelity;
}

QStringList row(const QString &who, const Fidelity &fidelity)
{
    const auto &lateness = fidelity.latenessMs;
    const qsizetype tenth = std::max<qsizetype>(1, lateness.size() / 10);
    const double early = BenchTable::percentile(lateness.mid(0, tenth), 50);
    const double late = BenchTable::percentile(lateness.mid(lateness.size() - tenth), 50);
    const double p99 = BenchTable::percentile(lateness, 99);
    return {who, QString::number(lateness.size()), QString::number(BenchTable::percentile(lateness, 50), 'f', 2),
            QString::number(p99, 'f', 2), QString::number(BenchTable::percentile(lateness, 100), 'f', 2),
            QString::number(late - early, 'f', 2), QString::number(fidelity.totalErrorMs, 'f', 1)};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Meal meal = BenchMeals::gatherMeal(30, 10, true);
    const RunResult predicted = simulate(meal);

    const Fidelity engine = playLive(meal, predicted);
    QString problem;
    const Fidelity cpython = playInCPython(meal, predicted, &problem);

    QTextStream(stdout) << "30 dishes x 10 steps under gather, " << secondsPerUnit * 1000
                        << " ms per meal unit, predicted total " << formatUnits(predicted.total) << " units\n\n";
    BenchTable::Table table({u"runner"_s, u"lines"_s, u"lateness p50 ms"_s, u"p99 ms"_s, u"max ms"_s,
                             u"drift (last - first tenth, p50) ms"_s, u"total error ms"_s});
    table.add(row(u"engine, live clock"_s, engine));
    if (problem.isEmpty())
        table.add(row(u"CPython, exported program"_s, cpython));
    else
        table.add({u"CPython"_s, problem, {}, {}, {}, {}, {}});
    table.print();
    const double p99 = BenchTable::percentile(engine.latenessMs, 99);
    QTextStream(stdout) << "\nTarget: engine p99 lateness under 2 ms: " << BenchTable::verdict(p99 < 2.0)
                        << "; ratio of p99 to CPython's: "
                        << (cpython.latenessMs.isEmpty()
                                ? u"-"_s
                                : QString::number(p99 / std::max(0.001, BenchTable::percentile(cpython.latenessMs, 99)), 'f', 2))
                        << "\n";
    return engine.latenessMs.isEmpty() ? 1 : 0;
}
