// SPDX-License-Identifier: MIT
#include "mealautosave.h"

#include "jsonwriter.h"
#include "mealsaver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Kitchen {

namespace {

const QString recoverySuffix = u".recovery.json"_s;
const QString recoveryKey = u"recovery"_s;

/** True while a live process holds the lock; a dead owner's lock is stale and is removed. */
bool isHeldByLiveSession(const QString &lockPath)
{
    QLockFile lock(lockPath);
    lock.setStaleLockTime(0); // only a dead owner makes a lock stale, never its age
    if (lock.tryLock(0)) {
        lock.unlock(); // removes the lock file
        return false;
    }
    return lock.error() == QLockFile::LockFailedError;
}

RecoveredMeal readRecoveryFile(const QString &path)
{
    RecoveredMeal recovered;
    recovered.recoveryPath = path;
    recovered.savedAt = QFileInfo(path).lastModified().toUTC();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        recovered.problems.append({ {}, u"cannot open: %1"_s.arg(file.errorString()) });
        return recovered;
    }
    const std::optional<QJsonObject> root = parseMealJson(file.readAll(), recovered.problems);
    if (!root)
        return recovered;
    const QJsonObject info = root->value(recoveryKey).toObject();
    recovered.originalPath = info.value(u"originalPath").toString();
    const QDateTime savedAt = QDateTime::fromString(info.value(u"savedAt").toString(), Qt::ISODateWithMs);
    if (savedAt.isValid())
        recovered.savedAt = savedAt.toUTC();
    QList<MealProblem> unknownFields; // "recovery" itself is one; nothing to tell anyone
    recovered.meal = mealFromJson(*root, recovered.problems, unknownFields);
    return recovered;
}

} // namespace

MealAutosave::MealAutosave(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory.isEmpty() ? defaultDirectory() : directory)
    , m_sessionId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    for (QTimer *timer : { &m_quietTimer, &m_maxTimer }) {
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, &MealAutosave::writePending);
    }
    setQuietDelay(1s);
    setMaxDelay(5s);
}

MealAutosave::~MealAutosave()
{
    // Not a clean close: whoever owns us did not call discard(), so keep the work.
    if (m_pending)
        writePending();
}

QString MealAutosave::defaultDirectory()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (base.isEmpty())
        base = QDir::tempPath();
    return base + u"/recovery"_s;
}

QString MealAutosave::recoveryFilePath() const
{
    return QDir(m_directory).filePath(m_sessionId + recoverySuffix);
}

void MealAutosave::setQuietDelay(std::chrono::milliseconds delay)
{
    m_quietTimer.setInterval(delay);
}

void MealAutosave::setMaxDelay(std::chrono::milliseconds delay)
{
    m_maxTimer.setInterval(delay);
}

void MealAutosave::mealChanged(const Meal &meal, const QString &originalPath)
{
    m_meal = meal; // implicitly shared: cheap until the editor changes it again
    m_originalPath = originalPath;
    m_pending = true;
    m_quietTimer.start();
    if (!m_maxTimer.isActive())
        m_maxTimer.start();
}

bool MealAutosave::saveNow()
{
    return writePending();
}

void MealAutosave::discard()
{
    m_quietTimer.stop();
    m_maxTimer.stop();
    m_pending = false;
    m_meal = {};
    QFile::remove(recoveryFilePath());
    if (m_lock)
        m_lock->unlock();
}

bool MealAutosave::writePending()
{
    m_quietTimer.stop();
    m_maxTimer.stop();
    if (!m_pending)
        return true;
    QString error;
    if (!lockSession(error)) {
        Q_EMIT saveFailed(error);
        return false;
    }
    // A recovery file is a meal file with one more member, so any meal reader opens it.
    JsonWriter writer;
    writer.beginObject();
    writeMealMembers(writer, m_meal);
    writer.key(recoveryKey);
    writer.beginObject();
    writer.key(u"originalPath"_s);
    writer.value(m_originalPath);
    writer.key(u"savedAt"_s);
    writer.value(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    writer.endObject();
    writer.endObject();
    const SaveResult result = writeFileAtomically(recoveryFilePath(), writer.toUtf8());
    if (!result.ok()) {
        Q_EMIT saveFailed(result.error);
        return false;
    }
    m_pending = false;
    Q_EMIT saved(recoveryFilePath());
    return true;
}

bool MealAutosave::lockSession(QString &error)
{
    if (m_lock && m_lock->isLocked())
        return true;
    if (!QDir().mkpath(m_directory)) {
        error = u"%1: cannot create the recovery folder"_s.arg(m_directory);
        return false;
    }
    m_lock = std::make_unique<QLockFile>(lockPathFor(recoveryFilePath()));
    m_lock->setStaleLockTime(0); // held for hours; only our death may free it
    if (!m_lock->tryLock(0)) {
        error = u"%1: cannot lock the recovery file (%2)"_s.arg(recoveryFilePath(),
                                                                m_lock->error() == QLockFile::PermissionError
                                                                    ? u"permission denied"_s
                                                                    : u"another session holds it"_s);
        return false;
    }
    return true;
}

QString MealAutosave::lockPathFor(const QString &recoveryPath) const
{
    return recoveryPath.chopped(recoverySuffix.size()) + u".lock"_s;
}

QList<RecoveredMeal> MealAutosave::leftovers() const
{
    QList<RecoveredMeal> found;
    const QDir dir(m_directory);
    const QStringList names = dir.entryList({ u"*"_s + recoverySuffix }, QDir::Files, QDir::Time);
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        if (path == recoveryFilePath() || isHeldByLiveSession(lockPathFor(path)))
            continue;
        found.append(readRecoveryFile(path));
    }
    return found;
}

bool MealAutosave::restore(const RecoveredMeal &leftover)
{
    m_meal = leftover.meal;
    m_originalPath = leftover.originalPath;
    m_pending = true;
    // Until our own copy is on disk, the leftover is the only one: keep it.
    if (!writePending())
        return false;
    return discardLeftover(leftover);
}

bool MealAutosave::discardLeftover(const RecoveredMeal &leftover)
{
    if (isHeldByLiveSession(lockPathFor(leftover.recoveryPath)))
        return false; // its session came back to life; never pull a file from under it
    return QFile::remove(leftover.recoveryPath) || !QFileInfo::exists(leftover.recoveryPath);
}

} // namespace Kitchen
