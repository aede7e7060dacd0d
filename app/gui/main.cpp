// SPDX-License-Identifier: MIT
#include "builtinmeals.h"
#include "kitchenplayer.h"
#include "launchoptions.h"
#include "mealdocument.h"
#include "screenshot.h"
#include "simulation.h"
#include "timelineimage.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
int fail(const QString &message)
{
    std::fprintf(stderr, "async-kitchen: %s\n", qPrintable(message));
    return 2;
}

/// --export-png: the meal's predicted timeline drawn offscreen, for async-kitchen-cli export --format png.
int exportTimelinePng(const LaunchOptions &options)
{
    const Kitchen::MealReadResult read = Kitchen::BuiltinMeals::open(options.meal);
    if (!read.ok()) {
        std::fprintf(stderr, "async-kitchen: %s\n", qPrintable(read.firstError(options.meal)));
        return 1;
    }
    Kitchen::Meal meal = *read.meal;
    Kitchen::LaneMode mode;
    if (!options.allLanes.isEmpty() && Kitchen::parseLaneMode(options.allLanes, mode))
        meal = meal.withAllLanes(mode);
    QString error;
    if (!Kitchen::saveTimelinePng(Kitchen::simulate(meal), options.exportPngPath, &error)) {
        std::fprintf(stderr, "async-kitchen: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}

/// --tab: the editor's tabs are Lanes, then Code.
void showEditorTab(QQuickWindow *window, const QString &tab)
{
    if (auto *tabs = window->findChild<QObject *>(u"editorTabs"_s))
        tabs->setProperty("currentIndex", tab == u"code" ? 1 : 0);
}
} // namespace

int main(int argc, char *argv[])
{
    if (Launch::needsNoScreen(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    } else if (const QString missing = Launch::missingDisplay(argc, argv); !missing.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(missing));
        return 2;
    }

    QGuiApplication app(argc, argv);
    Launch::setUpApplication();

    const LaunchOptions options = LaunchOptions::parse(app);
    if (!options.error.isEmpty())
        return fail(options.error);

    if (!options.exportPngPath.isEmpty())
        return exportTimelinePng(options);

    MealDocument document;
    if (!document.open(options.meal))
        return fail(document.errorString());
    KitchenPlayer player;
    player.setDocument(&document);

    QQmlApplicationEngine engine;
    QQuickWindow *window = Launch::loadWindow(engine, &document, &player, options.dark);
    if (!window)
        return fail(QCoreApplication::translate("main", "the window could not be created"));

    showEditorTab(window, options.tab);

    if (!options.screenshotPath.isEmpty()) {
        if (options.playTo)
            player.inspect(*options.playTo);
        return Screenshot::render(window, options.screenshotPath);
    }
    return app.exec();
}
