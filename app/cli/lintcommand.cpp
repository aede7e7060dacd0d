// SPDX-License-Identifier: MIT
// `lint`: the warnings panel on the command line, for teachers checking a lesson meal.
#include "clicommands.h"

#include "meallint.h"
#include "simulation.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Kitchen;

namespace CliCommands {

namespace {

QString place(const Meal &meal, const MealWarning &warning)
{
    QStringList where;
    if (warning.lane >= 0)
        where << u"lane %1"_s.arg(warning.lane + 1);
    if (warning.dish >= 0)
        where << u"dish \"%1\""_s.arg(meal.dishes.at(warning.dish).id);
    if (warning.step >= 0)
        where << u"step %1"_s.arg(warning.step + 1);
    where << u"at %1 %2"_s.arg(formatUnits(warning.at), toString(meal.unit));
    return where.join(u", "_s);
}

} // namespace

int lint(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption allLanes(u"all-lanes"_s, u"Run every lane in MODE."_s, u"MODE"_s);
    const QCommandLineOption threshold(u"threshold"_s, u"Report blocking steps this long or longer."_s,
                                       u"UNITS"_s, formatUnits(defaultBlockingThreshold));
    parser.addOptions({allLanes, threshold});
    parser.addPositionalArgument(u"meal"_s, u"A built-in meal's name or a meal file."_s);
    if (!parser.parse(arguments))
        return fail(BadUsage, parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return fail(BadUsage, u"lint takes one meal: lint NAME|FILE [--all-lanes MODE] [--threshold UNITS]"_s);
    bool number = false;
    const double units = parser.value(threshold).toDouble(&number);
    if (!number || units < 0)
        return fail(BadUsage, u"--threshold: \"%1\" is not a duration; give a number of the meal's units"_s
                                  .arg(parser.value(threshold)));

    const MealArgument meal = openMealArgument(parser.positionalArguments().first(), parser.value(allLanes));
    if (!meal.meal)
        return meal.exitCode;
    const QList<MealWarning> warnings = lintRun(simulate(*meal.meal), fromUnits(units));
    QTextStream out(stdout);
    for (const MealWarning &warning : warnings) {
        out << "warning: " << warning.title << " [" << toString(warning.kind) << "] (" << place(*meal.meal, warning)
            << ")\n"
            << "  why: " << warning.explanation << '\n'
            << "  fix: " << warning.fix << '\n';
    }
    out << (warnings.isEmpty() ? u"no warnings"_s : u"%1 warning(s)"_s.arg(warnings.size())) << '\n';
    return Ok;
}

} // namespace CliCommands
