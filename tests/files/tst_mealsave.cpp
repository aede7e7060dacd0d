// SPDX-License-Identifier: MIT
// Saving: a save either replaces the file in full or leaves it byte for byte as it was.
#include "mealfile.h"
#include "mealgenerator.h"
#include "mealsaver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Kitchen;

namespace {

constexpr auto everyoneMayWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
    | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
    | QFileDevice::WriteOther | QFileDevice::ExeOther;
constexpr auto everyoneMayRead = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
constexpr auto ownerWritesOthersRead = QFileDevice::ReadOwner | QFileDevice::WriteOwner
    | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
    | QFileDevice::ExeOther;
constexpr auto readOnlyFile = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
constexpr auto everyoneMayWriteFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner
    | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

} // namespace

class TestMealSave : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_folder; ///< a fresh folder for each test function

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // save-child may run as nobody, who must be able to reach the folders.
        QVERIFY(QFile::setPermissions(m_dir.path(), ownerWritesOthersRead));
    }

    void init()
    {
        static int count = 0;
        m_folder = m_dir.filePath(u"case-%1"_s.arg(++count));
        QVERIFY(QDir().mkpath(m_folder));
    }

    void cleanup()
    {
        // Undo any read-only folder so QTemporaryDir can clean up.
        QFile::setPermissions(m_folder, everyoneMayWrite);
    }

    void saveCreatesAndReplaces()
    {
        const QString path = QDir(m_folder).filePath(u"my meal.json"_s);
        for (quint32 seed : { 1u, 2u }) {
            const Meal meal = generateMeal(seed);
            const SaveResult saved = saveMealFile(path, meal);
            QVERIFY2(saved.ok(), qPrintable(saved.error));
            QCOMPARE(contentsOf(path), writeMeal(meal));
        }
        QCOMPARE(QDir(m_folder).entryList(QDir::Files), QStringList { u"my meal.json"_s });
    }

    void saveKeepsThePermissionsOfTheFile()
    {
        const QString path = QDir(m_folder).filePath(u"shared.json"_s);
        QVERIFY(saveMealFile(path, generateMeal(1)).ok());
        QVERIFY(QFile::setPermissions(path, everyoneMayWriteFile));
        QVERIFY(saveMealFile(path, generateMeal(2)).ok());
        // Mask out the "user" bits: they describe whoever runs the test, not the file.
        const auto userBits = QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;
        QCOMPARE(QFile::permissions(path) & ~userBits, everyoneMayWriteFile);
    }

    void failedSaveLeavesTheFileAsItWas_data()
    {
        QTest::addColumn<QFileDevice::Permissions>("folderPermissions");
        QTest::addColumn<QFileDevice::Permissions>("filePermissions");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("reason"); ///< empty: the save must succeed

        // The control row: without it, a helper that never saves would pass the rest.
        QTest::addRow("writable folder saves")
            << QFileDevice::Permissions(everyoneMayWrite) << QFileDevice::Permissions(everyoneMayWriteFile)
            << QStringList { u"--as-nobody"_s } << QString();
        QTest::addRow("read-only folder")
            << QFileDevice::Permissions(everyoneMayRead) << QFileDevice::Permissions(everyoneMayWriteFile)
            << QStringList { u"--as-nobody"_s } << u"Permission denied"_s;
        QTest::addRow("read-only file")
            << QFileDevice::Permissions(everyoneMayWrite) << QFileDevice::Permissions(readOnlyFile)
            << QStringList { u"--as-nobody"_s } << u"Existing file %1 is not writable"_s;
        // A file size limit fails writes the way a full disk does, even for root.
        QTest::addRow("full disk") << QFileDevice::Permissions(everyoneMayWrite)
                                   << QFileDevice::Permissions(everyoneMayWriteFile)
                                   << QStringList { u"--file-size-limit"_s, u"4096"_s }
                                   << u"File too large"_s;
        // Smaller than Qt's write buffer: the failure only shows when the buffer is flushed.
        QTest::addRow("full disk, small meal")
            << QFileDevice::Permissions(everyoneMayWrite) << QFileDevice::Permissions(everyoneMayWriteFile)
            << QStringList { u"--file-size-limit"_s, u"1024"_s, u"--dishes"_s, u"3"_s }
            << u"File too large"_s;
    }

    void failedSaveLeavesTheFileAsItWas()
    {
        QFETCH(QFileDevice::Permissions, folderPermissions);
        QFETCH(QFileDevice::Permissions, filePermissions);
        QFETCH(QStringList, options);
        QFETCH(QString, reason);

        const QString path = QDir(m_folder).filePath(u"meal.json"_s);
        QVERIFY(saveMealFile(path, generateMeal(1, { .dishCount = 200 })).ok());
        const QByteArray before = contentsOf(path);
        QVERIFY(QFile::setPermissions(path, filePermissions));
        QVERIFY(QFile::setPermissions(m_folder, folderPermissions));

        // Root ignores permissions, so save-child drops to nobody when run as root.
        QProcess child;
        child.start(QStringLiteral(SAVE_CHILD), QStringList { path, u"2"_s } + options);
        QVERIFY2(child.waitForFinished(30'000), qPrintable(child.errorString()));
        const QString output = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
        QFile::setPermissions(m_folder, everyoneMayWrite);

        if (reason.isEmpty()) {
            QCOMPARE(output, u"saved"_s);
            QCOMPARE(child.exitCode(), 0);
            QCOMPARE(contentsOf(path), writeMeal(generateMeal(2, { .dishCount = 200 })));
            QVERIFY(contentsOf(path) != before);
            return;
        }
        const QString why = reason.contains(u"%1"_s) ? reason.arg(path) : reason;
        QCOMPARE(output, u"%1: could not save: %2; the file on disk was left as it was"_s.arg(path, why));
        QCOMPARE(child.exitCode(), 1);
        QVERIFY2(contentsOf(path) == before, "the original file changed");
        // No half-written temporary file is left beside it either.
        QCOMPARE(QDir(m_folder).entryList(QDir::Files | QDir::Hidden), QStringList { u"meal.json"_s });
    }

    void saveThatCannotStart_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        // These fail for root too.
        QTest::addRow("parent is a file") << u"%1/plain.txt/meal.json"_s << u"Not a directory"_s;
        QTest::addRow("no such folder") << u"%1/missing/meal.json"_s << u"No such file or directory"_s;
        QTest::addRow("a folder is in the way") << u"%1"_s << u"Filename refers to a directory"_s;
    }

    void saveThatCannotStart()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        QFile plain(QDir(m_folder).filePath(u"plain.txt"_s));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        const QStringList before = QDir(m_folder).entryList(QDir::AllEntries | QDir::Hidden);

        const QString target = path.arg(m_folder);
        const SaveResult saved = saveMealFile(target, generateMeal(1));
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error,
                 u"%1: could not save: %2; the file on disk was left as it was"_s.arg(target, reason));
        QCOMPARE(QDir(m_folder).entryList(QDir::AllEntries | QDir::Hidden), before);
        QCOMPARE(contentsOf(plain.fileName()), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestMealSave)
#include "tst_mealsave.moc"
