// SPDX-License-Identifier: MIT
// async-kitchen-cli: run the kitchen's meals on the virtual clock, with no window.
#include "clicommands.h"

#include <QCoreApplication>
#include <QHash>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
constexpr auto usage =
    "usage: async-kitchen-cli COMMAND ...\n"
    "  scenarios                                   list the built-in meals\n"
    "  run NAME|FILE [--all-lanes MODE] [--json]   cook a meal and print its log\n"
    "  validate FILE                               check a meal file and list every problem\n"
    "  lint NAME|FILE [--all-lanes MODE] [--threshold UNITS]   explain what goes wrong and how to fix it\n"
    "  export NAME|FILE --format FORMAT -o OUT [--all-lanes MODE]   FORMAT: json python cpp trace png csv\n"
    "MODE is sync, gather, taskgroup, create_task or as_completed.\n";
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"async-kitchen-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command == u"scenarios" && arguments.size() == 2)
        return CliCommands::scenarios();
    // Each command parses "PROGRAM [options] ARGS", so the command word is dropped.
    const QHash<QString, int (*)(const QStringList &)> commands{
        {u"run"_s, &CliCommands::run},
        {u"export"_s, &CliCommands::exportMeal},
        {u"validate"_s, &CliCommands::validate},
        {u"lint"_s, &CliCommands::lint},
    };
    if (const auto handler = commands.value(command)) {
        arguments.removeAt(1);
        return handler(arguments);
    }
    if (command == u"--help" || command == u"-h" || command == u"help") {
        QTextStream(stdout) << usage;
        return CliCommands::Ok;
    }
    QTextStream(stderr) << "async-kitchen-cli: "
                        << (command.isEmpty() ? u"no command given"_s
                                              : u"unknown command \"%1\""_s.arg(command))
                        << "\n"
                        << usage;
    return CliCommands::BadUsage;
}
