// SPDX-License-Identifier: MIT
// async-kitchen-cli validate FILE: every problem in a meal file, one per line.
#include "clicommands.h"
#include "mealfile.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Kitchen;

namespace CliCommands {

namespace {
QString counted(qsizetype count, const QString &one, const QString &many)
{
    return u"%1 %2"_s.arg(count).arg(count == 1 ? one : many);
}
} // namespace

int validate(const QStringList &arguments)
{
    QTextStream errors(stderr);
    QCommandLineParser parser;
    parser.addPositionalArgument(u"file"_s, u"A meal file to check."_s);
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1) {
        const QString why
            = parser.errorText().isEmpty() ? u"validate takes one file: validate FILE"_s : parser.errorText();
        errors << "async-kitchen-cli: " << why << Qt::endl;
        return BadUsage;
    }

    const QString path = parser.positionalArguments().first();
    const MealReadResult read = readMealFile(path);
    for (const MealProblem &warning : read.warnings)
        errors << describeProblem(path, { warning.where, u"warning: "_s + warning.what }) << '\n';
    for (const QString &line : read.messages(path))
        errors << line << '\n';
    errors.flush();
    if (!read.ok())
        return BadInput;

    QTextStream(stdout) << u"%1: OK, a valid meal: %2 in %3"_s.arg(
        path, counted(read.meal->dishes.size(), u"dish"_s, u"dishes"_s),
        counted(read.meal->lanes.size(), u"lane"_s, u"lanes"_s))
                        << Qt::endl;
    return Ok;
}

} // namespace CliCommands
