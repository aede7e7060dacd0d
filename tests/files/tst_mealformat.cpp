// SPDX-License-Identifier: MIT
// Reading meal files: every kind of bad file gets the message it deserves.
#include "builtinmeals.h"
#include "mealfile.h"
#include "mealgenerator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace Kitchen;

namespace {

/// A small valid meal; each bad-file row breaks one thing in it.
constexpr char validMeal[] = R"({
  "format": "async-kitchen-meal", "version": 1, "name": "Lunch", "unit": "min",
  "dishes": [
    {"id": "pasta", "steps": [{"label": "boil", "duration": 10, "kind": "wait"}]},
    {"id": "salad", "steps": [{"label": "chop", "duration": 2, "kind": "work"}]}
  ],
  "lanes": [{"mode": "gather", "dishes": ["pasta", "salad"]}]
})";

/// The valid meal with the first @p from replaced by @p to.
QByteArray validMealWith(const QByteArray &from, const QByteArray &to)
{
    QByteArray text(validMeal);
    const qsizetype at = text.indexOf(from);
    if (at < 0)
        qFatal("test data: \"%s\" is not in the valid meal", from.constData());
    return text.replace(at, from.size(), to);
}

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

} // namespace

class TestMealFormat : public QObject
{
    Q_OBJECT

private:
    QString writeFile(const QString &name, const QByteArray &contents)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void theValidMealIsValid()
    {
        // Each bad-file row must fail only because of what it changes.
        const MealReadResult read = readMeal(validMeal);
        QVERIFY2(read.ok(), qPrintable(read.messages(u"valid"_s).join(u'\n')));
        QVERIFY(read.warnings.isEmpty());
        QCOMPARE(read.meal->dishes.size(), 2);
    }

    void badFile_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QStringList>("expected"); ///< "WHERE: WHAT" after "FILE: "

        // Not a meal at all.
        QTest::addRow("empty file") << QByteArray()
                                    << QStringList {
                                           u"the file is empty; a meal file holds one JSON object"_s
                                       };
        QTest::addRow("only blank lines")
            << QByteArray(" \n\t\r\n")
            << QStringList { u"the file is empty; a meal file holds one JSON object"_s };
        QTest::addRow("plain text")
            << QByteArray("\n  Pasta, meatloaf and avocado.\n")
            << QStringList { u"line 2, column 3: this is not a meal file: it is not JSON, which "
                             u"would start with '{'"_s };
        QTest::addRow("png image") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                                   << QStringList {
                                          u"this is not a meal file: it holds binary data (an image or an "
                                          u"archive?), not JSON text"_s
                                      };
        QTest::addRow("a list")
            << QByteArray("[{\"name\": \"Lunch\"}]")
            << QStringList { u"a meal file holds one JSON object {...}, but this one holds a list [...]"_s };

        // Malformed JSON: one problem, with line and column.
        QTest::addRow("missing comma")
            << validMealWith(R"("name": "Lunch", "unit")", R"("name": "Lunch" "unit")")
            << QStringList { u"line 2, column 65: not valid JSON: expected ',' or '}' here (a "
                             u"missing comma, or the file is cut short?)"_s };
        const QByteArray meal(validMeal);
        QTest::addRow("cut short") << meal.left(meal.indexOf("    {\"id\": \"salad\""))
                                   << QStringList {
                                          u"line 5, column 1: not valid JSON: expected ',' or ']' here (a "
                                          u"missing comma, or the file is cut short?)"_s
                                      };
        QTest::addRow("cut inside a string")
            << meal.left(meal.indexOf("pasta") + 3)
            << QStringList { u"line 4, column 16: not valid JSON: a string is not closed with '\"'"_s };
        QTest::addRow("text after the meal")
            << QByteArray(validMeal) + "\n}\n"
            << QStringList { u"line 9, column 1: not valid JSON: garbage at the end of the document"_s };
        QTest::addRow("trailing comma in an object")
            << validMealWith(R"("kind": "wait"})", R"("kind": "wait",})")
            << QStringList { u"line 4, column 80: not valid JSON: expected another item after ',' "
                             u"(a trailing comma?)"_s };
        QTest::addRow("trailing comma in a list")
            << validMealWith(R"(["pasta", "salad"])", R"(["pasta", "salad",])")
            << QStringList { u"line 7, column 60: not valid JSON: expected another item after ',' "
                             u"(a trailing comma?)"_s };
        QTest::addRow("invalid utf-8")
            << validMealWith(R"("Lunch")", "\"Lunch \xff\"")
            << QStringList { u"line 2, column 64: not valid JSON: invalid UTF8 string"_s };
        const QString numberError = u"not valid JSON: a number is malformed or out of range (JSON "
                                    u"has no NaN or Infinity, and a number like 1e999 is too big "
                                    u"to store)"_s;
        QTest::addRow("infinite duration") << validMealWith("\"duration\": 10", "\"duration\": 1e999")
                                           << QStringList { u"line 4, column 61: "_s + numberError };
        QTest::addRow("minus infinite duration") << validMealWith("\"duration\": 10", "\"duration\": -1e999")
                                                 << QStringList { u"line 4, column 61: "_s + numberError };
        QTest::addRow("NaN duration") << validMealWith("\"duration\": 10", "\"duration\": NaN")
                                      << QStringList { u"line 4, column 61: "_s + numberError };
        QTest::addRow("nested 5000 deep")
            << validMealWith(R"("unit": "min",)", "\"unit\": \"min\", \"notes\": " + nested(5000) + ',')
            << QStringList { u"line 2, column 1113: not valid JSON: lists and objects are nested "
                             u"more than 1024 levels deep"_s };

        // Not this format, or a newer version of it: one problem, nothing else is checked.
        QTest::addRow("another format")
            << validMealWith(R"("format": "async-kitchen-meal")", R"("format": "npm-package")")
            << QStringList { u"format: is \"npm-package\", so this is not an Async Kitchen meal "
                             u"file (a meal file has \"format\": \"async-kitchen-meal\")"_s };
        QTest::addRow("format is a number")
            << validMealWith(R"("format": "async-kitchen-meal")", R"("format": 7)")
            << QStringList { u"format: is a number, so this is not an Async Kitchen meal file (a "
                             u"meal file has \"format\": \"async-kitchen-meal\")"_s };
        QTest::addRow("newer schema version")
            << validMealWith(R"("version": 1)", R"("version": 3)").replace("gather", "as_soon_as_possible")
            << QStringList { u"version: the file uses schema version 3, but this build of Async "
                             u"Kitchen reads up to version 2; update Async Kitchen to open it"_s };
        QTest::addRow("version is text")
            << validMealWith(R"("version": 1)", R"("version": "1")")
            << QStringList { u"version: must be a whole number from 1, not a string"_s };
        QTest::addRow("version is a fraction")
            << validMealWith(R"("version": 1)", R"("version": 1.5)")
            << QStringList { u"version: must be a whole number from 1, not 1.5"_s };
        QTest::addRow("version zero") << validMealWith(R"("version": 1)", R"("version": 0)")
                                      << QStringList { u"version: must be a whole number from 1, not 0"_s };

        // Missing fields.
        QTest::addRow("no version, name or unit")
            << validMealWith(R"("version": 1, "name": "Lunch", "unit": "min",)", "")
            << QStringList { u"version: is missing"_s, u"name: is missing"_s, u"unit: is missing"_s };
        QTest::addRow("no dishes or lanes")
            << QByteArray(R"({"format": "async-kitchen-meal", "version": 1, "name": "x", "unit": "s"})")
            << QStringList { u"dishes: is missing"_s, u"lanes: is missing"_s };
        QTest::addRow("dish without an id")
            << validMealWith(R"({"id": "salad", )", "{")
            << QStringList { u"dishes[1].id: is missing"_s,
                             u"lanes[0].dishes[1]: no dish has the id \"salad\""_s };
        QTest::addRow("step without duration or kind")
            << validMealWith(R"("duration": 2, "kind": "work")", R"("end": "done")")
            << QStringList { u"dishes[1].steps[0].duration: is missing"_s,
                             u"dishes[1].steps[0].kind: is missing"_s };

        // Wrong types.
        QTest::addRow("name is a number") << validMealWith(R"("name": "Lunch")", R"("name": 5)")
                                          << QStringList { u"name: must be a string, not a number"_s };
        QTest::addRow("dishes is an object")
            << QByteArray(R"({"format": "async-kitchen-meal", "version": 1, "name": "x",
                             "unit": "s", "dishes": {}, "lanes": []})")
            << QStringList { u"dishes: must be a list, not an object"_s };
        QTest::addRow("a dish is a string")
            << validMealWith(R"({"id": "salad", )", R"("salad", {"id": "salad", )")
            << QStringList { u"dishes[1]: must be an object, not a string"_s };
        QTest::addRow("steps is a string")
            << validMealWith(R"("steps": [{"label": "chop", "duration": 2, "kind": "work"}])",
                             R"("steps": "chop")")
            << QStringList { u"dishes[1].steps: must be a list, not a string"_s };
        QTest::addRow("duration is text")
            << validMealWith("\"duration\": 10", "\"duration\": \"10\"")
            << QStringList { u"dishes[0].steps[0].duration: must be a number, not a string"_s };
        QTest::addRow("duration is true")
            << validMealWith("\"duration\": 10", "\"duration\": true")
            << QStringList { u"dishes[0].steps[0].duration: must be a number, not true"_s };
        QTest::addRow("duration is null")
            << validMealWith("\"duration\": 10", "\"duration\": null")
            << QStringList { u"dishes[0].steps[0].duration: must be a number, not null"_s };
        QTest::addRow("lane names a dish by number")
            << validMealWith(R"(["pasta", "salad"])", R"(["pasta", 1, "salad"])")
            << QStringList { u"lanes[0].dishes[1]: must be a dish id (a string), not a number"_s };
        QTest::addRow("lanes is a string") << validMealWith(
            R"("lanes": [{"mode": "gather", "dishes": ["pasta", "salad"]}])", R"("lanes": "gather")")
                                           << QStringList { u"lanes: must be a list, not a string"_s };

        // Numbers out of range.
        QTest::addRow("negative duration")
            << validMealWith("\"duration\": 10", "\"duration\": -10")
            << QStringList { u"dishes[0].steps[0].duration: must be between 0 and 1000000 (it is -10)"_s };
        QTest::addRow("slightly negative duration")
            << validMealWith("\"duration\": 2", "\"duration\": -0.5")
            << QStringList { u"dishes[1].steps[0].duration: must be between 0 and 1000000 (it is -0.5)"_s };
        QTest::addRow("duration too long")
            << validMealWith("\"duration\": 10", "\"duration\": 2e6")
            << QStringList {
                   u"dishes[0].steps[0].duration: must be between 0 and 1000000 (it is 2000000)"_s
               };

        // Unknown names.
        QTest::addRow("unknown lane mode")
            << validMealWith(R"("gather")", R"("parallel")")
            << QStringList { u"lanes[0].mode: unknown lane mode \"parallel\"; use one of: sync, "
                             u"gather, taskgroup, create_task, as_completed"_s };
        QTest::addRow("unknown step kind")
            << validMealWith(R"("work")", R"("sleep")")
            << QStringList { u"dishes[1].steps[0].kind: must be \"wait\", \"work\" or \"helper\", not \"sleep\""_s };
        QTest::addRow("unknown unit") << validMealWith(R"("unit": "min")", R"("unit": "hours")")
                                      << QStringList { u"unit: must be \"min\" or \"s\", not \"hours\""_s };
        QTest::addRow("id with a space")
            << validMealWith(R"("salad")", R"("green salad")")
            << QStringList { u"dishes[1].id: \"green salad\" must be 1 to 64 letters, digits, '_' or '-'"_s,
                             u"lanes[0].dishes[1]: no dish has the id \"salad\""_s };

        // Failures (issue 6): a step's error and a lane's return_exceptions.
        QTest::addRow("error is empty")
            << validMealWith(R"("kind": "wait")", R"("kind": "wait", "error": "")")
            << QStringList { u"dishes[0].steps[0].error: must not be empty: it is the message the dish raises"_s };
        QTest::addRow("error is a number")
            << validMealWith(R"("kind": "wait")", R"("kind": "wait", "error": 3)")
            << QStringList { u"dishes[0].steps[0].error: must be a string, not a number"_s };
        QTest::addRow("return_exceptions is text")
            << validMealWith(R"("mode": "gather",)", R"("mode": "gather", "return_exceptions": "yes",)")
            << QStringList { u"lanes[0].return_exceptions: must be true or false, not a string"_s };

        // How the parts refer to each other.
        QTest::addRow("dish in two lanes")
            << validMealWith(R"([{"mode": "gather", "dishes": ["pasta", "salad"]}])",
                             R"([{"mode": "gather", "dishes": ["pasta", "salad"]},
                                 {"mode": "sync", "dishes": ["salad"]}])")
            << QStringList { u"lanes[1].dishes[0]: dish \"salad\" is already in lanes[0]; a dish "
                             u"cooks once"_s };
        QTest::addRow("dish twice in one lane")
            << validMealWith(R"(["pasta", "salad"])", R"(["pasta", "salad", "pasta"])")
            << QStringList { u"lanes[0].dishes[2]: dish \"pasta\" is already in lanes[0]; a dish "
                             u"cooks once"_s };
        QTest::addRow("lane names a missing dish")
            << validMealWith(R"(["pasta", "salad"])", R"(["pasta", "salad", "soup"])")
            << QStringList { u"lanes[0].dishes[2]: no dish has the id \"soup\""_s };
        QTest::addRow("two dishes share an id")
            << validMealWith(R"("id": "salad")", R"("id": "pasta")")
            << QStringList { u"dishes[1].id: \"pasta\" is used by an earlier dish"_s,
                             u"lanes[0].dishes[1]: no dish has the id \"salad\""_s };

        // Everything at once: every problem, in file order.
        QTest::addRow("many problems")
            << QByteArray(R"({"format": "async-kitchen-meal", "version": 1, "name": "x", "unit": "s",
                 "dishes": [{"id": "a", "steps": [{"duration": -1, "kind": "wait"},
                                                   {"duration": "2", "kind": "nap"}]}],
                 "lanes": [{"mode": "fast", "dishes": ["a", "b", "a"]}]})")
            << QStringList { u"dishes[0].steps[0].duration: must be between 0 and 1000000 (it is -1)"_s,
                             u"dishes[0].steps[1].duration: must be a number, not a string"_s,
                             u"dishes[0].steps[1].kind: must be \"wait\", \"work\" or \"helper\", not \"nap\""_s,
                             u"lanes[0].mode: unknown lane mode \"fast\"; use one of: sync, gather, "
                             u"taskgroup, create_task, as_completed"_s,
                             u"lanes[0].dishes[1]: no dish has the id \"b\""_s,
                             u"lanes[0].dishes[2]: dish \"a\" is already in lanes[0]; a dish cooks once"_s };
    }

    void badFile()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QStringList, expected);

        const QString path = writeFile(u"bad meal.json"_s, contents);
        const MealReadResult read = readMealFile(path);
        QVERIFY(!read.ok());
        QStringList named;
        for (const QString &line : expected)
            named << path + u": "_s + line;
        QCOMPARE(read.messages(path), named);
        QCOMPARE(read.firstError(path).section(u" (and "_s, 0, 0), named.first());
    }

    void firstErrorCountsTheRest()
    {
        const MealReadResult read
            = readMeal(validMealWith("\"duration\": 10, \"kind\": \"wait\"", "\"kind\": 1"));
        QCOMPARE(read.problems.size(), 2);
        QCOMPARE(read.firstError(u"m.json"_s),
                 u"m.json: dishes[0].steps[0].duration: is missing (and 1 more; run "
                 u"'async-kitchen-cli validate' to list them)"_s);
    }

    void fileThatCannotBeRead_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::addRow("missing") << u"no such meal.json"_s << u"cannot open: No such file or directory"_s;
        QTest::addRow("a folder") << u"."_s << u"is a folder, not a meal file"_s;
        QTest::addRow("a device") << u"/dev/zero"_s << u"is not a regular file"_s;
    }

    void fileThatCannotBeRead()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        const QString fullPath = path.startsWith(u'/') ? path : m_dir.filePath(path);
        const MealReadResult read = readMealFile(fullPath);
        QVERIFY(!read.ok());
        QCOMPARE(read.messages(fullPath), QStringList { fullPath + u": "_s + expected });
    }

    void fileTooBigIsRefusedUnread()
    {
        const QString path = m_dir.filePath(u"huge.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(maxMealFileBytes + 1)); // sparse: no disk space, no time
        file.close();
        QElapsedTimer timer;
        timer.start();
        const MealReadResult read = readMealFile(path);
        QCOMPARE(read.messages(path),
                 QStringList { path + u": the file is larger than 256 MiB, the limit for meal files"_s });
        QVERIFY2(timer.elapsed() < 1000, "the size is checked before reading");
        QVERIFY(QFile::remove(path));
    }

    void deepButWithinLimitOpens()
    {
        // Unknown fields are never walked, so depth is QJsonDocument's concern alone.
        const MealReadResult read = readMeal(
            validMealWith(R"("unit": "min",)", "\"unit\": \"min\", \"notes\": " + nested(1000) + ','));
        QVERIFY2(read.ok(), qPrintable(read.messages(u"deep"_s).join(u'\n')));
        QCOMPARE(read.warnings, (QList<MealProblem> { { u"notes"_s, u"unknown field, ignored"_s } }));
    }

    void millionOpenBracketsDoNotCrash()
    {
        QElapsedTimer timer;
        timer.start();
        const MealReadResult read = readMeal(QByteArray(1'000'000, '['));
        QCOMPARE(read.messages(u"m"_s),
                 QStringList { u"m: line 1, column 1025: not valid JSON: lists and objects are "
                               u"nested more than 1024 levels deep"_s });
        QVERIFY(timer.elapsed() < 2000);
    }

    void tenThousandDishesOpenQuickly()
    {
        const Meal big = generateMeal(
            10'000, { .dishCount = 10'000, .maxStepsPerDish = 4, .maxLanes = 20, .unicodeText = true });
        QElapsedTimer timer;
        timer.start();
        const QByteArray bytes = writeMeal(big);
        const qint64 writeMs = timer.elapsed();
        const QString path = writeFile(u"big.json"_s, bytes);
        timer.restart();
        const MealReadResult read = readMealFile(path);
        const qint64 elapsed = timer.elapsed();
        qInfo("wrote in %lld ms, read %lld KiB, %lld dishes, in %lld ms", writeMs,
              qint64(bytes.size() / 1024), qint64(big.dishes.size()), elapsed);
        QVERIFY2(read.ok(), qPrintable(read.firstError(path)));
        QCOMPARE(read.meal->dishes.size(), 10'000);
        QVERIFY(*read.meal == big);
        // A Debug build on a busy CI machine reads it in well under a second.
        QVERIFY2(elapsed < 3000, qPrintable(u"took %1 ms"_s.arg(elapsed)));
        QVERIFY2(writeMs < 3000, qPrintable(u"writing took %1 ms"_s.arg(writeMs)));
    }

    void formatMayBeLeftOutOfAHandWrittenFile()
    {
        const MealReadResult read = readMeal(validMealWith(R"("format": "async-kitchen-meal", )", ""));
        QVERIFY2(read.ok(), qPrintable(read.firstError(u"m"_s)));
        QCOMPARE(read.warnings.size(), 0);
    }

    void byteOrderMarkIsAccepted()
    {
        const MealReadResult read = readMeal("\xEF\xBB\xBF" + QByteArray(validMeal));
        QVERIFY2(read.ok(), qPrintable(read.firstError(u"bom"_s)));
    }

    void unknownFieldsAreIgnoredWithAWarning()
    {
        const MealReadResult read = readMeal(
            validMealWith(R"("label": "boil",)", R"("label": "boil", "colour": "red", "strat": "x",)")
                .replace(R"("unit": "min",)", R"("unit": "min", "author": "Ana",)"));
        QVERIFY2(read.ok(), qPrintable(read.firstError(u"m"_s)));
        QCOMPARE(read.warnings,
                 (QList<MealProblem> { { u"author"_s, u"unknown field, ignored"_s },
                                       { u"dishes[0].steps[0].colour"_s, u"unknown field, ignored"_s },
                                       { u"dishes[0].steps[0].strat"_s, u"unknown field, ignored"_s } }));
    }

    void dishInNoLaneIsAWarning()
    {
        const MealReadResult read = readMeal(validMealWith(R"(["pasta", "salad"])", R"(["pasta"])"));
        QVERIFY(read.ok());
        QCOMPARE(read.warnings,
                 (QList<MealProblem> { { u"dishes[1]"_s, u"is in no lane, so it never cooks"_s } }));
    }

    void failureFieldsRead_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("returnExceptions");
        QTest::addColumn<QList<MealProblem>>("warnings");
        QTest::addRow("old files have neither") << QByteArray(validMeal) << QString() << false
                                                << QList<MealProblem> {};
        QTest::addRow("a step that burns")
            << validMealWith(R"("kind": "wait")", R"("kind": "wait", "error": "Pasta burnt!")")
            << u"Pasta burnt!"_s << false << QList<MealProblem> {};
        QTest::addRow("gather collects errors")
            << validMealWith(R"("mode": "gather",)", R"("mode": "gather", "return_exceptions": true,)")
            << QString() << true << QList<MealProblem> {};
        QTest::addRow("return_exceptions on a taskgroup lane")
            << validMealWith(R"("mode": "gather",)", R"("mode": "taskgroup", "return_exceptions": true,)")
            << QString() << true
            << QList<MealProblem> { { u"lanes[0].return_exceptions"_s,
                                      u"only a gather lane collects errors; this taskgroup lane ignores it"_s } };
        QTest::addRow("a step after the one that burns")
            << validMealWith(R"([{"label": "boil", "duration": 10, "kind": "wait"}])",
                             R"([{"label": "boil", "duration": 10, "kind": "wait", "error": "x"},
                                 {"label": "drain", "duration": 1, "kind": "work"}])")
            << u"x"_s << false
            << QList<MealProblem> { { u"dishes[0].steps[1]"_s, u"never runs: the dish raises after steps[0]"_s } };
    }

    void failureFieldsRead()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, error);
        QFETCH(bool, returnExceptions);
        QFETCH(QList<MealProblem>, warnings);
        const MealReadResult read = readMeal(contents);
        QVERIFY2(read.ok(), qPrintable(read.firstError(u"m"_s)));
        QCOMPARE(read.meal->dishes[0].steps[0].error, error);
        QCOMPARE(read.meal->lanes[0].returnExceptions, returnExceptions);
        QCOMPARE(read.warnings, warnings);
        // Written back and read again, nothing is lost.
        const MealReadResult again = readMeal(writeMeal(*read.meal));
        QVERIFY2(again.ok(), qPrintable(again.firstError(u"again"_s)));
        QCOMPARE(*again.meal, *read.meal);
    }

    void bestEffortMealKeepsWhatItCould()
    {
        QList<MealProblem> problems;
        QList<MealProblem> warnings;
        const QByteArray text = validMealWith("\"duration\": 10", "\"duration\": -10")
                                    .replace(R"(["pasta", "salad"])", R"(["pasta", "ghost", "salad"])");
        const std::optional<QJsonObject> root = parseMealJson(text, problems);
        QVERIFY(root);
        const Meal meal = mealFromJson(*root, problems, warnings);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(meal.name, u"Lunch"_s);
        QCOMPARE(meal.dishes.size(), 2);
        QCOMPARE(meal.dishes[1].steps[0].duration, 2 * ticksPerUnit);
        // A dangling reference is left out, so even a best-effort meal is safe to cook.
        QCOMPARE(meal.lanes[0].dishIds, (QStringList { u"pasta"_s, u"salad"_s }));
    }

    void infinityMadeInCodeIsRefused()
    {
        // QJsonDocument never yields infinity (1e999 is a syntax error), but an object made in code can.
        QList<MealProblem> problems;
        QList<MealProblem> warnings;
        QJsonObject root = *parseMealJson(validMeal, problems);
        QJsonArray dishes = root[u"dishes"].toArray();
        QJsonObject pasta = dishes[0].toObject();
        QJsonArray steps = pasta[u"steps"].toArray();
        QJsonObject boil = steps[0].toObject();
        boil[u"duration"] = std::numeric_limits<double>::infinity();
        steps[0] = boil;
        pasta[u"steps"] = steps;
        dishes[0] = pasta;
        root[u"dishes"] = dishes;
        (void)mealFromJson(root, problems, warnings);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first(),
                 (MealProblem { u"dishes[0].steps[0].duration"_s, u"must be a finite number"_s }));
    }

    void builtinMealsHaveNoWarnings_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : BuiltinMeals::names())
            QTest::addRow("%s", qPrintable(name)) << name;
    }

    void builtinMealsHaveNoWarnings()
    {
        QFETCH(QString, name);
        const MealReadResult read = BuiltinMeals::open(name);
        QVERIFY2(read.ok(), qPrintable(read.firstError(name)));
        QCOMPARE(read.warnings, QList<MealProblem> {});
    }
};

QTEST_GUILESS_MAIN(TestMealFormat)
#include "tst_mealformat.moc"
