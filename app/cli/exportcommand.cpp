// SPDX-License-Identifier: MIT
// async-kitchen-cli export: the meal or its run written out in one of several formats.
#include "clicommands.h"

#include "builtinmeals.h"
#include "cppexport.h"
#include "csvexport.h"
#include "pythonexport.h"
#include "simulation.h"
#include "traceexport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Kitchen;

namespace CliCommands {

namespace {

constexpr auto exportUsage =
    "export NAME|FILE --format json|python|cpp|trace|png|csv -o OUT [--all-lanes MODE]";
/// The window's executable; the CLI stays QtCore only and lets it draw the PNG.
constexpr auto appExecutable = u"async-kitchen";
constexpr int appTimeoutMs = 120'000;

const QStringList formats{u"json"_s, u"python"_s, u"cpp"_s, u"trace"_s, u"png"_s, u"csv"_s};

/// The text formats: the meal file, its code, or its run on the virtual clock.
QByteArray textExport(const QString &format, const Meal &meal)
{
    if (format == u"json")
        return writeMeal(meal);
    if (format == u"python")
        return exportPython(meal).text.toUtf8();
    if (format == u"cpp")
        return exportCpp(meal).text.toUtf8();
    if (format == u"trace")
        return exportTrace(simulate(meal));
    return exportCsv(simulate(meal));
}

/// "-" is standard output; a file is replaced only once it is written completely.
int write(const QString &path, const QByteArray &data)
{
    if (path == u"-") {
        QTextStream(stdout) << data;
        return Ok;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return fail(BadInput, u"cannot write \"%1\": %2"_s.arg(path, file.errorString()));
    return Ok;
}

/// The last line a failed child printed, which is usually its reason.
QString lastLine(const QByteArray &output)
{
    const QStringList lines = QString::fromLocal8Bit(output).trimmed().split(u'\n');
    return lines.constLast().trimmed();
}

/// PNG needs QtGui, so the window's executable renders it with no display.
int exportPng(const QString &source, const QString &path, const QString &laneMode)
{
    if (path == u"-")
        return fail(BadUsage, u"png cannot go to standard output; give a file with -o"_s);
    const QString app = QDir(QCoreApplication::applicationDirPath()).filePath(QString::fromUtf16(appExecutable));
    if (!QFileInfo(app).isExecutable())
        return fail(BadInput, u"png export needs the async-kitchen app next to the CLI, but \"%1\" "
                              u"is missing (build with -DKITCHEN_BUILD_GUI=ON)"_s.arg(app));

    QStringList arguments{u"--export-png"_s, path, u"--meal"_s, source};
    if (!laneMode.isEmpty())
        arguments << u"--all-lanes"_s << laneMode;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(app, arguments);
    if (!process.waitForStarted())
        return fail(BadInput, u"cannot start \"%1\": %2"_s.arg(app, process.errorString()));
    if (!process.waitForFinished(appTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return fail(BadInput, u"png export: \"%1\" did not finish in %2 s"_s.arg(app).arg(appTimeoutMs / 1000));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString reason = lastLine(process.readAllStandardError());
        return fail(BadInput, u"png export failed: \"%1\" exited with %2%3"_s
                                  .arg(app)
                                  .arg(process.exitStatus() == QProcess::NormalExit
                                           ? u"code %1"_s.arg(process.exitCode())
                                           : u"a crash"_s)
                                  .arg(reason.isEmpty() ? QString() : u": "_s + reason));
    }
    if (!QFileInfo::exists(path))
        return fail(BadInput, u"png export: \"%1\" reported success but wrote no \"%2\""_s.arg(app, path));
    return Ok;
}

} // namespace

int exportMeal(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(u"format"_s, u"What to write: %1."_s.arg(formats.join(u", ")),
                                    u"FORMAT"_s);
    const QCommandLineOption output(QStringList{u"o"_s, u"output"_s},
                                    u"The file to write, or - for standard output."_s, u"OUT"_s);
    const QCommandLineOption allLanes(u"all-lanes"_s, u"Run every lane in MODE."_s, u"MODE"_s);
    parser.addOptions({format, output, allLanes});
    if (!parser.parse(arguments))
        return fail(BadUsage, parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return fail(BadUsage, u"export takes one meal: "_s + QString::fromLatin1(exportUsage));
    if (!parser.isSet(format))
        return fail(BadUsage, u"export needs --format FORMAT; use one of: %1"_s.arg(formats.join(u", ")));
    const QString formatName = parser.value(format);
    if (!formats.contains(formatName))
        return fail(BadUsage, u"--format: unknown format \"%1\"; use one of: %2"_s
                                  .arg(formatName, formats.join(u", ")));
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return fail(BadUsage, u"export needs -o OUT: a file, or - for standard output"_s);

    const QString source = parser.positionalArguments().first();
    const MealArgument meal = openMealArgument(source, parser.value(allLanes));
    if (!meal.meal)
        return meal.exitCode;
    if (formatName == u"png")
        return exportPng(source, parser.value(output), parser.value(allLanes));
    return write(parser.value(output), textExport(formatName, *meal.meal));
}

} // namespace CliCommands
