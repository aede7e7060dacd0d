// SPDX-License-Identifier: MIT
// PNG export for real: async-kitchen-cli asks the async-kitchen app to draw the timeline offscreen.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int processTimeoutMs = 120'000;

struct Result {
    int exitCode = -1;
    QString err;
};

Result run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(processTimeoutMs))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardError())};
}

/// True when the image has more than one colour: something was drawn.
bool hasDrawing(const QImage &image)
{
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            if (image.pixel(x, y) != first)
                return true;
        }
    }
    return false;
}
} // namespace

class TestExportPng : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cliExportsPng_data();
    void cliExportsPng();
    void appFailsWithOneLine_data();
    void appFailsWithOneLine();

private:
    QTemporaryDir m_dir;
    QString m_cli;
};

void TestExportPng::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Installed, the CLI finds the app beside it; the build tree keeps them in different
    // folders, so put a copy of the CLI next to a link to the real app.
    QVERIFY(QDir().mkpath(m_dir.filePath(u"bin"_s)));
    m_cli = m_dir.filePath(u"bin/async-kitchen-cli"_s);
    QVERIFY(QFile::copy(QStringLiteral(CLI_PROGRAM), m_cli));
    QVERIFY(QFile::link(QStringLiteral(APP_PROGRAM), m_dir.filePath(u"bin/async-kitchen"_s)));
}

void TestExportPng::cliExportsPng_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addRow("as planned") << QStringList();
    QTest::addRow("all lanes sync") << QStringList{u"--all-lanes"_s, u"sync"_s};
}

void TestExportPng::cliExportsPng()
{
    QFETCH(QStringList, extra);
    const QString out = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_') + u".png"_s);
    const Result result = run(m_cli,
                              QStringList{u"export"_s, u"lunch"_s, u"--format"_s, u"png"_s, u"-o"_s, out} + extra);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.err, QString());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.peek(8).startsWith("\x89PNG\r\n\x1a\n"));
    const QImage image = QImage::fromData(file.readAll(), "PNG");
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 100 && image.height() > 100);
    QVERIFY(hasDrawing(image));
}

void TestExportPng::appFailsWithOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addRow("unknown meal") << QStringList{u"--export-png"_s, m_dir.filePath(u"a.png"_s), u"--meal"_s,
                                                 u"no-such-meal"_s}
                                  << u"no-such-meal"_s;
    QTest::addRow("unwritable file") << QStringList{u"--export-png"_s, u"/nonexistent-folder/a.png"_s}
                                     << u"/nonexistent-folder/a.png"_s;
    QTest::addRow("bad lane mode") << QStringList{u"--export-png"_s, m_dir.filePath(u"b.png"_s), u"--all-lanes"_s,
                                                  u"fast"_s}
                                   << u"fast"_s;
    QTest::addRow("lane mode without export") << QStringList{u"--all-lanes"_s, u"sync"_s, u"--screenshot"_s,
                                                             m_dir.filePath(u"c.png"_s)}
                                              << u"--export-png"_s;
}

void TestExportPng::appFailsWithOneLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Result result = run(QStringLiteral(APP_PROGRAM), arguments);
    QVERIFY(result.exitCode > 0);
    // One line of its own; Qt may add warnings about the environment around it.
    const QStringList lines = result.err.split(u'\n').filter(u"async-kitchen: "_s);
    QVERIFY2(lines.size() == 1, qPrintable(result.err));
    QVERIFY2(lines.first().contains(message), qPrintable(result.err));
    QVERIFY(!QFile::exists(m_dir.filePath(u"a.png"_s)));
    QVERIFY(!QFile::exists(m_dir.filePath(u"b.png"_s)));
}

QTEST_GUILESS_MAIN(TestExportPng)
#include "tst_exportpng.moc"
