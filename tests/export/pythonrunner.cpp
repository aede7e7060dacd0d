// SPDX-License-Identifier: MIT
#include "pythonrunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace KitchenTest {

namespace {

/// The interpreter itself when @p python is 3.11 or newer: a wrapper such as a
/// pyenv shim costs a shell at every start, and the workers start together.
QString interpreterIfAtLeast311(const QString &python)
{
    QProcess probe;
    probe.start(python, {u"-c"_s, u"import sys; print(sys.version_info >= (3, 11), sys.executable)"_s});
    if (!probe.waitForFinished(30'000) || probe.exitStatus() != QProcess::NormalExit)
        return {};
    const QString answer = QString::fromUtf8(probe.readAllStandardOutput()).trimmed();
    if (!answer.startsWith(u"True "_s))
        return {};
    return answer.mid(5);
}

PythonRun parseRun(const QJsonObject &object)
{
    PythonRun run;
    for (const QJsonValue &value : object.value(u"lines").toArray()) {
        const QJsonArray line = value.toArray(); // [time, text, loop turn]
        run.lines.append({line.at(1).toString(), line.at(0).toDouble(), qint64(line.at(2).toDouble(-1))});
    }
    if (object.value(u"total").isDouble())
        run.total = object.value(u"total").toDouble();
    run.error = object.value(u"error").toString();
    return run;
}

} // namespace

QString findPython311(QString *tried)
{
    QStringList candidates;
    const QString fromEnvironment = qEnvironmentVariable("KITCHEN_PYTHON");
    if (!fromEnvironment.isEmpty())
        candidates << fromEnvironment;
    const QString onPath = QStandardPaths::findExecutable(u"python3"_s);
    if (!onPath.isEmpty())
        candidates << onPath;
    candidates << u"/usr/bin/python3"_s;
    for (const QString &candidate : std::as_const(candidates)) {
        if (const QString interpreter = interpreterIfAtLeast311(candidate); !interpreter.isEmpty())
            return interpreter;
    }
    if (tried)
        *tried = candidates.join(u", ");
    return {};
}

QHash<QString, PythonRun> runPythonPrograms(const QString &python, const QString &helperScript,
                                            QList<PythonProgram> programs, double scale,
                                            int workers, int timeoutMs)
{
    // Longest first: each goes to the next free worker, so the workers finish together.
    std::sort(programs.begin(), programs.end(), [](const PythonProgram &a, const PythonProgram &b) {
        return a.expectedUnits > b.expectedUnits;
    });
    QStringList arguments{helperScript, QString::number(workers), QString::number(scale)};
    for (const PythonProgram &program : std::as_const(programs))
        arguments << program.path;

    // Output goes to a file, so a full pipe can never stall the run.
    QTemporaryDir outputs;
    const QString resultsFile = outputs.filePath(u"results.jsonl"_s);
    const QString errorsFile = outputs.filePath(u"errors.txt"_s);
    QProcess process;
    process.setStandardOutputFile(resultsFile);
    process.setStandardErrorFile(errorsFile);
    process.start(python, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }

    QHash<QString, PythonRun> runs;
    QFile results(resultsFile);
    if (results.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : results.readAll().split('\n')) {
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            if (!object.isEmpty())
                runs.insert(object.value(u"program").toString(), parseRun(object));
        }
    }
    QFile errors(errorsFile);
    const QString helperErrors = errors.open(QIODevice::ReadOnly) ? QString::fromUtf8(errors.readAll()).trimmed()
                                                                   : QString();
    for (const PythonProgram &program : std::as_const(programs)) {
        if (!runs.contains(program.path))
            runs[program.path].error = u"no result: the run was stopped after %1 ms or failed (%2)"_s
                                           .arg(timeoutMs)
                                           .arg(helperErrors.isEmpty() ? u"no message"_s : helperErrors);
    }
    return runs;
}

} // namespace KitchenTest
