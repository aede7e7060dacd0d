// SPDX-License-Identifier: MIT
#include "launchoptions.h"

#include "builtinmeals.h"
#include "kitchenplayer.h"
#include "mealdocument.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
// Qt 6.4 puts module files under qrc:/<URI>/ (6.5 moves them); see app/gui/CMakeLists.txt.
const auto mainQml = u"qrc:/Kitchen/Main.qml"_s;
} // namespace

LaunchOptions LaunchOptions::parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Learn Python's asyncio by cooking: drag dishes into lanes and watch the kitchen."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption mealOption(
        u"meal"_s,
        QCoreApplication::translate("main", "The meal to open: a built-in name (%1) or a meal file.")
            .arg(Kitchen::BuiltinMeals::names().join(u", ")),
        QCoreApplication::translate("main", "NAME|FILE"), QString::fromUtf16(Kitchen::BuiltinMeals::defaultName));
    const QCommandLineOption screenshotOption(
        u"screenshot"_s,
        QCoreApplication::translate("main", "Render the window offscreen (1280x800) to a PNG file and exit."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption playToOption(
        u"play-to"_s,
        QCoreApplication::translate("main", "With --screenshot: show the kitchen at this meal time."),
        QCoreApplication::translate("main", "T"));
    const QCommandLineOption darkOption(
        u"dark"_s, QCoreApplication::translate("main", "Start with the dark theme."));
    const QCommandLineOption tabOption(
        u"tab"_s, QCoreApplication::translate("main", "Start on this editor tab: lanes or code."),
        QCoreApplication::translate("main", "TAB"), u"lanes"_s);
    const QCommandLineOption exportPngOption(
        u"export-png"_s,
        QCoreApplication::translate("main", "Draw the meal's predicted timeline to a PNG file and exit, without a window."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption allLanesOption(
        u"all-lanes"_s,
        QCoreApplication::translate("main", "With --export-png: run every lane in MODE (%1).")
            .arg(Kitchen::laneModeNames().join(u", ")),
        QCoreApplication::translate("main", "MODE"));
    parser.addOptions({mealOption, screenshotOption, playToOption, darkOption, tabOption, exportPngOption, allLanesOption});
    parser.process(app);

    LaunchOptions options;
    options.meal = parser.value(mealOption);
    options.screenshotPath = parser.value(screenshotOption);
    options.dark = parser.isSet(darkOption);
    options.tab = parser.value(tabOption);
    options.exportPngPath = parser.value(exportPngOption);
    options.allLanes = parser.value(allLanesOption);
    if (!parser.positionalArguments().isEmpty()) {
        options.error = QCoreApplication::translate("main", "unexpected argument: %1").arg(parser.positionalArguments().first());
        return options;
    }
    if (options.tab != u"lanes" && options.tab != u"code") {
        options.error = QCoreApplication::translate("main", "--tab must be lanes or code, not “%1”").arg(options.tab);
        return options;
    }
    if (parser.isSet(exportPngOption) && options.exportPngPath.isEmpty()) {
        options.error = QCoreApplication::translate("main", "--export-png needs a file name");
        return options;
    }
    if (parser.isSet(allLanesOption)) {
        Kitchen::LaneMode mode;
        if (!Kitchen::parseLaneMode(options.allLanes, mode)) {
            options.error = QCoreApplication::translate("main", "--all-lanes: unknown mode “%1”; use one of: %2")
                                .arg(options.allLanes, Kitchen::laneModeNames().join(u", "));
            return options;
        }
        if (options.exportPngPath.isEmpty()) {
            options.error = QCoreApplication::translate("main", "--all-lanes only works with --export-png");
            return options;
        }
    }
    if (parser.isSet(playToOption)) {
        bool ok = false;
        const double t = parser.value(playToOption).toDouble(&ok);
        if (!ok || !std::isfinite(t) || t < 0) {
            options.error = QCoreApplication::translate("main", "--play-to needs a time of 0 or more, not “%1”")
                                .arg(parser.value(playToOption));
            return options;
        }
        if (options.screenshotPath.isEmpty()) {
            options.error = QCoreApplication::translate("main", "--play-to only works with --screenshot");
            return options;
        }
        options.playTo = t;
    }
    return options;
}

namespace Launch {

bool needsNoScreen(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--screenshot" || arg.startsWith("--screenshot=") || arg == "--export-png"
            || arg.startsWith("--export-png=") || arg == "--help" || arg == "-h"
            || arg == "--help-all" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

QString missingDisplay(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (QByteArrayView(argv[i]).startsWith("-platform"))
            return {}; // the user chose a platform by hand
    }
    const bool x11 = !qEnvironmentVariableIsEmpty("DISPLAY");
    const bool wayland = !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    const QString platforms = qEnvironmentVariable("QT_QPA_PLATFORM");
    bool reachable = platforms.isEmpty() ? (x11 || wayland) : false;
    for (const QString &platform : platforms.split(u';', Qt::SkipEmptyParts)) {
        if (platform.startsWith(u"xcb"))
            reachable = reachable || x11;
        else if (platform.startsWith(u"wayland"))
            reachable = reachable || wayland;
        else
            reachable = true; // offscreen, vnc, eglfs… need no display server
    }
    if (reachable)
        return {};
    return u"async-kitchen: no display to open a window on (%1). Run it in a desktop session, "
           u"under a virtual display (xvfb-run async-kitchen), or render a picture instead "
           u"(async-kitchen --screenshot kitchen.png, or QT_QPA_PLATFORM=offscreen)."_s
        .arg(platforms.isEmpty() ? u"DISPLAY and WAYLAND_DISPLAY are not set"_s
                                 : u"QT_QPA_PLATFORM=%1 but its display variable is not set"_s.arg(platforms));
}

void setUpApplication()
{
    QGuiApplication::setApplicationName(u"async-kitchen"_s);
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Async Kitchen"));
    QGuiApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QGuiApplication::setDesktopFileName(u"io.github.asynckitchen.AsyncKitchen"_s);
    QGuiApplication::setWindowIcon(QIcon(u":/Kitchen/art/app-icon.svg"_s));
    QQuickStyle::setStyle(u"Material"_s);
}

QQuickWindow *loadWindow(QQmlApplicationEngine &engine, MealDocument *document, KitchenPlayer *player, bool dark)
{
    engine.setInitialProperties({{u"document"_s, QVariant::fromValue(document)},
                                 {u"player"_s, QVariant::fromValue(player)},
                                 {u"darkTheme"_s, dark}});
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &engine, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    engine.load(QUrl(mainQml));
    return engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
}

} // namespace Launch
