// SPDX-License-Identifier: MIT
#pragma once

#include "meal.h"

#include <QByteArray>
#include <QString>

namespace Kitchen {

/** @brief What became of a save: an empty error means the file was written in full. */
struct SaveResult {
    QString error; ///< "FILE: could not save: WHY; ..." for people to read

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

/**
 * Replaces the file at @p path with @p bytes in one step: the bytes go to a
 * temporary file beside it, which is renamed over the old file only once
 * everything is on disk. A failure (a read-only folder, a full disk) leaves the
 * old file exactly as it was.
 */
[[nodiscard]] SaveResult writeFileAtomically(const QString &path, const QByteArray &bytes);

/** Saves @p meal as a meal file at @p path, atomically. */
[[nodiscard]] SaveResult saveMealFile(const QString &path, const Meal &meal);

} // namespace Kitchen
