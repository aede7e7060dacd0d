// SPDX-License-Identifier: MIT
#pragma once

#include "lineorder.h"

#include <QHash>
#include <QList>
#include <QString>

#include <limits>

namespace KitchenTest {

/// The interpreter of a python3 of at least 3.11, from $KITCHEN_PYTHON, python3 on
/// PATH, then /usr/bin/python3. Empty when there is none; @p tried then lists them.
[[nodiscard]] QString findPython311(QString *tried = nullptr);

/** @brief One generated program to run and how long it should take, in meal units. */
struct PythonProgram {
    QString path;
    double expectedUnits = 0;
};

/** @brief What a program printed under CPython, with KITCHEN_TIMESTAMPS set. */
struct PythonRun {
    QList<PrintedLine> lines;
    double total = std::numeric_limits<double>::quiet_NaN(); ///< meal units
    QString error; ///< a traceback, or why the program's result is missing
};

/**
 * Runs @p programs under @p python through run_programs.py, @p workers at a
 * time in processes forked from one interpreter, longest first. Results are
 * keyed by program path; a program with no result has an error.
 */
[[nodiscard]] QHash<QString, PythonRun> runPythonPrograms(const QString &python,
                                                          const QString &helperScript,
                                                          QList<PythonProgram> programs,
                                                          double scale, int workers,
                                                          int timeoutMs);

} // namespace KitchenTest
