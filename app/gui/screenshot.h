// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QQuickWindow;

namespace Screenshot {

inline constexpr int width = 1280;
inline constexpr int height = 800;

/// Shows @p window at 1280x800, lets it settle, saves it to @p path; returns the exit code.
[[nodiscard]] int render(QQuickWindow *window, const QString &path);

} // namespace Screenshot
