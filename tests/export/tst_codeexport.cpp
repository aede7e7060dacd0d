// SPDX-License-Identifier: MIT
// The Python and C++ exporters: literals, identifiers, structure and the line map.
#include "builtinmeals.h"
#include "codecursor.h"
#include "codetext.h"
#include "cppexport.h"
#include "mealfile.h"
#include "pythonexport.h"
#include "randommeals.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Kitchen;
using namespace Kitchen::CodeText;

using Part = CodeLine::Part;
using Exporter = GeneratedCode (*)(const Meal &);
Q_DECLARE_METATYPE(Kitchen::Meal)
Q_DECLARE_METATYPE(Exporter)
Q_DECLARE_METATYPE(Kitchen::DishState)

class TestCodeExport : public QObject
{
    Q_OBJECT

private slots:
    void pythonLiteral_data();
    void pythonLiteral();
    void cppLiteral_data();
    void cppLiteral();
    void comment_data();
    void comment();
    void identifiers_data();
    void identifiers();
    void pythonProgram();
    void cppProgram();
    void cppFailures();
    void cppIssue6Features();
    void cppHelpersAreUsed_data();
    void cppHelpersAreUsed();
    void lineMap_data();
    void lineMap();
    void cursorFollowsADish_data();
    void cursorFollowsADish();
};

namespace {

Meal builtin(const QString &name)
{
    return *BuiltinMeals::open(name).meal;
}

/// The dish's function name as the line that defines it spells it.
QString definedName(const QString &line)
{
    static const QRegularExpression definition(
        u"^(?:async def |QCoro::Task<QString> )(\\w+)\\((?:std::stop_token (?:stop|/\\*stop\\*/))?\\)"_s);
    return definition.match(line).captured(1);
}

} // namespace

void TestCodeExport::pythonLiteral_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("literal");
    QTest::addRow("plain") << u"Toast bread starts"_s << u"\"Toast bread starts\""_s;
    QTest::addRow("brackets and single quotes")
        << u"with ['Boiled water', 'Ground coffee']"_s << u"\"with ['Boiled water', 'Ground coffee']\""_s;
    QTest::addRow("double quotes") << u"say \"hi\""_s << u"\"say \\\"hi\\\"\""_s;
    QTest::addRow("backslash") << u"a\\n is not a newline"_s << u"\"a\\\\n is not a newline\""_s;
    QTest::addRow("newline and tab") << u"a\nb\tc"_s << u"\"a\\nb\\tc\""_s;
    QTest::addRow("control character") << u"bell\u0007"_s << u"\"bell\\x07\""_s;
    QTest::addRow("line separator") << u"a\u2028b"_s << u"\"a\\u2028b\""_s;
    QTest::addRow("braces stay") << u"{x} %s %1"_s << u"\"{x} %s %1\""_s;
    QTest::addRow("non-ASCII stays") << u"crème ✓ 🍝"_s << u"\"crème ✓ 🍝\""_s;
    QTest::addRow("empty") << QString() << u"\"\""_s;
}

void TestCodeExport::pythonLiteral()
{
    QFETCH(QString, text);
    QFETCH(QString, literal);
    QCOMPARE(pythonString(text), literal);
}

void TestCodeExport::cppLiteral_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("literal");
    QTest::addRow("plain") << u"Toast"_s << u"u\"Toast\"_s"_s;
    QTest::addRow("double quotes") << u"say \"hi\""_s << u"u\"say \\\"hi\\\"\"_s"_s;
    QTest::addRow("backslash") << u"a\\b"_s << u"u\"a\\\\b\"_s"_s;
    QTest::addRow("newline") << u"a\nb"_s << u"u\"a\\nb\"_s"_s;
    QTest::addRow("control character") << u"\u0001"_s << u"u\"\\u0001\"_s"_s;
    QTest::addRow("non-ASCII is escaped") << u"é"_s << u"u\"\\u00e9\"_s"_s;
    QTest::addRow("outside the BMP") << u"🍝"_s << u"u\"\\U0001f35d\"_s"_s;
    // Spelled in two pieces: the test's own source must not hold a trigraph either.
    QTest::addRow("no trigraph") << QString(u"?"_s + u"?=?"_s) << u"u\"?\\?=?\"_s"_s;
}

void TestCodeExport::cppLiteral()
{
    QFETCH(QString, text);
    QFETCH(QString, literal);
    QCOMPARE(cppString(text), literal);
}

void TestCodeExport::comment_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("comment");
    QTest::addRow("plain") << u"Pasta"_s << u"Pasta"_s;
    QTest::addRow("line breaks become spaces") << u"two\nlines\r\u2028x"_s << u"two lines  x"_s;
    QTest::addRow("a final backslash cannot continue the line") << u"C:\\"_s << u"C:\\."_s;
}

void TestCodeExport::comment()
{
    QFETCH(QString, text);
    QFETCH(QString, comment);
    QCOMPARE(commentText(text), comment);
}

void TestCodeExport::identifiers_data()
{
    QTest::addColumn<bool>("python");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QStringList>("names");
    QTest::addRow("python: ids") << true << QStringList{u"boil_water"_s, u"Pasta"_s} << QStringList{u"boil_water"_s, u"pasta"_s};
    QTest::addRow("python: dash") << true << QStringList{u"kettle-on"_s} << QStringList{u"kettle_on"_s};
    QTest::addRow("python: clash after spelling")
        << true << QStringList{u"a-b"_s, u"a_b"_s, u"A_B"_s} << QStringList{u"a_b"_s, u"a_b_2"_s, u"a_b_3"_s};
    QTest::addRow("python: reserved")
        << true << QStringList{u"print"_s, u"class"_s, u"main"_s, u"tg"_s}
        << QStringList{u"print_2"_s, u"class_2"_s, u"main_2"_s, u"tg_2"_s};
    QTest::addRow("python: leading digit") << true << QStringList{u"2nd-course"_s} << QStringList{u"dish_2nd_course"_s};
    QTest::addRow("python: non-ASCII") << true << QStringList{u"crème"_s, u"é"_s} << QStringList{u"cr_me"_s, u"dish"_s};
    QTest::addRow("c++: ids") << false << QStringList{u"boil_water"_s, u"task_a"_s} << QStringList{u"boilWater"_s, u"taskA"_s};
    QTest::addRow("c++: reserved")
        << false << QStringList{u"class"_s, u"main"_s, u"sleep"_s, u"gather"_s}
        << QStringList{u"class2"_s, u"main2"_s, u"sleep2"_s, u"gather2"_s};
    QTest::addRow("c++: leading digit and dash") << false << QStringList{u"2nd-course"_s} << QStringList{u"dish2ndCourse"_s};
    QTest::addRow("c++: no double underscore") << false << QStringList{u"a__b"_s, u"_x"_s} << QStringList{u"aB"_s, u"x"_s};
}

void TestCodeExport::identifiers()
{
    QFETCH(bool, python);
    QFETCH(QStringList, ids);
    QFETCH(QStringList, names);
    IdentifierNamer namer(python ? IdentifierNamer::Style::Snake : IdentifierNamer::Style::Camel,
                          python ? pythonReservedNames() : cppReservedNames());
    QStringList spelled;
    for (const QString &id : std::as_const(ids))
        spelled << namer.name(id);
    QCOMPARE(spelled, names);
}

void TestCodeExport::pythonProgram()
{
    const QString lunch = exportPython(builtin(u"lunch"_s)).text;
    for (const QString &expected :
         {u"SCALE = 1.0  # real seconds per meal minute\n"_s,
          u"async def pasta():"_s,
          u"    await asyncio.sleep(10 * SCALE)"_s,
          u"    time.sleep(2 * SCALE)"_s,
          u"    print(\"Preparing lunch.\")\n"_s,
          u"    await asyncio.gather(\n        pasta(),\n        meatloaf(),\n        avocado(),\n    )\n"_s,
          u"    asyncio.run(main())\n"_s})
        QVERIFY2(lunch.contains(expected), qPrintable(expected));

    const QString sync = exportPython(builtin(u"lunch"_s).withAllLanes(LaneMode::Sync)).text;
    QVERIFY(sync.contains(u"    await pasta()\n    await meatloaf()\n    await avocado()\n"_s));
    QVERIFY(!sync.contains(u"gather"_s));
    const QString group = exportPython(builtin(u"messages"_s)).text;
    QVERIFY(group.contains(u"    async with asyncio.TaskGroup() as tg:\n        tg.create_task(john())\n"_s));
    QVERIFY(exportPython(builtin(u"coffee"_s)).text.contains(
        u"print(\"Brew coffee manually with ['Boiled water', 'Ground coffee'] starts\")"_s));
}

void TestCodeExport::cppProgram()
{
    const QString lunch = exportCpp(builtin(u"lunch"_s)).text;
    for (const QString &expected :
         {u"QCoro::Task<QString> pasta()\n"_s,
          u"    co_await sleep(10);"_s,
          u"    work(2);"_s,
          u"    print(u\"Preparing lunch.\"_s);\n"_s,
          u"    co_await gather(\n        pasta,\n        meatloaf,\n        avocado);\n"_s,
          u"QCoro::Task<QStringList> gather(Dishes... dishes)"_s,
          u"QCoro::connect(cookMeal(), &app"_s})
        QVERIFY2(lunch.contains(expected), qPrintable(expected));
    const QString group = exportCpp(builtin(u"messages"_s)).text;
    QVERIFY(group.contains(u"        TaskGroup tg;\n        tg.createTask(john);\n"_s));
    // Only the helpers a meal uses are written, so the file compiles without unused-function warnings.
    QVERIFY(!group.contains(u"void work("_s));
    QVERIFY(!group.contains(u"gather("_s));
    // Nothing in these fails or is cancelled: plain QCoro tasks, no stop tokens.
    QVERIFY(!lunch.contains(u"stop_token"_s));
    QVERIFY(!group.contains(u"stop_token"_s));
}

void TestCodeExport::cppFailures()
{
    // A gather whose dish burns: the dish throws, main() catches and prints like Python.
    const QString burnt = exportCpp(builtin(u"burnt"_s)).text;
    for (const QString &expected :
         {u"QCoro::Task<QString> toast(std::stop_token stop)\n"_s,
          u"    co_await sleep(2, stop); // toast: 2 min, the cook is free\n"_s,
          u"    throw RuntimeError(u\"The toast burnt!\"_s); // burnt\n"_s,
          u"    try {\n        // lane 1: asyncio.gather(); the cook switches while one waits\n"
          u"        co_await gather(stop,\n            toast,\n            eggs);\n"
          u"    } catch (const std::exception &error) {\n"
          u"        print(u\"Lane 1 failed: \"_s + repr(error));\n    }\n"_s,
          u"QCoro::Task<QString> juice(std::stop_token /*stop*/)\n"_s, // nothing in it waits
          u"    co_await juice(stop);\n"_s,
          u"struct Cancelled"_s,
          u"class DishTask"_s,
          u"QCoro::connect(runMeal(), &app"_s})
        QVERIFY2(burnt.contains(expected), qPrintable(expected));
    // Written only when a meal needs them.
    for (const QString &absent : {u"toHelper"_s, u"class Semaphore"_s, u"withTimeout"_s, u"ExceptionGroup"_s,
                                  u"TimeoutError"_s, u"gatherReturningExceptions"_s, u"class TaskGroup"_s})
        QVERIFY2(!burnt.contains(absent), qPrintable(absent));

    Meal group = builtin(u"burnt"_s).withAllLanes(LaneMode::TaskGroup);
    const QString taskGroup = exportCpp(group).text;
    QVERIFY(taskGroup.contains(u"        TaskGroup tg;\n        tg.createTask(toast);\n        tg.createTask(eggs);\n"
                               u"        co_await tg.wait(stop); // where the async with block ends\n"_s));
    QVERIFY(taskGroup.contains(u"throw ExceptionGroup(errors);"_s));

    group.lanes[0].mode = LaneMode::Gather;
    group.lanes[0].returnExceptions = true;
    const QString collects = exportCpp(group).text;
    QVERIFY(collects.contains(u"    {\n        const QStringList results = co_await gatherReturningExceptions(stop,\n"
                              u"            toast,\n            eggs);\n"
                              u"        print(u\"Lane 1 results: [%1]\"_s.arg(results.join(u\", \"_s)));\n    }\n"_s));
    QVERIFY(!collects.contains(u"Lane 1 failed"_s)); // it collects its errors: nothing to catch
}

void TestCodeExport::cppIssue6Features()
{
    // A forgotten await stays a comment: a QCoro task would run at once, the Python coroutine never does.
    const QString forgotten = exportCpp(builtin(u"forgotten-await"_s)).text;
    QVERIFY(forgotten.contains(u"-- forgot the await: the Python coroutine never runs (a QCoro task would)"_s));
    QVERIFY(forgotten.contains(u"[[maybe_unused]] // only a forgotten await names it\n"_s));

    const QString fireAndForget = exportCpp(builtin(u"fire-and-forget"_s)).text;
    QVERIFY(fireAndForget.contains(u"); // fire and forget: never awaited\n"_s));
    QVERIFY(fireAndForget.contains(u"        task->cancel();\n"_s)); // asyncio.run() cancels what is left

    const QString helpers = exportCpp(builtin(u"helpers"_s)).text;
    QVERIFY(helpers.contains(u"    QThreadPool::globalInstance()->setMaxThreadCount(2);\n"_s));
    QVERIFY(helpers.contains(u"co_await toHelper(3, stop); // peel: 3 min by a helper, the cook is free\n"_s));
    QVERIFY(helpers.contains(u"QThreadPool::globalInstance()->waitForDone();"_s));

    const QString burners = exportCpp(builtin(u"burners"_s)).text;
    QVERIFY(burners.contains(u"Semaphore burner(2); // "_s));
    QVERIFY(burners.contains(u"    {\n        const auto place = co_await burner.acquire(stop); // async with burner:"_s));

    const QString timeout = exportCpp(builtin(u"timeout"_s)).text;
    QVERIFY(timeout.contains(u"co_await withTimeout(5, lane"_s));
    QVERIFY(timeout.contains(u"QCoro::Task<> lane"_s));

    const QString asCompleted = exportCpp(builtin(u"as-completed"_s)).text;
    QVERIFY(asCompleted.contains(u"        while (asCompleted.hasNext()) // for next_done in asyncio.as_completed(...)\n"
                                 u"            print(co_await asCompleted.next(stop)); // print(await next_done)\n"_s));

    const QString notReady = exportCpp(builtin(u"coffee-not-ready"_s)).text;
    QVERIFY(notReady.contains(u"QSet<QString> served;"_s));
    QVERIFY(notReady.contains(u"co_return ready ? "_s));

    const QString created = exportCpp(builtin(u"create-tasks"_s)).text;
    QVERIFY(created.contains(u" = createTask("_s));
    QVERIFY(created.contains(u"->result(stop);\n"_s));
}

void TestCodeExport::cppHelpersAreUsed_data()
{
    QTest::addColumn<Meal>("meal");
    const LaneMode modes[] = {LaneMode::Sync, LaneMode::Gather, LaneMode::TaskGroup, LaneMode::CreateTask,
                              LaneMode::AsCompleted};
    for (const QString &name : BuiltinMeals::names()) {
        QTest::addRow("%s", qPrintable(name)) << builtin(name);
        for (LaneMode mode : modes) // a lane keeps main()'s own steps when it leaves create_task
            QTest::addRow("%s, all %s", qPrintable(name), qPrintable(toString(mode))) << builtin(name).withAllLanes(mode);
    }
    for (quint32 seed = 1; seed <= 40; ++seed)
        QTest::addRow("random %u", seed) << KitchenTest::randomMeal(seed);
}

void TestCodeExport::cppHelpersAreUsed()
{
    // The build compiles a few exports with -Werror; this checks every meal in every mode
    // for what would fail there most easily: a helper function written but never called.
    QFETCH(Meal, meal);
    QStringList code = exportCpp(meal).text.split(u'\n');
    for (QString &line : code)
        line = line.left(line.indexOf(u"//"_s)); // the code without its comments
    const QString text = code.join(u'\n');
    for (const QString &helper : {u"mealTime"_s, u"sleep"_s, u"work"_s, u"callSoon"_s, u"toHelper"_s, u"createTask"_s,
                                  u"withTimeout"_s, u"repr"_s, u"isPrintable"_s, u"runMeal"_s}) {
        const QRegularExpression call(u"\\b%1\\("_s.arg(helper));
        const QRegularExpression definition(u"^[\\w:<>]+[ *&]+%1\\("_s.arg(helper), QRegularExpression::MultilineOption);
        if (text.contains(definition))
            QVERIFY2(text.count(call) >= 2, qPrintable(helper + u" is written but never called"_s));
    }
}

void TestCodeExport::lineMap_data()
{
    QTest::addColumn<Meal>("meal");
    QTest::addColumn<Exporter>("exporter");
    QList<std::pair<QString, Meal>> meals;
    for (const QString &name : BuiltinMeals::names())
        meals.append({name, builtin(name)});
    for (const QString &name : {u"mixed"_s, u"edge"_s, u"mistakes"_s, u"helpers"_s})
        meals.append({u"file "_s + name, *readMealFile(QStringLiteral(MEALS_DIR) + u'/' + name + u".json"_s).meal});
    for (quint32 seed : {7u, 42u, 99u, 123u, 2024u, 5u, 11u, 17u, 31u, 64u})
        meals.append({u"random %1"_s.arg(seed), KitchenTest::randomMeal(seed)});
    for (const auto &[name, meal] : std::as_const(meals)) {
        QTest::addRow("python %s", qPrintable(name)) << meal << Exporter(&exportPython);
        QTest::addRow("c++ %s", qPrintable(name)) << meal << Exporter(&exportCpp);
    }
}

void TestCodeExport::lineMap()
{
    QFETCH(Meal, meal);
    QFETCH(Exporter, exporter);
    const GeneratedCode code = exporter(meal);
    const bool python = exporter == &exportPython;
    const QStringList lines = code.text.split(u'\n');
    QCOMPARE(lines.size() - 1, code.lines.size()); // the text ends with a newline
    QCOMPARE(lines.constLast(), QString());

    auto literal = [python](const QString &text) { return python ? pythonString(text) : cppString(text); };
    QStringList functions(meal.dishes.size());
    for (int d = 0; d < meal.dishes.size(); ++d) {
        const Dish &dish = meal.dishes[d];
        const int start = code.lineOf(Part::DishStart, d);
        QVERIFY(start >= 0);
        functions[d] = definedName(lines[start]);
        QVERIFY2(!functions[d].isEmpty(), qPrintable(lines[start]));
        QVERIFY(lines[code.lineOf(Part::Result, d)].contains(literal(dish.result)));
        for (int s = 0; s < dish.steps.size(); ++s) {
            const Step &step = dish.steps[s];
            const QString pause = lines[code.lineOf(Part::Pause, d, s)];
            const bool waits = pause.contains(python ? u"await asyncio.sleep("_s : u"co_await sleep("_s);
            const bool works = pause.contains(python ? u"time.sleep("_s : u"work("_s);
            const bool helped = pause.contains(python ? u"await asyncio.to_thread(time.sleep, "_s : u"co_await toHelper("_s);
            const bool expected = step.kind == StepKind::Wait ? waits : step.kind == StepKind::Work ? works : helped;
            QVERIFY2(expected, qPrintable(pause));
            QCOMPARE(code.lineOf(Part::TakePlace, d, s) >= 0, meal.applianceIndex(step.appliance) >= 0);
            if (meal.applianceIndex(step.appliance) >= 0)
                QVERIFY(lines[code.lineOf(Part::TakePlace, d, s)].contains(python ? u"async with "_s : u".acquire(stop)"_s));
            QCOMPARE(code.lineOf(Part::Raise, d, s) >= 0, !step.error.isEmpty());
            if (!step.error.isEmpty())
                QVERIFY(lines[code.lineOf(Part::Raise, d, s)].contains(u"RuntimeError("_s + literal(step.error)));
            QVERIFY(pause.contains(formatUnits(step.duration)));
            QCOMPARE(code.lineOf(Part::StartMessage, d, s) >= 0, !step.startMessage.isEmpty());
            if (!step.startMessage.isEmpty())
                QVERIFY(lines[code.lineOf(Part::StartMessage, d, s)].contains(literal(step.startMessage)));
            if (!step.endMessage.isEmpty())
                QVERIFY(lines[code.lineOf(Part::EndMessage, d, s)].contains(literal(step.endMessage)));
        }
    }
    QCOMPARE(QSet<QString>(functions.cbegin(), functions.cend()).size(), functions.size());
    for (qsizetype i = 0; i < code.lines.size(); ++i) {
        const CodeLine &where = code.lines[i];
        if (where.part == Part::LaneCall) {
            QVERIFY(where.lane >= 0 && where.lane < meal.lanes.size());
            QVERIFY2(lines[i].contains(functions[where.dish]), qPrintable(lines[i]));
        }
    }
    QCOMPARE(code.lineOf(Part::Opening) >= 0, !meal.opening.isEmpty());
    QVERIFY(code.lineOf(Part::MainStart) >= 0);
}

void TestCodeExport::cursorFollowsADish_data()
{
    QTest::addColumn<QList<DishState>>("states");
    QTest::addColumn<int>("dish");
    QTest::addColumn<int>("part");
    QTest::addColumn<int>("step");
    // coffee: brew_coffee (dish 2) has one blocking step; toast_bread (dish 3) one wait.
    QTest::addRow("not called yet") << QList<DishState>{} << 2 << -1 << -1;
    QTest::addRow("created by gather") << QList<DishState>{DishState::Ready} << 2 << int(Part::LaneCall) << -1;
    QTest::addRow("started") << QList<DishState>{DishState::Ready, DishState::Running} << 2 << int(Part::DishStart) << -1;
    QTest::addRow("blocking")
        << QList<DishState>{DishState::Ready, DishState::Running, DishState::Work} << 2 << int(Part::Pause) << 0;
    QTest::addRow("after the step")
        << QList<DishState>{DishState::Ready, DishState::Running, DishState::Work, DishState::Running}
        << 2 << int(Part::EndMessage) << 0;
    QTest::addRow("done")
        << QList<DishState>{DishState::Ready, DishState::Running, DishState::Work, DishState::Running,
                            DishState::Done}
        << 2 << int(Part::Result) << -1;
    QTest::addRow("waiting, then delayed")
        << QList<DishState>{DishState::Ready, DishState::Running, DishState::Waiting, DishState::Delayed}
        << 3 << int(Part::Pause) << 0;
}

void TestCodeExport::cursorFollowsADish()
{
    QFETCH(QList<DishState>, states);
    QFETCH(int, dish);
    QFETCH(int, part);
    QFETCH(int, step);
    const Meal coffee = builtin(u"coffee"_s);
    const GeneratedCode code = exportPython(coffee);
    CodeCursor cursor(code, coffee.dishes.size());
    for (DishState state : std::as_const(states))
        cursor.onDishState(dish, state);
    const int expected = part < 0 ? -1 : code.lineOf(Part(part), dish, step);
    QCOMPARE(cursor.line(dish), expected);
    QCOMPARE(cursor.lines().size(), states.isEmpty() ? 0 : 1);
    cursor.reset();
    QCOMPARE(cursor.line(dish), -1);
}

QTEST_GUILESS_MAIN(TestCodeExport)
#include "tst_codeexport.moc"
