// SPDX-License-Identifier: MIT
#include "screenshot.h"

#include <QEventLoop>
#include <QImage>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

namespace Screenshot {

namespace {
// Long enough for the cook to walk to a station and pots to fill; the picture is of a settled window.
constexpr int settleMs = 900;
}

int render(QQuickWindow *window, const QString &path)
{
    window->resize(width, height);
    window->show();
    QEventLoop settle;
    QTimer::singleShot(settleMs, &settle, &QEventLoop::quit);
    settle.exec();

    const QImage image = window->grabWindow();
    if (image.isNull() || !image.save(path)) {
        std::fprintf(stderr, "async-kitchen: could not write the screenshot to %s\n", qPrintable(path));
        return 1;
    }
    return 0;
}

} // namespace Screenshot
