// SPDX-License-Identifier: MIT
#include "kitchenplayer.h"
#include "launchoptions.h"
#include "mealdocument.h"
#include "screenshot.h"

#include <QGuiApplication>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
// Qt 6.4 puts module files under qrc:/<URI>/ (6.5 moves them); see app/gui/CMakeLists.txt.
const auto mainQml = u"qrc:/Kitchen/Main.qml"_s;

int fail(const QString &message)
{
    std::fprintf(stderr, "async-kitchen: %s\n", qPrintable(message));
    return 2;
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
    QGuiApplication::setApplicationName(u"async-kitchen"_s);
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Async Kitchen"));
    QGuiApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QGuiApplication::setDesktopFileName(u"io.github.asynckitchen.AsyncKitchen"_s);
    QGuiApplication::setWindowIcon(QIcon(u":/Kitchen/art/app-icon.svg"_s));
    QQuickStyle::setStyle(u"Material"_s);

    const LaunchOptions options = LaunchOptions::parse(app);
    if (!options.error.isEmpty())
        return fail(options.error);

    MealDocument document;
    if (!document.open(options.meal))
        return fail(document.errorString());
    KitchenPlayer player;
    player.setDocument(&document);

    QQmlApplicationEngine engine;
    engine.setInitialProperties({{u"document"_s, QVariant::fromValue(&document)},
                                 {u"player"_s, QVariant::fromValue(&player)},
                                 {u"darkTheme"_s, options.dark}});
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    engine.load(QUrl(mainQml));
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return fail(QCoreApplication::translate("main", "the window could not be created"));

    if (!options.screenshotPath.isEmpty()) {
        if (options.playTo)
            player.inspect(*options.playTo);
        return Screenshot::render(window, options.screenshotPath);
    }
    return app.exec();
}
