// SPDX-License-Identifier: MIT
// autosave-child DIR DISHES QUIET_MS
// Plays an editor: edits a meal every 2 ms with autosave on, and prints
// "saved N" after each autosave of the meal with N edits. The test kills it
// with SIGKILL part-way and checks the next launch gets the work back.
#include "editscript.h"
#include "mealautosave.h"

#include <QCoreApplication>
#include <QTimer>

#include <chrono>
#include <cstdio>

using namespace std::chrono_literals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 4) {
        std::fputs("usage: autosave-child DIR DISHES QUIET_MS\n", stderr);
        return 2;
    }
    const int dishCount = arguments[2].toInt();
    const std::chrono::milliseconds quiet(arguments[3].toInt());

    Kitchen::MealAutosave autosave(arguments[1]);
    autosave.setQuietDelay(quiet);
    autosave.setMaxDelay(quiet * 4 + 10ms); // edits never pause, so this is what saves

    Kitchen::Meal meal = EditScript::startingMeal(dishCount);
    int edits = 0;
    QObject::connect(&autosave, &Kitchen::MealAutosave::saved, [&edits] {
        std::printf("saved %d\n", edits);
        std::fflush(stdout);
    });
    QObject::connect(&autosave, &Kitchen::MealAutosave::saveFailed, [](const QString &message) {
        std::printf("failed %s\n", qPrintable(message));
        std::fflush(stdout);
    });

    QTimer editor;
    editor.setInterval(2ms);
    QObject::connect(&editor, &QTimer::timeout, [&] {
        EditScript::applyEdit(meal, edits++);
        autosave.mealChanged(meal, QString::fromUtf16(EditScript::originalPath));
    });
    editor.start();
    return app.exec();
}
