// SPDX-License-Identifier: MIT
#pragma once

#include "mealfile.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

class QLockFile;

namespace Kitchen {

/** @brief A meal found in a recovery file that its session left behind (a crash, a kill). */
struct RecoveredMeal {
    QString recoveryPath; ///< the recovery file itself
    QString originalPath; ///< the file the meal came from; empty for a meal never saved
    QDateTime savedAt; ///< when the recovery file was written, in UTC
    Meal meal; ///< as much of the meal as could be read
    QList<MealProblem> problems; ///< empty when the meal is exactly what was autosaved
};

/**
 * @brief Keeps the open meal in a recovery file while it has unsaved changes,
 * so a crash or a kill loses at most a moment of work.
 *
 * Each change restarts a short quiet period; the meal is written when the
 * quiet period ends, or after the longest delay even while edits keep coming.
 * Writes are atomic (QSaveFile), so a kill mid-write leaves the previous
 * recovery file whole. Every session holds a QLockFile beside its recovery
 * file: a file whose lock is not held by a live process was left behind, and
 * leftovers() offers it at the next launch.
 *
 * Call discard() after a clean save or when the user closes without saving.
 * Destroying the object with changes pending writes them and keeps the file.
 */
class MealAutosave : public QObject
{
    Q_OBJECT
public:
    /// Keeps recovery files in @p directory; defaultDirectory() if empty.
    explicit MealAutosave(const QString &directory = {}, QObject *parent = nullptr);
    ~MealAutosave() override;

    /// AppDataLocation/recovery: set the application's name before asking.
    [[nodiscard]] static QString defaultDirectory();

    [[nodiscard]] QString directory() const { return m_directory; }
    /// This session's recovery file; it exists only while there are unsaved changes.
    [[nodiscard]] QString recoveryFilePath() const;

    void setQuietDelay(std::chrono::milliseconds delay);
    void setMaxDelay(std::chrono::milliseconds delay);

    /// The meal changed: write it soon. @p originalPath is its file, empty if never saved.
    void mealChanged(const Meal &meal, const QString &originalPath);
    /// Writes a pending change now; true when nothing is left unwritten.
    bool saveNow();
    /// The meal was saved cleanly or closed on purpose: forget it and remove the recovery file.
    void discard();
    [[nodiscard]] bool hasPendingChange() const { return m_pending; }

    /// Recovery files that no running session owns, newest first.
    [[nodiscard]] QList<RecoveredMeal> leftovers() const;
    /// Takes a leftover over as this session's meal; its old file goes once the new one is written.
    bool restore(const RecoveredMeal &leftover);
    /// The user does not want a leftover back: remove it.
    bool discardLeftover(const RecoveredMeal &leftover);

Q_SIGNALS:
    void saved(const QString &recoveryPath);
    /// The recovery file could not be written; the change stays pending and is retried on the next one.
    void saveFailed(const QString &message);

private:
    bool writePending();
    bool lockSession(QString &error);
    [[nodiscard]] QString lockPathFor(const QString &recoveryPath) const;

    QString m_directory;
    QString m_sessionId;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_quietTimer;
    QTimer m_maxTimer;
    Meal m_meal;
    QString m_originalPath;
    bool m_pending = false;
};

} // namespace Kitchen
