// SPDX-License-Identifier: MIT
// async-kitchen-cli validate FILE: every problem on stderr, exit 0 only for a valid meal.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr char validMeal[] = R"({
  "format": "async-kitchen-meal", "version": 1, "name": "Lunch", "unit": "min",
  "dishes": [
    {"id": "pasta", "steps": [{"label": "boil", "duration": 10, "kind": "wait"}]},
    {"id": "salad", "steps": [{"label": "chop", "duration": 0.9, "kind": "work"}]}
  ],
  "lanes": [{"mode": "gather", "dishes": ["pasta", "salad"]}]
})";

QStringList linesOf(const QByteArray &output)
{
    return QString::fromUtf8(output).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class TestValidateCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void validate_data()
    {
        QTest::addColumn<QByteArray>("contents"); ///< written to meal.json; null: no file
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("out");
        QTest::addColumn<QStringList>("err");

        const QStringList file { u"meal.json"_s };
        QTest::addRow("valid") << QByteArray(validMeal) << file << 0
                               << QStringList { u"meal.json: OK, a valid meal: 2 dishes in 1 lane"_s }
                               << QStringList {};
        QTest::addRow("valid, with warnings")
            << QByteArray(validMeal)
                   .replace(R"("unit": "min",)", R"("unit": "min", "chef": "Ana",)")
                   .replace(R"(["pasta", "salad"])", R"(["pasta"])")
            << file << 0 << QStringList { u"meal.json: OK, a valid meal: 2 dishes in 1 lane"_s }
            << QStringList { u"meal.json: chef: warning: unknown field, ignored"_s,
                             u"meal.json: dishes[1]: warning: is in no lane, so it never cooks"_s };
        QTest::addRow("every problem, one per line")
            << QByteArray(validMeal)
                   .replace("\"duration\": 10", "\"duration\": -10")
                   .replace("gather", "parallel")
                   .replace(R"("salad"])", R"("salad", "soup"])")
            << file << 1 << QStringList {}
            << QStringList {
                   u"meal.json: dishes[0].steps[0].duration: must be between 0 and 1000000 (it is -10)"_s,
                   u"meal.json: lanes[0].mode: unknown lane mode \"parallel\"; use one of: "
                   u"sync, gather, taskgroup, create_task, as_completed"_s,
                   u"meal.json: lanes[0].dishes[2]: no dish has the id \"soup\""_s
               };
        QTest::addRow("empty file")
            << QByteArray("") << file << 1 << QStringList {}
            << QStringList { u"meal.json: the file is empty; a meal file holds one JSON object"_s };
        QTest::addRow("malformed")
            << QByteArray("{\"name\": \"Lunch\",\n}") << file << 1 << QStringList {}
            << QStringList { u"meal.json: line 2, column 1: not valid JSON: expected another item after ',' "
                             u"(a trailing comma?)"_s };
        QTest::addRow("an image")
            << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << file << 1 << QStringList {}
            << QStringList { u"meal.json: this is not a meal file: it holds binary data (an image "
                             u"or an archive?), not JSON text"_s };
        QTest::addRow("newer version")
            << QByteArray(validMeal).replace("\"version\": 1", "\"version\": 7") << file << 1
            << QStringList {}
            << QStringList { u"meal.json: version: the file uses schema version 7, but this build "
                             u"of Async Kitchen reads up to version 2; update Async Kitchen to open it"_s };
        QTest::addRow("no such file")
            << QByteArray() << QStringList { u"nothing.json"_s } << 1 << QStringList {}
            << QStringList { u"nothing.json: cannot open: No such file or directory"_s };
        QTest::addRow("a folder") << QByteArray() << QStringList { u"."_s } << 1 << QStringList {}
                                  << QStringList { u".: is a folder, not a meal file"_s };
        QTest::addRow("an endless device")
            << QByteArray() << QStringList { u"/dev/zero"_s } << 1 << QStringList {}
            << QStringList { u"/dev/zero: is not a regular file"_s };

        const QStringList usage { u"async-kitchen-cli: validate takes one file: validate FILE"_s };
        QTest::addRow("no file") << QByteArray() << QStringList {} << 2 << QStringList {} << usage;
        QTest::addRow("two files") << QByteArray(validMeal) << QStringList { file.first(), file.first() } << 2
                                   << QStringList {} << usage;
        QTest::addRow("unknown option")
            << QByteArray(validMeal) << QStringList { u"--strict"_s, file.first() } << 2 << QStringList {}
            << QStringList { u"async-kitchen-cli: Unknown option 'strict'."_s };
    }

    void validate()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QStringList, out);
        QFETCH(QStringList, err);

        const QString path = QDir(m_dir.path()).filePath(u"meal.json"_s);
        QFile::remove(path);
        if (!contents.isNull()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(contents);
        }

        QProcess cli;
        cli.setWorkingDirectory(m_dir.path()); // so messages name "meal.json" as given
        cli.start(QStringLiteral(KITCHEN_CLI), QStringList { u"validate"_s } + arguments);
        QVERIFY(cli.waitForFinished(30'000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit); // never a crash
        QCOMPARE(linesOf(cli.readAllStandardError()), err);
        QCOMPARE(linesOf(cli.readAllStandardOutput()), out);
        QCOMPARE(cli.exitCode(), exitCode);
    }
};

QTEST_GUILESS_MAIN(TestValidateCommand)
#include "tst_validatecommand.moc"
