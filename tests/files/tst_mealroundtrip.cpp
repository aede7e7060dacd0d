// SPDX-License-Identifier: MIT
// Save, load, compare: every built-in meal and generated ones come back exactly.
#include "builtinmeals.h"
#include "jsonwriter.h"
#include "mealfile.h"
#include "mealgenerator.h"
#include "mealsaver.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Kitchen;

namespace {

/** Where two meals first differ, so a failed comparison says more than "not equal". */
QString firstDifference(const Meal &a, const Meal &b)
{
    if (a.name != b.name || a.summary != b.summary || a.unit != b.unit || a.opening != b.opening)
        return u"the meal's own fields"_s;
    if (a.dishes.size() != b.dishes.size())
        return u"dish count %1 vs %2"_s.arg(a.dishes.size()).arg(b.dishes.size());
    for (qsizetype d = 0; d < a.dishes.size(); ++d) {
        const Dish &x = a.dishes[d];
        const Dish &y = b.dishes[d];
        if (x.steps.size() != y.steps.size())
            return u"dishes[%1] step count"_s.arg(d);
        for (qsizetype s = 0; s < x.steps.size(); ++s) {
            if (!(x.steps[s] == y.steps[s]))
                return u"dishes[%1].steps[%2]: \"%3\" %4 vs \"%5\" %6"_s.arg(d).arg(s).arg(
                    x.steps[s].label, QString::number(x.steps[s].duration), y.steps[s].label,
                    QString::number(y.steps[s].duration));
        }
        if (!(x == y))
            return u"dishes[%1]: \"%2\" vs \"%3\""_s.arg(d).arg(x.name, y.name);
    }
    return a.lanes == b.lanes ? QString() : u"the lanes"_s;
}

Meal mealWithStep(const Step &step)
{
    Meal meal;
    meal.name = u"One step"_s;
    meal.unit = TimeUnit::Seconds;
    meal.dishes = { Dish { u"toast"_s, u"Toast"_s, u"toaster"_s, u"toast"_s, { step } } };
    meal.lanes = { Lane { LaneMode::Gather, { u"toast"_s } } };
    return meal;
}

} // namespace

class TestMealRoundTrip : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// Saves through QSaveFile and reads the file back, as the window does.
    void checkRoundTrip(const Meal &meal, const QString &fileName)
    {
        const QString path = m_dir.filePath(fileName);
        const SaveResult saved = saveMealFile(path, meal);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        const MealReadResult read = readMealFile(path);
        QVERIFY2(read.ok(), qPrintable(read.firstError(path)));
        QCOMPARE(read.warnings.size(), 0);
        QVERIFY2(*read.meal == meal, qPrintable(firstDifference(*read.meal, meal)));
        // Writing what was read gives the same bytes: saving never drifts.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(writeMeal(*read.meal), file.readAll());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void builtinMeal_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : BuiltinMeals::names())
            QTest::addRow("%s", qPrintable(name)) << name;
    }

    void builtinMeal()
    {
        QFETCH(QString, name);
        const MealReadResult builtin = BuiltinMeals::open(name);
        QVERIFY2(builtin.ok(), qPrintable(builtin.firstError(name)));
        checkRoundTrip(*builtin.meal, name + u".json"_s);
    }

    void generatedMeal_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("dishCount");
        for (quint32 seed = 1; seed <= 40; ++seed)
            QTest::addRow("seed %u", seed) << seed << int(seed % 9);
        QTest::addRow("seed 1000, 500 dishes") << 1000u << 500;
    }

    void generatedMeal()
    {
        QFETCH(quint32, seed);
        QFETCH(int, dishCount);
        const Meal meal = generateMeal(seed, { .dishCount = dishCount });
        checkRoundTrip(meal, u"generated-%1.json"_s.arg(seed));
    }

    void generatorIsSeeded()
    {
        QVERIFY(generateMeal(7) == generateMeal(7));
        QVERIFY(!(generateMeal(7) == generateMeal(8)));
    }

    void generatedMealsAreValidAndVaried()
    {
        // The round trips above only prove something if the meals hold the hard cases.
        bool sawFraction = false;
        bool sawEmoji = false;
        bool sawControlCharacter = false;
        for (quint32 seed = 1; seed <= 40; ++seed) {
            const Meal meal = generateMeal(seed, { .dishCount = int(seed % 9) });
            const MealReadResult read = readMeal(writeMeal(meal));
            QVERIFY2(read.ok(), qPrintable(read.firstError(u"seed %1"_s.arg(seed))));
            QVERIFY(read.warnings.isEmpty());
            for (const Dish &dish : meal.dishes) {
                sawEmoji = sawEmoji || dish.name.contains(u"🍝"_s);
                sawControlCharacter = sawControlCharacter || dish.name.contains(u'\x07');
                for (const Step &step : dish.steps)
                    sawFraction = sawFraction || step.duration % ticksPerUnit != 0;
            }
        }
        QVERIFY(sawFraction);
        QVERIFY(sawEmoji);
        QVERIFY(sawControlCharacter);
    }

    void duration_data()
    {
        QTest::addColumn<QByteArray>("inFile");
        QTest::addColumn<Ticks>("ticks");
        QTest::addColumn<QByteArray>("written");

        QTest::addRow("toast, 0.9") << QByteArray("0.9") << Ticks(900) << QByteArray("0.9");
        QTest::addRow("coffee total, 4.9") << QByteArray("4.9") << Ticks(4900) << QByteArray("4.9");
        QTest::addRow("whole") << QByteArray("10") << Ticks(10'000) << QByteArray("10");
        QTest::addRow("written as 10.0") << QByteArray("10.0") << Ticks(10'000) << QByteArray("10");
        QTest::addRow("one tick") << QByteArray("0.001") << Ticks(1) << QByteArray("0.001");
        QTest::addRow("below a tick, down") << QByteArray("0.0004") << Ticks(0) << QByteArray("0");
        QTest::addRow("below a tick, up") << QByteArray("0.0006") << Ticks(1) << QByteArray("0.001");
        QTest::addRow("exponent") << QByteArray("2.5e-1") << Ticks(250) << QByteArray("0.25");
        QTest::addRow("upper-case exponent") << QByteArray("1E3") << Ticks(1'000'000) << QByteArray("1000");
        QTest::addRow("negative zero") << QByteArray("-0") << Ticks(0) << QByteArray("0");
        QTest::addRow("the longest allowed")
            << QByteArray("1000000") << Ticks(1'000'000'000) << QByteArray("1000000");
        QTest::addRow("the longest, fractional")
            << QByteArray("999999.999") << Ticks(999'999'999) << QByteArray("999999.999");
    }

    void duration()
    {
        QFETCH(QByteArray, inFile);
        QFETCH(Ticks, ticks);
        QFETCH(QByteArray, written);

        const QByteArray file = writeMeal(mealWithStep({ u"toast"_s, 123, StepKind::Wait, {}, {} }))
                                    .replace("\"duration\": 0.123", "\"duration\": " + inFile);
        const MealReadResult read = readMeal(file);
        QVERIFY2(read.ok(), qPrintable(read.firstError(QString::fromLatin1(inFile))));
        QCOMPARE(read.meal->dishes[0].steps[0].duration, ticks);
        QVERIFY2(writeMeal(*read.meal).contains("\"duration\": " + written + ','),
                 writeMeal(*read.meal).constData());
    }

    void unicodeAndControlCharacters()
    {
        QString everyControlCharacter;
        for (char16_t c = 0; c < 0x20; ++c)
            everyControlCharacter += QChar(c);
        Step step { u"Crème brûlée 麻婆豆腐 🍝 שקשוקה"_s, 900, StepKind::Work,
                    everyControlCharacter + u"\u007f\u2028\u2029\uFEFF"_s,
                    u"quote \" backslash \\ slash / lone surrogate "_s + QChar(0xD83C) };
        const Meal meal = mealWithStep(step);
        checkRoundTrip(meal, u"unicode.json"_s);
        // Text stays readable in the file: UTF-8, not \u escapes.
        const QByteArray bytes = writeMeal(meal);
        QVERIFY(bytes.contains("Crème brûlée 麻婆豆腐 🍝 שקשוקה"));
        QVERIFY(bytes.contains(R"("\u0000\u0001)"));
        QVERIFY(bytes.contains(R"(lone surrogate \ud83c")"));
    }

    void writerQuotesLikeJson_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quoted");
        QTest::addRow("plain") << u"pasta"_s << u"\"pasta\""_s;
        QTest::addRow("empty") << QString() << u"\"\""_s;
        QTest::addRow("quote and backslash") << u"a\"b\\c"_s << u"\"a\\\"b\\\\c\""_s;
        QTest::addRow("short escapes") << u"\n\r\t\b\f"_s << u"\"\\n\\r\\t\\b\\f\""_s;
        QTest::addRow("other control") << u"\x01\x1f"_s << u"\"\\u0001\\u001f\""_s;
        QTest::addRow("emoji pair kept") << u"🍝"_s << u"\"🍝\""_s;
        QTest::addRow("lone low surrogate") << QString(QChar(0xDC00)) << u"\"\\udc00\""_s;
    }

    void writerQuotesLikeJson()
    {
        QFETCH(QString, text);
        QFETCH(QString, quoted);
        QCOMPARE(JsonWriter::quoted(text), quoted);
    }

    void fileReadsTopToBottom()
    {
        const MealReadResult lunch = BuiltinMeals::open(u"lunch"_s);
        QVERIFY(lunch.ok());
        const QByteArray bytes = writeMeal(*lunch.meal);
        QVERIFY2(bytes.startsWith("{\n  \"format\": \"async-kitchen-meal\",\n  \"version\": 1,\n"
                                  "  \"name\": \"Lunch\",\n"),
                 bytes.left(200).constData());
        QVERIFY(bytes.indexOf("\"dishes\"") < bytes.indexOf("\"lanes\""));
        QVERIFY(bytes.endsWith("}\n"));
    }

    void emptyMealRoundTrips()
    {
        // What a "New meal" starts as in the editor.
        Meal empty;
        empty.name = u""_s;
        checkRoundTrip(empty, u"empty.json"_s);
    }
};

QTEST_GUILESS_MAIN(TestMealRoundTrip)
#include "tst_mealroundtrip.moc"
