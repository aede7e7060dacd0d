// SPDX-License-Identifier: MIT
// The code panel's C++ side: the highlighter's formats, the live code of a document, exports.
#include "codehighlighter.h"
#include "cppexport.h"
#include "csvexport.h"
#include "kitchenplayer.h"
#include "mealcode.h"
#include "mealdocument.h"
#include "mealexporter.h"
#include "mealfile.h"
#include "pythonexport.h"

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace Kitchen;

namespace {
constexpr int runTimeoutMs = 30'000;

const QColor keyword(0x11, 0x22, 0x33);
const QColor string(0x44, 0x55, 0x66);
const QColor comment(0x77, 0x88, 0x99);
const QColor number(0xaa, 0xbb, 0xcc);

/// The format the highlighter gave the first character of @p needle on its line.
QTextCharFormat formatOf(const QTextDocument &document, const QString &needle)
{
    const QTextBlock block = document.find(needle).block();
    const int column = int(block.text().indexOf(needle));
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (column >= range.start && column < range.start + range.length)
            return range.format;
    }
    return {};
}

QColor colourOf(const QTextDocument &document, const QString &needle)
{
    const QTextCharFormat format = formatOf(document, needle);
    return format.hasProperty(QTextFormat::ForegroundBrush) ? format.foreground().color() : QColor();
}

void paint(CodeHighlighter &highlighter)
{
    highlighter.setKeywordColor(keyword);
    highlighter.setStringColor(string);
    highlighter.setCommentColor(comment);
    highlighter.setNumberColor(number);
}

/// setDocument() highlights on the next turn of the event loop.
void attach(CodeHighlighter &highlighter, QTextDocument &document)
{
    highlighter.setDocument(&document);
    QCoreApplication::processEvents();
}

QString lineOf(const QString &text, int line)
{
    return text.split(u'\n').value(line);
}
} // namespace

class TestCodeView : public QObject
{
    Q_OBJECT

private slots:
    void highlightsPython_data();
    void highlightsPython();
    void highlightsCpp_data();
    void highlightsCpp();
    void paletteChangesRepaint();
    void codeFollowsTheMeal();
    void functionLinesAndPositions();
    void liveRunReachesLines();
    void exportsEveryFormat_data();
    void exportsEveryFormat();
    void exportFailuresSayWhy_data();
    void exportFailuresSayWhy();
    void suggestsFileNames();
};

void TestCodeView::highlightsPython_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QColor>("colour");
    QTest::addRow("async keyword") << u"async def"_s << keyword;
    QTest::addRow("await keyword") << u"await asyncio"_s << keyword;
    QTest::addRow("return keyword") << u"return \"pasta\""_s << keyword;
    QTest::addRow("string") << u"\"Pasta will"_s << string;
    QTest::addRow("f-string") << u"f\"Total"_s << string;
    QTest::addRow("hash in a string is no comment") << u"# not a comment\")"_s << string;
    QTest::addRow("comment") << u"# boil"_s << comment;
    QTest::addRow("number") << u"10 * SCALE"_s << number;
    QTest::addRow("float") << u"1.0"_s << number;
    QTest::addRow("plain name") << u"pasta():"_s << QColor();
    QTest::addRow("name with a keyword inside") << u"asyncio"_s << QColor();
}

void TestCodeView::highlightsPython()
{
    QFETCH(QString, needle);
    QFETCH(QColor, colour);
    QTextDocument document(u"async def pasta():  # boil it\n"
                           u"    print(\"Pasta will now cook.\")\n"
                           u"    print(\"a # not a comment\")\n"
                           u"    await asyncio.sleep(10 * SCALE)\n"
                           u"    return \"pasta\"\n"
                           u"SCALE = 1.0\n"
                           u"print(f\"Total {x}\")\n"_s);
    CodeHighlighter highlighter;
    paint(highlighter);
    attach(highlighter, document);
    QCOMPARE(colourOf(document, needle), colour);
    if (colour == keyword)
        QCOMPARE(formatOf(document, needle).fontWeight(), int(QFont::Bold));
    if (colour == comment)
        QVERIFY(formatOf(document, needle).fontItalic());
}

void TestCodeView::highlightsCpp_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QColor>("colour");
    QTest::addRow("directive") << u"#include"_s << keyword;
    QTest::addRow("header") << u"<QTimer>"_s << string;
    QTest::addRow("co_await") << u"co_await"_s << keyword;
    QTest::addRow("string literal") << u"u\"Pasta"_s << string;
    QTest::addRow("comment") << u"// wait"_s << comment;
    QTest::addRow("number") << u"1000.0"_s << number;
    QTest::addRow("python keyword is not C++") << u"await("_s << QColor();
}

void TestCodeView::highlightsCpp()
{
    QFETCH(QString, needle);
    QFETCH(QColor, colour);
    QTextDocument document(u"#include <QTimer>\n"
                           u"QCoro::Task<QString> pasta()\n"
                           u"{\n"
                           u"    print(u\"Pasta will now cook.\"_s);\n"
                           u"    co_await sleep(1000.0); // wait\n"
                           u"    await(1);\n"
                           u"}\n"_s);
    CodeHighlighter highlighter;
    highlighter.setLanguage(u"cpp"_s);
    paint(highlighter);
    attach(highlighter, document);
    QCOMPARE(colourOf(document, needle), colour);
}

void TestCodeView::paletteChangesRepaint()
{
    QTextDocument document(u"async def pasta():\n"_s);
    CodeHighlighter highlighter;
    paint(highlighter);
    attach(highlighter, document);
    QSignalSpy paletteChanged(&highlighter, &CodeHighlighter::paletteChanged);
    const QColor dark(0xee, 0xdd, 0xcc);
    highlighter.setKeywordColor(dark);
    QCOMPARE(paletteChanged.size(), 1);
    QCOMPARE(colourOf(document, u"async"_s), dark);
    highlighter.setKeywordColor(dark);
    QCOMPARE(paletteChanged.size(), 1); // no change, no signal
}

void TestCodeView::codeFollowsTheMeal()
{
    MealDocument document;
    QVERIFY(document.open(u"lunch"_s));
    MealCode code;
    QSignalSpy textChanged(&code, &MealCode::textChanged);
    code.setDocument(&document);
    QCOMPARE(code.text(), exportPython(document.meal()).text);
    QCOMPARE(code.lineCount(), exportPython(document.meal()).lines.size());
    QVERIFY(code.text().contains(u"time.sleep(2 * SCALE)"));

    textChanged.clear();
    QVERIFY(document.toggleStepKind(u"avocado"_s, 0));
    QCOMPARE(textChanged.size(), 1);
    QVERIFY(code.text().contains(u"await asyncio.sleep(2 * SCALE)"));
    QVERIFY(!code.text().contains(u"time.sleep(2 * SCALE)"));

    code.setLanguage(u"cpp"_s);
    QCOMPARE(code.text(), exportCpp(document.meal()).text);

    QVERIFY(document.open(u"coffee"_s));
    QCOMPARE(code.text(), exportCpp(document.meal()).text);
    QCOMPARE(code.dishIds().size(), document.meal().dishes.size());
}

void TestCodeView::functionLinesAndPositions()
{
    MealDocument document;
    QVERIFY(document.open(u"lunch"_s));
    MealCode code;
    code.setDocument(&document);
    const int line = code.functionLine(u"meatloaf"_s);
    QVERIFY(line > 0);
    QVERIFY2(lineOf(code.text(), line).startsWith(u"async def meatloaf("), qPrintable(lineOf(code.text(), line)));
    QCOMPARE(code.functionLine(u"no-such-dish"_s), -1);

    QCOMPARE(code.positionOfLine(0), 0);
    const int position = code.positionOfLine(line);
    QCOMPARE(code.text().mid(position, 18), u"async def meatloaf"_s);
    QCOMPARE(code.positionOfLine(code.lineCount() + 5), code.text().size());
}

void TestCodeView::liveRunReachesLines()
{
    MealDocument document;
    QVERIFY(document.open(u"lunch"_s));
    KitchenPlayer player;
    player.setDocument(&document);
    MealCode code;
    code.setDocument(&document);
    code.setPlayer(&player);
    QSignalSpy reachedChanged(&code, &MealCode::reachedLinesChanged);
    QVERIFY(code.reachedLines().isEmpty());

    player.setSecondsPerUnit(KitchenPlayer::fastestSecondsPerUnit);
    player.play();
    QTRY_COMPARE_WITH_TIMEOUT(player.status(), KitchenPlayer::Status::Finished, runTimeoutMs);
    QVERIFY(reachedChanged.size() > 3); // it moved as the dishes went along
    QCOMPARE(code.reachedLines().size(), 3);
    for (int line : code.reachedLines())
        QVERIFY2(lineOf(code.text(), line).trimmed().startsWith(u"return "), qPrintable(lineOf(code.text(), line)));

    // A different language follows the same run.
    code.setLanguage(u"cpp"_s);
    QCOMPARE(code.reachedLines().size(), 3);
    for (int line : code.reachedLines())
        QVERIFY2(lineOf(code.text(), line).trimmed().startsWith(u"co_return "), qPrintable(lineOf(code.text(), line)));

    player.stop();
    QVERIFY(code.reachedLines().isEmpty());
}

void TestCodeView::exportsEveryFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addRow("png") << u"png"_s;
    QTest::addRow("trace") << u"trace"_s;
    QTest::addRow("csv") << u"csv"_s;
    QTest::addRow("python") << u"python"_s;
    QTest::addRow("cpp") << u"cpp"_s;
    QTest::addRow("json") << u"json"_s;
}

void TestCodeView::exportsEveryFormat()
{
    QFETCH(QString, format);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MealDocument document;
    QVERIFY(document.open(u"coffee"_s));
    MealExporter exporter;
    exporter.setDocument(&document);
    QSignalSpy exported(&exporter, &MealExporter::exported);
    const QString path = dir.filePath(exporter.suggestedFileName(format));

    QVERIFY2(exporter.exportTo(format, QUrl::fromLocalFile(path)), qPrintable(exporter.errorString()));
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.first().first().toBool(), true);
    QCOMPARE(exporter.errorString(), QString());
    QCOMPARE(exporter.lastPath(), path);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    if (format == u"png") {
        const QImage image = QImage::fromData(written, "PNG");
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 100 && image.height() > 100);
    } else if (format == u"trace") {
        QVERIFY(QJsonDocument::fromJson(written).object().contains(u"traceEvents"));
    } else if (format == u"csv") {
        QCOMPARE(written, exportCsv(document.prediction()));
    } else if (format == u"python") {
        QCOMPARE(QString::fromUtf8(written), exportPython(document.meal()).text);
    } else if (format == u"cpp") {
        QCOMPARE(QString::fromUtf8(written), exportCpp(document.meal()).text);
    } else {
        const MealReadResult read = readMeal(written);
        QVERIFY(read.ok());
        QCOMPARE(*read.meal, document.meal());
    }
}

void TestCodeView::exportFailuresSayWhy_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QUrl>("file");
    QTest::addColumn<QString>("message");
    const QUrl missingFolder = QUrl::fromLocalFile(u"/nonexistent-folder/out.txt"_s);
    QTest::addRow("text to a missing folder") << u"python"_s << missingFolder << u"/nonexistent-folder/out.txt"_s;
    QTest::addRow("png to a missing folder") << u"png"_s << missingFolder << u"/nonexistent-folder/out.txt"_s;
    QTest::addRow("no file") << u"csv"_s << QUrl() << u"No file"_s;
    QTest::addRow("remote file") << u"csv"_s << QUrl(u"https://example.com/x.csv"_s) << u"only local files"_s;
    QTest::addRow("unknown format") << u"xml"_s << QUrl::fromLocalFile(u"/nonexistent-folder/x.xml"_s) << u"“xml”"_s;
}

void TestCodeView::exportFailuresSayWhy()
{
    QFETCH(QString, format);
    QFETCH(QUrl, file);
    QFETCH(QString, message);
    MealDocument document;
    QVERIFY(document.open(u"lunch"_s));
    MealExporter exporter;
    exporter.setDocument(&document);
    QSignalSpy exported(&exporter, &MealExporter::exported);
    QVERIFY(!exporter.exportTo(format, file));
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.first().first().toBool(), false);
    QVERIFY2(exporter.errorString().contains(message), qPrintable(exporter.errorString()));
}

void TestCodeView::suggestsFileNames()
{
    MealDocument document;
    QVERIFY(document.open(u"lunch"_s));
    MealExporter exporter;
    exporter.setDocument(&document);
    QCOMPARE(exporter.suggestedFileName(u"python"_s), u"lunch.py"_s);
    QCOMPARE(exporter.suggestedFileName(u"trace"_s), u"lunch-trace.json"_s);
    QCOMPARE(exporter.suggestedFileName(u"json"_s), u"lunch.json"_s);
}

QTEST_MAIN(TestCodeView)
#include "tst_codeview.moc"
