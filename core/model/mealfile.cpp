// SPDX-License-Identifier: MIT
#include "mealfile.h"

#include <algorithm>

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Kitchen {

namespace {

const QByteArray utf8ByteOrderMark = QByteArrayLiteral("\xEF\xBB\xBF");

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/** Counts characters, not bytes, so the column matches what an editor shows. */
QString lineAndColumn(const QByteArray &text, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < std::min(offset, text.size()); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) { // not a UTF-8 continuation byte
            ++column;
        }
    }
    return u"line %1, column %2"_s.arg(line).arg(column);
}

QString syntaxErrorText(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::UnterminatedObject:
        return u"not valid JSON: expected ',' or '}' here (a missing comma, or the file is cut "
               u"short?)"_s;
    case QJsonParseError::UnterminatedArray:
        return u"not valid JSON: expected ',' or ']' here (a missing comma, or the file is cut "
               u"short?)"_s;
    case QJsonParseError::MissingNameSeparator:
        return u"not valid JSON: expected ':' after a field name"_s;
    case QJsonParseError::MissingObject:
        return u"not valid JSON: expected another item after ',' (a trailing comma?)"_s;
    case QJsonParseError::UnterminatedString:
        return u"not valid JSON: a string is not closed with '\"'"_s;
    case QJsonParseError::IllegalNumber:
        return u"not valid JSON: a number is malformed or out of range (JSON has no NaN or "
               u"Infinity, and a number like 1e999 is too big to store)"_s;
    case QJsonParseError::DeepNesting:
        return u"not valid JSON: lists and objects are nested more than %1 levels deep"_s.arg(maxJsonNesting);
    default:
        return u"not valid JSON: %1"_s.arg(QJsonParseError { 0, error }.errorString());
    }
}

/** QJsonParseError's offset is often one past the culprit; point at the culprit itself. */
qsizetype syntaxErrorOffset(const QByteArray &text, const QJsonParseError &error)
{
    qsizetype offset = error.offset;
    switch (error.error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::MissingNameSeparator:
    case QJsonParseError::MissingObject:
    case QJsonParseError::DeepNesting:
        // Back onto the bracket or brace it consumed; after a blank, the file simply ended.
        if (offset > 0 && offset <= text.size() && !isJsonSpace(text[offset - 1]))
            return offset - 1;
        return offset;
    case QJsonParseError::IllegalNumber:
        while (offset > 0 && QByteArrayView("0123456789+-.eE").contains(text[offset - 1]))
            --offset; // back to the number's first digit
        return offset;
    default:
        return offset;
    }
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"a list"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

/** "2000000" and "-0.5" rather than "2e+06"; exponents only for the truly huge. */
QString readable(double number)
{
    return QString::number(number, 'g', 15);
}

/** Walks the JSON tree, collecting a problem for every field that is off. */
class MealParser
{
public:
    MealParser(QList<MealProblem> &problems, QList<MealProblem> &warnings)
        : problems(problems)
        , warnings(warnings)
    { }

    QList<MealProblem> &problems;
    QList<MealProblem> &warnings;

    void problem(const QString &where, const QString &what) { problems.append({ where, what }); }

    /// Unknown fields are ignored, so files from a newer build with extra fields still open.
    void warnAboutUnknownKeys(const QJsonObject &object, const QString &path, const QStringList &knownKeys)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!knownKeys.contains(it.key()))
                warnings.append({ path + it.key(), u"unknown field, ignored"_s });
        }
    }

    bool has(const QJsonObject &object, const QString &key, const QString &path, bool required)
    {
        if (object.contains(key))
            return true;
        if (required)
            problem(path + key, u"is missing"_s);
        return false;
    }

    QString text(const QJsonObject &object, const QString &key, const QString &path, bool required = false,
                 const QString &fallback = {})
    {
        if (!has(object, key, path, required))
            return fallback;
        const QJsonValue value = object.value(key);
        if (!value.isString()) {
            problem(path + key, u"must be a string, not %1"_s.arg(jsonTypeName(value)));
            return fallback;
        }
        return value.toString();
    }

    QJsonArray array(const QJsonObject &object, const QString &key, const QString &path)
    {
        if (!has(object, key, path, true))
            return {};
        const QJsonValue value = object.value(key);
        if (!value.isArray()) {
            problem(path + key, u"must be a list, not %1"_s.arg(jsonTypeName(value)));
            return {};
        }
        return value.toArray();
    }

    bool objectAt(const QJsonValue &value, const QString &path, QJsonObject &out)
    {
        if (!value.isObject()) {
            problem(path, u"must be an object, not %1"_s.arg(jsonTypeName(value)));
            return false;
        }
        out = value.toObject();
        return true;
    }

    Ticks duration(const QJsonObject &object, const QString &path, const QString &key = u"duration"_s)
    {
        if (!has(object, key, path, true))
            return 0;
        const QString where = path + key;
        const QJsonValue value = object.value(key);
        if (!value.isDouble()) {
            problem(where, u"must be a number, not %1"_s.arg(jsonTypeName(value)));
            return 0;
        }
        // QJsonDocument refuses 1e999, but a QJsonObject built in code can hold infinity.
        const double units = value.toDouble();
        if (!std::isfinite(units)) {
            problem(where, u"must be a finite number"_s);
            return 0;
        }
        if (units < 0 || units > maxDurationUnits) {
            problem(
                where,
                u"must be between 0 and %1 (it is %2)"_s.arg(readable(maxDurationUnits), readable(units)));
            return 0;
        }
        return fromUnits(units);
    }

    Step step(const QJsonObject &object, const QString &path)
    {
        warnAboutUnknownKeys(object, path,
                             { u"label"_s, u"duration"_s, u"kind"_s, u"start"_s, u"end"_s, u"error"_s,
                               u"appliance"_s });
        Step step;
        step.label = text(object, u"label"_s, path);
        step.duration = duration(object, path);
        const QString kind = text(object, u"kind"_s, path, true);
        if (!kind.isNull() && !parseStepKind(kind, step.kind))
            problem(path + u"kind"_s, u"must be \"wait\", \"work\" or \"helper\", not \"%1\""_s.arg(kind));
        step.startMessage = text(object, u"start"_s, path);
        step.endMessage = text(object, u"end"_s, path);
        step.error = text(object, u"error"_s, path);
        if (object.contains(u"error") && object.value(u"error").isString() && step.error.isEmpty())
            problem(path + u"error"_s, u"must not be empty: it is the message the dish raises"_s);
        step.appliance = text(object, u"appliance"_s, path);
        if (!step.appliance.isEmpty() && !m_applianceIds.contains(step.appliance))
            problem(path + u"appliance"_s, u"no appliance has the id \"%1\""_s.arg(step.appliance));
        return step;
    }

    Dish dish(const QJsonObject &object, const QString &path)
    {
        warnAboutUnknownKeys(object, path, { u"id"_s, u"name"_s, u"station"_s, u"icon"_s, u"result"_s, u"steps"_s,
                                             u"needs"_s, u"not_ready"_s });
        Dish dish;
        dish.id = text(object, u"id"_s, path, true);
        if (object.value(u"id").isString() && !isValidId(dish.id))
            problem(path + u"id"_s, u"\"%1\" must be 1 to 64 letters, digits, '_' or '-'"_s.arg(dish.id));
        dish.name = text(object, u"name"_s, path, false, dish.id);
        dish.station = text(object, u"station"_s, path, false, u"stove"_s);
        dish.icon = text(object, u"icon"_s, path);
        dish.result = text(object, u"result"_s, path);
        dish.notReadyResult = text(object, u"not_ready"_s, path);
        if (object.contains(u"needs"))
            dish.needs = idList(object, u"needs"_s, path);
        dish.steps = steps(object, path, true);
        return dish;
    }

    QList<Step> steps(const QJsonObject &object, const QString &path, bool required)
    {
        QList<Step> steps;
        if (!required && !object.contains(u"steps"))
            return steps;
        const QJsonArray list = array(object, u"steps"_s, path);
        steps.reserve(list.size());
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString stepPath = path + u"steps[%1]"_s.arg(i);
            QJsonObject stepObject;
            if (objectAt(list[i], stepPath, stepObject))
                steps.append(step(stepObject, stepPath + u'.'));
        }
        warnAboutStepsAfterAnError(steps, path);
        return steps;
    }

    /** A list of strings; what each names is checked by the caller. */
    QStringList idList(const QJsonObject &object, const QString &key, const QString &path)
    {
        QStringList ids;
        const QJsonArray list = array(object, key, path);
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list[i].isString())
                ids.append(list[i].toString());
            else
                problem(path + key + u"[%1]"_s.arg(i),
                        u"must be a dish id (a string), not %1"_s.arg(jsonTypeName(list[i])));
        }
        return ids;
    }

    /** A dish can only need dishes that exist, and never itself. */
    void checkNeeds(QList<Dish> &dishes)
    {
        for (qsizetype i = 0; i < dishes.size(); ++i) {
            Dish &dish = dishes[i];
            QStringList known;
            for (qsizetype n = 0; n < dish.needs.size(); ++n) {
                const QString &id = dish.needs[n];
                const QString where = u"dishes[%1].needs[%2]"_s.arg(i).arg(n);
                if (id == dish.id)
                    problem(where, u"a dish cannot need itself"_s);
                else if (!m_dishIds.contains(id))
                    problem(where, u"no dish has the id \"%1\""_s.arg(id));
                else if (!known.contains(id))
                    known.append(id);
            }
            dish.needs = known;
        }
    }

    Appliance appliance(const QJsonObject &object, const QString &path)
    {
        warnAboutUnknownKeys(object, path, { u"id"_s, u"name"_s, u"capacity"_s });
        Appliance appliance;
        appliance.id = text(object, u"id"_s, path, true);
        if (object.value(u"id").isString() && !isValidId(appliance.id))
            problem(path + u"id"_s, u"\"%1\" must be 1 to 64 letters, digits, '_' or '-'"_s.arg(appliance.id));
        else if (m_applianceIds.contains(appliance.id))
            problem(path + u"id"_s, u"\"%1\" is used by an earlier appliance"_s.arg(appliance.id));
        m_applianceIds.insert(appliance.id);
        appliance.name = text(object, u"name"_s, path, false, appliance.id);
        appliance.capacity = wholeNumber(object, u"capacity"_s, path, 1, maxCapacity, 1);
        return appliance;
    }

    int wholeNumber(const QJsonObject &object, const QString &key, const QString &path, int lowest, int highest,
                    int fallback)
    {
        if (!object.contains(key))
            return fallback;
        const QJsonValue value = object.value(key);
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != std::floor(number) || number < lowest || number > highest) {
            problem(path + key, u"must be a whole number from %1 to %2, not %3"_s
                                    .arg(lowest)
                                    .arg(highest)
                                    .arg(value.isDouble() ? readable(number) : jsonTypeName(value)));
            return fallback;
        }
        return int(number);
    }

    /** Allowed (the Python has unreachable lines too), but worth knowing. */
    void warnAboutStepsAfterAnError(const QList<Step> &steps, const QString &path)
    {
        for (qsizetype i = 0; i + 1 < steps.size(); ++i) {
            if (!steps[i].error.isEmpty()) {
                warnings.append({ path + u"steps[%1]"_s.arg(i + 1),
                                  u"never runs: the dish raises after steps[%1]"_s.arg(i) });
                return;
            }
        }
    }

    bool flag(const QJsonObject &object, const QString &key, const QString &path)
    {
        if (!object.contains(key))
            return false;
        const QJsonValue value = object.value(key);
        if (!value.isBool()) {
            problem(path + key, u"must be true or false, not %1"_s.arg(jsonTypeName(value)));
            return false;
        }
        return value.toBool();
    }

    Lane lane(const QJsonObject &object, const QString &path)
    {
        warnAboutUnknownKeys(object, path,
                             { u"mode"_s, u"dishes"_s, u"return_exceptions"_s, u"unawaited"_s, u"timeout"_s,
                               u"steps"_s });
        Lane lane;
        const QString mode = text(object, u"mode"_s, path, true);
        if (!mode.isNull() && !parseLaneMode(mode, lane.mode))
            problem(path + u"mode"_s,
                    u"unknown lane mode \"%1\"; use one of: %2"_s.arg(mode, laneModeNames().join(u", ")));
        const QJsonArray ids = array(object, u"dishes"_s, path);
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const QString where = path + u"dishes[%1]"_s.arg(i);
            if (!ids[i].isString()) {
                problem(where, u"must be a dish id (a string), not %1"_s.arg(jsonTypeName(ids[i])));
                continue;
            }
            const QString id = ids[i].toString();
            // Bad references stay out even of a best-effort meal, so it is always safe to run.
            if (!m_dishIds.contains(id)) {
                problem(where, u"no dish has the id \"%1\""_s.arg(id));
            } else if (m_laneOfDish.contains(id)) {
                problem(where,
                        u"dish \"%1\" is already in %2; a dish cooks once"_s.arg(id, m_laneOfDish[id]));
            } else {
                m_laneOfDish.insert(id, path.chopped(1)); // "lanes[2]"
                lane.dishIds.append(id);
            }
        }
        lane.returnExceptions = flag(object, u"return_exceptions"_s, path);
        // Kept, so switching the lane back to gather restores it, but say it does nothing here.
        if (lane.returnExceptions && lane.mode != LaneMode::Gather)
            warnings.append({ path + u"return_exceptions"_s,
                              u"only a gather lane collects errors; this %1 lane ignores it"_s.arg(toString(lane.mode)) });
        if (object.contains(u"unawaited")) {
            const QStringList unawaited = idList(object, u"unawaited"_s, path);
            for (qsizetype i = 0; i < unawaited.size(); ++i) {
                if (lane.dishIds.contains(unawaited[i]) && !lane.unawaited.contains(unawaited[i]))
                    lane.unawaited.append(unawaited[i]);
                else if (!lane.dishIds.contains(unawaited[i]))
                    problem(path + u"unawaited[%1]"_s.arg(i),
                            u"\"%1\" is not one of this lane's dishes"_s.arg(unawaited[i]));
            }
        }
        if (object.contains(u"timeout")) {
            lane.timeout = duration(object, path, u"timeout"_s);
            if (lane.timeout == 0 && object.value(u"timeout").toDouble(-1) == 0)
                problem(path + u"timeout"_s, u"must be more than 0; leave it out for no timeout"_s);
        }
        lane.steps = steps(object, path, false);
        if (!lane.steps.isEmpty() && lane.mode != LaneMode::CreateTask)
            warnings.append({ path + u"steps"_s,
                              u"only a create_task lane does steps of its own; this %1 lane skips them"_s
                                  .arg(toString(lane.mode)) });
        return lane;
    }

    /** False when the file is not a meal this build can read: nothing else is worth checking. */
    bool formatAndVersion(const QJsonObject &root)
    {
        const QString expectedFormat = QString::fromUtf16(mealFormatName);
        if (root.contains(u"format") && root.value(u"format") != expectedFormat) {
            const QJsonValue format = root.value(u"format");
            const QString found
                = format.isString() ? u"\"%1\""_s.arg(format.toString()) : jsonTypeName(format);
            problem(u"format"_s,
                    u"is %1, so this is not an Async Kitchen meal file (a meal "
                    u"file has \"format\": \"%2\")"_s.arg(found, expectedFormat));
            return false;
        }
        // "format" may be left out of a hand-written file; "version" may not.
        if (!has(root, u"version"_s, {}, true))
            return true;
        const QJsonValue value = root.value(u"version");
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != std::floor(number) || number < 1) {
            problem(u"version"_s,
                    u"must be a whole number from 1, not %1"_s.arg(value.isDouble() ? readable(number)
                                                                                    : jsonTypeName(value)));
            return true;
        }
        if (number > mealFormatVersion) {
            problem(u"version"_s,
                    u"the file uses schema version %1, but this build of Async "
                    u"Kitchen reads up to version %2; update Async Kitchen to "
                    u"open it"_s.arg(readable(number))
                        .arg(mealFormatVersion));
            return false;
        }
        return true;
    }

    /** Dish ids must be unique, since lanes name dishes by id. */
    void collectDishIds(const QList<Dish> &dishes)
    {
        m_dishIds.reserve(dishes.size());
        for (qsizetype i = 0; i < dishes.size(); ++i) {
            const QString &id = dishes[i].id;
            if (!id.isEmpty() && m_dishIds.contains(id))
                problem(u"dishes[%1].id"_s.arg(i), u"\"%1\" is used by an earlier dish"_s.arg(id));
            m_dishIds.insert(id);
        }
    }

    /** Allowed, since an editor adds a dish before placing it, but it never cooks. */
    void warnAboutDishesInNoLane(const QList<Dish> &dishes)
    {
        for (qsizetype i = 0; i < dishes.size(); ++i) {
            if (!dishes[i].id.isEmpty() && !m_laneOfDish.contains(dishes[i].id))
                warnings.append({ u"dishes[%1]"_s.arg(i), u"is in no lane, so it never cooks"_s });
        }
    }

    Meal meal(const QJsonObject &root)
    {
        Meal meal;
        if (!formatAndVersion(root))
            return meal;
        warnAboutUnknownKeys(root, {},
                             { u"format"_s, u"version"_s, u"name"_s, u"summary"_s, u"unit"_s, u"opening"_s,
                               u"dishes"_s, u"lanes"_s, u"appliances"_s, u"helpers"_s });
        meal.name = text(root, u"name"_s, {}, true);
        meal.summary = text(root, u"summary"_s, {});
        meal.opening = text(root, u"opening"_s, {});
        const QString unit = text(root, u"unit"_s, {}, true);
        if (!unit.isNull() && !parseTimeUnit(unit, meal.unit))
            problem(u"unit"_s, u"must be \"min\" or \"s\", not \"%1\""_s.arg(unit));
        meal.helpers = wholeNumber(root, u"helpers"_s, {}, 1, maxHelpers, 1);
        if (root.contains(u"appliances")) {
            const QJsonArray appliances = array(root, u"appliances"_s, {});
            for (qsizetype i = 0; i < appliances.size(); ++i) {
                const QString path = u"appliances[%1]"_s.arg(i);
                QJsonObject object;
                if (objectAt(appliances[i], path, object))
                    meal.appliances.append(appliance(object, path + u'.'));
            }
        }
        const QJsonArray dishes = array(root, u"dishes"_s, {});
        meal.dishes.reserve(dishes.size());
        for (qsizetype i = 0; i < dishes.size(); ++i) {
            const QString path = u"dishes[%1]"_s.arg(i);
            QJsonObject object;
            if (objectAt(dishes[i], path, object))
                meal.dishes.append(dish(object, path + u'.'));
        }
        collectDishIds(meal.dishes);
        checkNeeds(meal.dishes);
        const QJsonArray lanes = array(root, u"lanes"_s, {});
        for (qsizetype i = 0; i < lanes.size(); ++i) {
            const QString path = u"lanes[%1]"_s.arg(i);
            QJsonObject object;
            if (objectAt(lanes[i], path, object))
                meal.lanes.append(lane(object, path + u'.'));
        }
        warnAboutDishesInNoLane(meal.dishes);
        return meal;
    }

private:
    QSet<QString> m_dishIds;
    QSet<QString> m_applianceIds;
    QHash<QString, QString> m_laneOfDish; ///< dish id -> "lanes[N]"
};

/** The offset of the first byte that is not JSON whitespace, or -1. */
qsizetype firstSignificantByte(const QByteArray &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isJsonSpace(text[i]))
            return i;
    }
    return -1;
}

} // namespace

QString describeProblem(const QString &source, const MealProblem &problem)
{
    return problem.where.isEmpty() ? u"%1: %2"_s.arg(source, problem.what)
                                   : u"%1: %2: %3"_s.arg(source, problem.where, problem.what);
}

QString MealReadResult::firstError(const QString &source) const
{
    if (problems.isEmpty())
        return {};
    QString line = describeProblem(source, problems.first());
    if (problems.size() > 1)
        line += u" (and %1 more; run 'async-kitchen-cli validate' to list them)"_s.arg(problems.size() - 1);
    return line;
}

QStringList MealReadResult::messages(const QString &source) const
{
    QStringList lines;
    lines.reserve(problems.size());
    for (const MealProblem &problem : problems)
        lines.append(describeProblem(source, problem));
    return lines;
}

std::optional<QJsonObject> parseMealJson(const QByteArray &json, QList<MealProblem> &problems)
{
    // A byte order mark is harmless; some Windows editors add one.
    const QByteArray text = json.startsWith(utf8ByteOrderMark) ? json.sliced(utf8ByteOrderMark.size()) : json;
    const qsizetype start = firstSignificantByte(text);
    if (start < 0) {
        problems.append({ {}, u"the file is empty; a meal file holds one JSON object"_s });
        return std::nullopt;
    }
    if (text.contains('\0')) {
        problems.append({ {},
                          u"this is not a meal file: it holds binary data (an image or an "
                          u"archive?), not JSON text"_s });
        return std::nullopt;
    }
    if (text[start] != '{' && text[start] != '[') {
        problems.append({ lineAndColumn(text, start),
                          u"this is not a meal file: it is not JSON, which would start with '{'"_s });
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        problems.append(
            { lineAndColumn(text, syntaxErrorOffset(text, error)), syntaxErrorText(error.error) });
        return std::nullopt;
    }
    if (!document.isObject()) {
        problems.append({ {},
                          u"a meal file holds one JSON object {...}, but this one holds a "
                          u"list [...]"_s });
        return std::nullopt;
    }
    return document.object();
}

Meal mealFromJson(const QJsonObject &root, QList<MealProblem> &problems, QList<MealProblem> &warnings)
{
    MealParser parser(problems, warnings);
    return parser.meal(root);
}

MealReadResult readMeal(const QByteArray &json)
{
    MealReadResult result;
    const std::optional<QJsonObject> root = parseMealJson(json, result.problems);
    if (!root)
        return result;
    Meal meal = mealFromJson(*root, result.problems, result.warnings);
    if (result.problems.isEmpty())
        result.meal = std::move(meal);
    return result;
}

MealReadResult readMealFile(const QString &path)
{
    MealReadResult result;
    const QFileInfo info(path);
    // A folder, a device like /dev/zero or a pipe could never be a meal, and might never end.
    if (info.exists() && !info.isFile()) {
        result.problems.append(
            { {}, info.isDir() ? u"is a folder, not a meal file"_s : u"is not a regular file"_s });
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problems.append({ {}, u"cannot open: %1"_s.arg(file.errorString()) });
        return result;
    }
    if (file.size() > maxMealFileBytes) {
        result.problems.append(
            { {},
              u"the file is larger than %1 MiB, the limit for meal files"_s.arg(maxMealFileBytes >> 20) });
        return result;
    }
    const QByteArray bytes = file.readAll(); // a regular file, and its size was checked
    if (file.error() != QFileDevice::NoError) {
        result.problems.append({ {}, u"cannot read: %1"_s.arg(file.errorString()) });
        return result;
    }
    return readMeal(bytes);
}

bool isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) { return c.isLetterOrNumber() || c == u'_' || c == u'-'; });
}

} // namespace Kitchen
