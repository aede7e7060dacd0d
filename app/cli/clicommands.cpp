// SPDX-License-Identifier: MIT
#include "clicommands.h"

#include "builtinmeals.h"
#include "runreport.h"
#include "simulation.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Kitchen;

namespace CliCommands {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

} // namespace

int fail(int code, const QString &message)
{
    QTextStream(stderr) << "async-kitchen-cli: " << message << Qt::endl;
    return code;
}

MealArgument openMealArgument(const QString &source, const QString &allLanes)
{
    const MealReadResult read = BuiltinMeals::open(source);
    if (!read.ok())
        return {std::nullopt, fail(BadInput, read.firstError(source))};
    if (allLanes.isEmpty())
        return {read.meal, Ok};
    LaneMode mode;
    if (!parseLaneMode(allLanes, mode))
        return {std::nullopt, fail(BadUsage, u"--all-lanes: unknown mode \"%1\"; use one of: %2"_s
                                                 .arg(allLanes, laneModeNames().join(u", ")))};
    return {read.meal->withAllLanes(mode), Ok};
}

int scenarios()
{
    for (const QString &name : BuiltinMeals::names()) {
        const MealReadResult read = BuiltinMeals::open(name);
        out() << name << '\t' << (read.ok() ? read.meal->summary : read.firstError(name)) << '\n';
    }
    out().flush();
    return Ok;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption allLanes(u"all-lanes"_s, u"Run every lane in MODE."_s, u"MODE"_s);
    const QCommandLineOption json(u"json"_s, u"Print one JSON object."_s);
    parser.addOptions({allLanes, json});
    parser.addPositionalArgument(u"meal"_s, u"A built-in meal's name or a meal file."_s);
    if (!parser.parse(arguments))
        return fail(BadUsage, parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return fail(BadUsage, u"run takes one meal: run NAME|FILE [--all-lanes MODE] [--json]"_s);

    const MealArgument meal = openMealArgument(parser.positionalArguments().first(), parser.value(allLanes));
    if (!meal.meal)
        return meal.exitCode;

    const RunResult result = simulate(*meal.meal);
    if (parser.isSet(json))
        out() << QJsonDocument(runToJson(result)).toJson(QJsonDocument::Compact) << '\n';
    else
        out() << formatRunLog(result);
    out().flush();
    return Ok;
}

} // namespace CliCommands
