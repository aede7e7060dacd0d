// SPDX-License-Identifier: MIT
// Autosave and recovery: nothing is lost to a crash, a kill or a failed write.
#include "editscript.h"
#include "mealautosave.h"
#include "mealfile.h"
#include "mealgenerator.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Kitchen;

class TestMealAutosave : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QString m_dir; ///< a fresh recovery folder for each test function

    [[nodiscard]] QStringList filesInRecoveryFolder() const
    {
        return QDir(m_dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_root.isValid()); }

    void init()
    {
        static int count = 0;
        m_dir = m_root.filePath(u"recovery-%1"_s.arg(++count));
    }

    void savesOnceTheEditsPause()
    {
        MealAutosave autosave(m_dir);
        autosave.setQuietDelay(200ms);
        autosave.setMaxDelay(10s);
        QSignalSpy saved(&autosave, &MealAutosave::saved);
        const Meal meal = generateMeal(1);
        QElapsedTimer sinceChange;
        sinceChange.start();
        autosave.mealChanged(meal, u"/meals/lunch.json"_s);

        QVERIFY(autosave.hasPendingChange());
        QVERIFY(!QFile::exists(autosave.recoveryFilePath()));
        QVERIFY(saved.wait(5000));
        QVERIFY2(sinceChange.elapsed() >= 190, "saved before the quiet period ended");
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().first().toString(), autosave.recoveryFilePath());
        QVERIFY(!autosave.hasPendingChange());

        // A recovery file is a meal file with one extra member.
        const MealReadResult read = readMealFile(autosave.recoveryFilePath());
        QVERIFY2(read.ok(), qPrintable(read.firstError(autosave.recoveryFilePath())));
        QVERIFY(*read.meal == meal);
    }

    void eachEditRestartsTheQuietPeriod()
    {
        MealAutosave autosave(m_dir);
        // Far above the 25 ms between edits, so a loaded machine's stalls cannot fake a pause.
        autosave.setQuietDelay(2s);
        autosave.setMaxDelay(60s);
        QSignalSpy saved(&autosave, &MealAutosave::saved);
        Meal meal = EditScript::startingMeal(3);
        for (int n = 0; n < 40; ++n) { // one second of typing
            EditScript::applyEdit(meal, n);
            autosave.mealChanged(meal, {});
            QTest::qWait(25);
        }
        QCOMPARE(saved.size(), 0);
        QVERIFY(saved.wait(10'000));
        QCOMPARE(readMealFile(autosave.recoveryFilePath()).meal, meal);
    }

    void nonStopEditsStillSaveAfterTheLongestDelay()
    {
        MealAutosave autosave(m_dir);
        autosave.setQuietDelay(500ms);
        autosave.setMaxDelay(200ms);
        QSignalSpy saved(&autosave, &MealAutosave::saved);
        Meal meal = EditScript::startingMeal(3);
        for (int n = 0; n < 40; ++n) {
            EditScript::applyEdit(meal, n);
            autosave.mealChanged(meal, {});
            QTest::qWait(25);
        }
        QVERIFY2(saved.size() >= 2, qPrintable(u"%1 saves"_s.arg(saved.size())));
    }

    void discardRemovesTheFileAndForgetsTheChange()
    {
        MealAutosave autosave(m_dir);
        autosave.setQuietDelay(50ms);
        autosave.mealChanged(generateMeal(1), {});
        QVERIFY(autosave.saveNow());
        QVERIFY(QFile::exists(autosave.recoveryFilePath()));
        QCOMPARE(filesInRecoveryFolder().size(), 2); // the file and its session lock

        autosave.discard();
        QCOMPARE(filesInRecoveryFolder(), QStringList {});

        // A change still waiting when the meal is saved is dropped too.
        QSignalSpy saved(&autosave, &MealAutosave::saved);
        autosave.mealChanged(generateMeal(2), {});
        autosave.discard();
        QTest::qWait(200);
        QCOMPARE(saved.size(), 0);
        QCOMPARE(filesInRecoveryFolder(), QStringList {});
    }

    void aLiveSessionIsNotALeftover()
    {
        MealAutosave running(m_dir);
        running.mealChanged(generateMeal(1), {});
        QVERIFY(running.saveNow());
        MealAutosave nextLaunch(m_dir);
        QCOMPARE(nextLaunch.leftovers().size(), 0);
    }

    void anUncleanEndLeavesTheWorkBehind()
    {
        const Meal meal = generateMeal(3);
        {
            MealAutosave closedWithoutDiscard(m_dir);
            closedWithoutDiscard.setQuietDelay(1h); // only the destructor can write it
            closedWithoutDiscard.mealChanged(meal, u"/meals/cake.json"_s);
        }
        MealAutosave nextLaunch(m_dir);
        const QList<RecoveredMeal> leftovers = nextLaunch.leftovers();
        QCOMPARE(leftovers.size(), 1);
        QCOMPARE(leftovers.first().problems.size(), 0);
        QVERIFY(leftovers.first().meal == meal);
        QCOMPARE(leftovers.first().originalPath, u"/meals/cake.json"_s);
    }

    void restoreAdoptsTheLeftover()
    {
        const Meal meal = generateMeal(4);
        {
            MealAutosave crashed(m_dir);
            crashed.mealChanged(meal, {});
        }
        MealAutosave nextLaunch(m_dir);
        const RecoveredMeal leftover = nextLaunch.leftovers().value(0);
        QVERIFY(nextLaunch.restore(leftover));
        QVERIFY(!QFile::exists(leftover.recoveryPath));
        QCOMPARE(readMealFile(nextLaunch.recoveryFilePath()).meal, meal);
        // Now it belongs to a live session, so a third launch does not offer it.
        QCOMPARE(MealAutosave(m_dir).leftovers().size(), 0);
        nextLaunch.discard();
        QCOMPARE(filesInRecoveryFolder(), QStringList {});
    }

    void anUnreadableLeftoverIsReportedNotHidden()
    {
        QVERIFY(QDir().mkpath(m_dir));
        QFile broken(QDir(m_dir).filePath(u"broken.recovery.json"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"format\": \"async-kitchen-meal\", \"dishes\": [");
        broken.close();

        MealAutosave nextLaunch(m_dir);
        const QList<RecoveredMeal> leftovers = nextLaunch.leftovers();
        QCOMPARE(leftovers.size(), 1);
        QCOMPARE(leftovers.first().recoveryPath, broken.fileName());
        QCOMPARE(leftovers.first().problems.size(), 1);
        QVERIFY(nextLaunch.discardLeftover(leftovers.first()));
        QCOMPARE(filesInRecoveryFolder(), QStringList {});
    }

    void aFailedAutosaveIsReportedAndKeptPending()
    {
        QFile inTheWay(m_dir); // a file where the recovery folder should be
        QVERIFY(inTheWay.open(QIODevice::WriteOnly));
        inTheWay.close();
        MealAutosave autosave(m_dir);
        QSignalSpy failed(&autosave, &MealAutosave::saveFailed);
        autosave.mealChanged(generateMeal(1), {});
        QVERIFY(!autosave.saveNow());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().toString(), u"%1: cannot create the recovery folder"_s.arg(m_dir));
        QVERIFY(autosave.hasPendingChange());
        QVERIFY(QFile::remove(m_dir));
        QVERIFY(autosave.saveNow()); // the next try succeeds once the way is clear
    }

    void defaultFolderIsInAppData()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(MealAutosave::defaultDirectory(),
                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/recovery"_s);
        QCOMPARE(MealAutosave().directory(), MealAutosave::defaultDirectory());
    }

    void killedMidEditTheNextLaunchRestoresTheWork_data()
    {
        QTest::addColumn<int>("dishCount");
        QTest::addColumn<int>("quietMs");
        QTest::addColumn<bool>("killWhenHalfWritten");
        // Small meal: the kill lands among edits and autosaves.
        QTest::addRow("mid-edit") << 5 << 20 << false;
        // Big meal saved back to back: the kill lands inside the next save.
        QTest::addRow("mid-save") << 3000 << 0 << false;
        // Watches the file and kills the moment it looks half-written, which
        // happens only if saves are not atomic; otherwise kills after a while.
        QTest::addRow("half-written file") << 3000 << 0 << true;
    }

    void killedMidEditTheNextLaunchRestoresTheWork()
    {
        QFETCH(int, dishCount);
        QFETCH(int, quietMs);
        QFETCH(bool, killWhenHalfWritten);
        const QDateTime started = QDateTime::currentDateTimeUtc();

        QProcess child;
        child.start(QStringLiteral(AUTOSAVE_CHILD),
                    { m_dir, QString::number(dishCount), QString::number(quietMs) });
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));

        int saves = 0;
        int lastSavedEdits = -1;
        QStringList otherReports; // "failed ..." would mean the autosave itself broke
        const auto readReports = [&] {
            while (child.canReadLine()) {
                const QString line = QString::fromUtf8(child.readLine()).trimmed();
                if (line.startsWith(u"saved "_s)) {
                    lastSavedEdits = line.sliced(6).toInt();
                    ++saves;
                } else {
                    otherReports << line;
                }
            }
        };
        const auto waitForSaves = [&](int count) {
            QDeadlineTimer deadline(60s);
            while (saves < count && !deadline.hasExpired() && child.state() == QProcess::Running) {
                child.waitForReadyRead(1000);
                readReports();
            }
        };
        QElapsedTimer sinceFirstSave;
        waitForSaves(1);
        sinceFirstSave.start();
        waitForSaves(5);
        QVERIFY2(saves >= 5, qPrintable(u"only %1 autosaves"_s.arg(saves)));
        QCOMPARE(MealAutosave(m_dir).leftovers().size(), 0); // alive: its file is not ours to take
        const qint64 savePeriodMs = sinceFirstSave.elapsed() / (saves - 1);

        bool sawHalfWrittenFile = false;
        if (killWhenHalfWritten) {
            const QStringList names = QDir(m_dir).entryList({ u"*.recovery.json"_s }, QDir::Files);
            QCOMPARE(names.size(), 1);
            QFileInfo file(QDir(m_dir).filePath(names.first()));
            file.setCaching(false);
            const qint64 smallestWholeFile = writeMeal(EditScript::startingMeal(dishCount)).size();
            QElapsedTimer watching;
            watching.start();
            while (!sawHalfWrittenFile && watching.elapsed() < 1000) {
                sawHalfWrittenFile = file.size() < smallestWholeFile;
                QThread::usleep(50); // a 1.5 MB write takes far longer; spare the CPU
            }
        } else {
            // Half-way between two autosaves: inside the next one when they run back to back.
            waitForSaves(saves + 1);
            QThread::msleep(std::max<qint64>(1, savePeriodMs / 2));
        }
        child.kill(); // SIGKILL on Unix: no destructor, no last autosave, no cleanup
        QVERIFY(child.waitForFinished(10'000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        readReports(); // whatever it said before it died
        QCOMPARE(otherReports, QStringList {});
        QVERIFY2(!sawHalfWrittenFile, "a half-written recovery file was visible");

        // The next launch.
        MealAutosave nextLaunch(m_dir);
        const QList<RecoveredMeal> leftovers = nextLaunch.leftovers();
        QCOMPARE(leftovers.size(), 1);
        const RecoveredMeal &recovered = leftovers.first();
        QVERIFY2(recovered.problems.isEmpty(),
                 qPrintable(describeProblem(recovered.recoveryPath, recovered.problems.value(0))));
        const int edits = EditScript::editCount(recovered.meal);
        qInfo("killed after %d autosaves, %lld ms apart; the last reported had %d edits, the "
              "recovered meal has %d; files: %s",
              saves, savePeriodMs, lastSavedEdits, edits, qPrintable(filesInRecoveryFolder().join(u' ')));
        QVERIFY2(edits >= lastSavedEdits,
                 qPrintable(u"recovered %1 edits, %2 were saved"_s.arg(edits).arg(lastSavedEdits)));
        QVERIFY2(recovered.meal == EditScript::afterEdits(dishCount, edits),
                 "the recovered meal is not what the editor had after that many edits");
        QCOMPARE(recovered.originalPath, QString::fromUtf16(EditScript::originalPath));
        QVERIFY(recovered.savedAt >= started.addSecs(-1));
        QVERIFY(recovered.savedAt <= QDateTime::currentDateTimeUtc());

        QVERIFY(nextLaunch.restore(recovered));
        QCOMPARE(readMealFile(nextLaunch.recoveryFilePath()).meal, recovered.meal);
        nextLaunch.discard();
        QCOMPARE(filesInRecoveryFolder(), QStringList {});
    }
};

QTEST_GUILESS_MAIN(TestMealAutosave)
#include "tst_mealautosave.moc"
