// SPDX-License-Identifier: MIT
// async-kitchen-cli export, run as a user would run it.
#include "builtinmeals.h"
#include "csvexport.h"
#include "mealfile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Kitchen;

class TestExportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rejects_data();
    void rejects();
    void writes_data();
    void writes();
    void writesToStandardOutput();
    void png_data();
    void png();

private:
    struct Result {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    Result cli(const QStringList &arguments, const QString &program = QStringLiteral(CLI_PROGRAM));
    /// A copy of the CLI in its own folder, with @p fakeApp (a shell script) as its sibling app.
    QString cliBeside(const QString &folder, const QByteArray &fakeApp);

    QTemporaryDir m_dir;
};

TestExportCli::Result TestExportCli::cli(const QStringList &arguments, const QString &program)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60'000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

QString TestExportCli::cliBeside(const QString &folder, const QByteArray &fakeApp)
{
    const QString dir = m_dir.filePath(folder);
    QDir().mkpath(dir);
    const QString copy = dir + u"/async-kitchen-cli"_s;
    QFile::remove(copy);
    if (!QFile::copy(QStringLiteral(CLI_PROGRAM), copy))
        return {};
    if (!fakeApp.isEmpty()) {
        QFile app(dir + u"/async-kitchen"_s);
        if (!app.open(QIODevice::WriteOnly))
            return {};
        app.write(fakeApp);
        app.setPermissions(app.permissions() | QFileDevice::ExeOwner);
    }
    return copy;
}

void TestExportCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestExportCli::rejects_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString out = m_dir.filePath(u"rejected.out"_s);
    QTest::addRow("bad format") << QStringList{u"lunch"_s, u"--format"_s, u"xml"_s, u"-o"_s, out}
                                << 2 << u"unknown format \"xml\""_s;
    QTest::addRow("no format") << QStringList{u"lunch"_s, u"-o"_s, out} << 2 << u"--format"_s;
    QTest::addRow("no -o") << QStringList{u"lunch"_s, u"--format"_s, u"python"_s} << 2 << u"-o OUT"_s;
    QTest::addRow("no meal") << QStringList{u"--format"_s, u"python"_s, u"-o"_s, out} << 2 << u"one meal"_s;
    QTest::addRow("unknown meal") << QStringList{u"no-such-meal"_s, u"--format"_s, u"python"_s, u"-o"_s, out}
                                  << 1 << u"no-such-meal"_s;
    QTest::addRow("bad lane mode")
        << QStringList{u"lunch"_s, u"--format"_s, u"python"_s, u"-o"_s, out, u"--all-lanes"_s, u"fast"_s}
        << 2 << u"unknown mode \"fast\""_s;
    QTest::addRow("unwritable output")
        << QStringList{u"lunch"_s, u"--format"_s, u"python"_s, u"-o"_s, u"/nonexistent-folder/lunch.py"_s}
        << 1 << u"cannot write \"/nonexistent-folder/lunch.py\""_s;
    QTest::addRow("output is a folder")
        << QStringList{u"lunch"_s, u"--format"_s, u"csv"_s, u"-o"_s, m_dir.path()} << 1 << u"cannot write"_s;
    QTest::addRow("png to standard output")
        << QStringList{u"lunch"_s, u"--format"_s, u"png"_s, u"-o"_s, u"-"_s} << 2 << u"png"_s;
}

void TestExportCli::rejects()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Result result = cli(QStringList{u"export"_s} + arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.err.count(u'\n'), 1); // one line
    QVERIFY(result.err.startsWith(u"async-kitchen-cli: "_s));
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(!QFile::exists(m_dir.filePath(u"rejected.out"_s)));
}

void TestExportCli::writes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mustContain");
    QTest::addRow("python") << QStringList{u"lunch"_s, u"--format"_s, u"python"_s}
                            << u"asyncio.run(main())"_s;
    QTest::addRow("python, all lanes sync")
        << QStringList{u"lunch"_s, u"--format"_s, u"python"_s, u"--all-lanes"_s, u"sync"_s}
        << u"    await pasta()\n    await meatloaf()\n"_s;
    QTest::addRow("cpp") << QStringList{u"messages"_s, u"--format"_s, u"cpp"_s} << u"TaskGroup tg;"_s;
    QTest::addRow("trace") << QStringList{u"coffee"_s, u"--format"_s, u"trace"_s} << u"\"traceEvents\""_s;
    QTest::addRow("csv") << QStringList{u"coffee"_s, u"--format"_s, u"csv"_s}
                         << u"toast_bread,Toast bread,delayed,3,4,1,s"_s;
    QTest::addRow("json") << QStringList{u"restaurant"_s, u"--format"_s, u"json"_s}
                          << u"\"async-kitchen-meal\""_s;
}

void TestExportCli::writes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mustContain);
    const QString out = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_'));
    const Result result = cli(QStringList{u"export"_s} + arguments + QStringList{u"-o"_s, out});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY2(QString::fromUtf8(written).contains(mustContain), written.left(400).constData());
    if (arguments.contains(u"json"_s)) {
        const MealReadResult read = readMeal(written);
        QVERIFY(read.ok());
        QCOMPARE(*read.meal, *BuiltinMeals::open(u"restaurant"_s).meal);
    }
    if (arguments.contains(u"trace"_s))
        QVERIFY(QJsonDocument::fromJson(written).isObject());
}

void TestExportCli::writesToStandardOutput()
{
    const Result result = cli({u"export"_s, u"coffee"_s, u"--format"_s, u"csv"_s, u"-o"_s, u"-"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith(QByteArray(csvHeader) + "\r\n"));
}

void TestExportCli::png_data()
{
    QTest::addColumn<QByteArray>("fakeApp");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    // The fake app writes how it was called into the PNG's place.
    QTest::addRow("app draws it")
        << QByteArray("#!/bin/sh\nprintf '%s\\n' \"$@\" \"$QT_QPA_PLATFORM\" > \"$2\"\n") << 0 << QString();
    QTest::addRow("app is missing") << QByteArray() << 1 << u"needs the async-kitchen app"_s;
    QTest::addRow("app fails")
        << QByteArray("#!/bin/sh\necho 'starting' >&2\necho 'no fonts to draw with' >&2\nexit 3\n")
        << 1 << u"exited with code 3: no fonts to draw with"_s;
    QTest::addRow("app writes nothing") << QByteArray("#!/bin/sh\nexit 0\n") << 1 << u"wrote no"_s;
}

void TestExportCli::png()
{
    QFETCH(QByteArray, fakeApp);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString folder = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_');
    const QString program = cliBeside(folder, fakeApp);
    QVERIFY(!program.isEmpty());
    const QString out = m_dir.filePath(folder + u".png"_s);
    const Result result = cli({u"export"_s, u"lunch"_s, u"--format"_s, u"png"_s, u"-o"_s, out,
                               u"--all-lanes"_s, u"sync"_s},
                              program);
    QCOMPARE(result.exitCode, exitCode);
    if (exitCode != 0) {
        QCOMPARE(result.err.count(u'\n'), 1);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        return;
    }
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()),
             u"--export-png\n%1\n--meal\nlunch\n--all-lanes\nsync\noffscreen\n"_s.arg(out));
}

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
