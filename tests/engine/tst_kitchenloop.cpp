// SPDX-License-Identifier: MIT
// The loop's own rules, with plain callbacks: FIFO, turn boundaries, timer order, lateness.
#include "kitchenloop.h"

#include <QTest>

using namespace Kitchen;
using namespace Qt::StringLiterals;

class TestKitchenLoop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readyCallbacksRunFirstInFirstOut()
    {
        KitchenLoop loop;
        QStringList ran;
        for (const QString &name : {u"a"_s, u"b"_s, u"c"_s})
            loop.callSoon([&ran, name] { ran << name; });
        loop.runOnce();
        QCOMPARE(ran, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    }

    void callbacksScheduledDuringATurnWaitForTheNext()
    {
        KitchenLoop loop;
        QStringList ran;
        loop.callSoon([&] {
            ran << u"first"_s;
            loop.callSoon([&] { ran << u"scheduled by first"_s; });
        });
        loop.callSoon([&] { ran << u"second"_s; });
        loop.runOnce();
        QCOMPARE(ran, (QStringList{u"first"_s, u"second"_s}));
        loop.runOnce();
        QCOMPARE(ran.last(), u"scheduled by first"_s);
    }

    void timersFireInDeadlineOrder_data()
    {
        QTest::addColumn<QList<Ticks>>("deadlines");
        QTest::addColumn<QList<int>>("firingOrder");
        QTest::addRow("sorted") << QList<Ticks>{1, 2, 3} << QList<int>{0, 1, 2};
        QTest::addRow("reversed") << QList<Ticks>{3, 2, 1} << QList<int>{2, 1, 0};
        QTest::addRow("ties in the order the waits began") << QList<Ticks>{5, 3, 5, 5} << QList<int>{1, 0, 2, 3};
        QTest::addRow("all tied") << QList<Ticks>{7, 7, 7} << QList<int>{0, 1, 2};
    }

    void timersFireInDeadlineOrder()
    {
        QFETCH(QList<Ticks>, deadlines);
        QFETCH(QList<int>, firingOrder);
        KitchenLoop loop;
        QList<int> fired;
        for (int i = 0; i < deadlines.size(); ++i)
            loop.callAt(deadlines[i], [&fired, i] { fired << i; });
        QVERIFY(!loop.runVirtuallyUntil([] { return false; })); // runs dry
        QCOMPARE(fired, firingOrder);
    }

    void dueTimersQueueBehindCallbacksAlreadyReady()
    {
        KitchenLoop loop;
        QStringList ran;
        loop.callAt(0, [&] { ran << u"timer"_s; });
        loop.callSoon([&] { ran << u"ready"_s; });
        loop.runOnce();
        QCOMPARE(ran, (QStringList{u"ready"_s, u"timer"_s}));
    }

    void blockingWorkMakesATimerLate_data()
    {
        QTest::addColumn<Ticks>("deadline");
        QTest::addColumn<Ticks>("work");
        QTest::addColumn<Ticks>("firedAt");
        QTest::addRow("due during the work") << Ticks(2) << Ticks(5) << Ticks(5);
        QTest::addRow("due as the work ends") << Ticks(5) << Ticks(5) << Ticks(5);
        QTest::addRow("due after the work") << Ticks(8) << Ticks(5) << Ticks(8);
    }

    void blockingWorkMakesATimerLate()
    {
        QFETCH(Ticks, deadline);
        QFETCH(Ticks, work);
        QFETCH(Ticks, firedAt);
        KitchenLoop loop;
        Ticks sawTime = -1;
        loop.callAt(deadline, [&] { sawTime = loop.now(); });
        loop.callSoon([&] { loop.holdCook(work); });
        loop.runVirtuallyUntil([] { return false; });
        QCOMPARE(sawTime, firedAt);
    }

    void holdFunctionHearsWhenBlockingEnds()
    {
        QList<Ticks> holds;
        KitchenLoop loop([&holds](Ticks until) { holds << until; });
        loop.advanceTo(10);
        loop.holdCook(3);
        loop.holdCook(2);
        QCOMPARE(holds, (QList<Ticks>{13, 15}));
        QCOMPARE(loop.now(), Ticks(15));
    }

    void timeNeverRunsBackwards()
    {
        KitchenLoop loop;
        loop.advanceTo(10);
        loop.advanceTo(4);
        QCOMPARE(loop.now(), Ticks(10));
    }
};

QTEST_GUILESS_MAIN(TestKitchenLoop)
#include "tst_kitchenloop.moc"
