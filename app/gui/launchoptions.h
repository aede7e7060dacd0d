// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

class KitchenPlayer;
class MealDocument;
class QCoreApplication;
class QQmlApplicationEngine;
class QQuickWindow;

/** @brief What the command line asked the window to do. */
struct LaunchOptions {
    QString meal;               ///< a built-in meal's name or a meal file
    QString screenshotPath;     ///< render offscreen to this PNG and exit
    std::optional<double> playTo; ///< with a screenshot: the meal time to show
    bool dark = false;            ///< start with the dark theme
    QString tab;                ///< the editor tab to show first: "lanes" or "code"
    QString exportPngPath;      ///< draw the meal's timeline to this PNG and exit, with no window
    QString allLanes;           ///< with --export-png: run every lane in this mode
    QString error;              ///< one line for stderr when the arguments are wrong

    /// Reads the arguments; --help and --version print and exit here, as Qt does.
    [[nodiscard]] static LaunchOptions parse(const QCoreApplication &app);
};

namespace Launch {

/// True when the arguments ask for output without a window on screen
/// (--screenshot, --export-png, --help, --version).
[[nodiscard]] bool needsNoScreen(int argc, char **argv);
/// A one-line explanation when no display is reachable for a window, otherwise empty.
/// It runs before QGuiApplication, which would abort without a display.
[[nodiscard]] QString missingDisplay(int argc, char **argv);

/// Names the application and gives it its icon and style; call right after QGuiApplication.
void setUpApplication();
/// Loads the window onto @p engine for @p document and @p player; null when it could not be created.
/// The window shows itself. A failed load also ends the event loop with exit code 1.
[[nodiscard]] QQuickWindow *loadWindow(QQmlApplicationEngine &engine, MealDocument *document, KitchenPlayer *player,
                                       bool dark);

} // namespace Launch
