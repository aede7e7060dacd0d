// SPDX-License-Identifier: MIT
#include "mealfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Kitchen {

namespace {

constexpr qint64 maxFileBytes = 256LL * 1024 * 1024;

QString lineAndColumn(const QByteArray &text, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < std::min(offset, text.size()); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return u"line %1, column %2"_s.arg(line).arg(column);
}

bool isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (QChar c : id) {
        if (!(c.isLetterOrNumber() || c == u'_' || c == u'-'))
            return false;
    }
    return true;
}

/** Walks the JSON tree, collecting a problem for every field that is off. */
class MealParser
{
public:
    QList<MealProblem> problems;

    void problem(const QString &where, const QString &what) { problems.append({where, what}); }

    bool has(const QJsonObject &object, const QString &key, const QString &path, bool required)
    {
        if (object.contains(key))
            return true;
        if (required)
            problem(path + key, u"is missing"_s);
        return false;
    }

    QString text(const QJsonObject &object, const QString &key, const QString &path,
                 bool required = false, const QString &fallback = {})
    {
        if (!has(object, key, path, required))
            return fallback;
        const QJsonValue value = object.value(key);
        if (!value.isString()) {
            problem(path + key, u"must be a string"_s);
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
            problem(path + key, u"must be a list"_s);
            return {};
        }
        return value.toArray();
    }

    bool objectAt(const QJsonValue &value, const QString &path, QJsonObject &out)
    {
        if (!value.isObject()) {
            problem(path, u"must be an object"_s);
            return false;
        }
        out = value.toObject();
        return true;
    }

    Ticks duration(const QJsonObject &object, const QString &path)
    {
        if (!has(object, u"duration"_s, path, true))
            return 0;
        const QJsonValue value = object.value(u"duration");
        const double units = value.toDouble(std::nan(""));
        if (!value.isDouble() || !std::isfinite(units)) {
            problem(path + u"duration"_s, u"must be a number"_s);
            return 0;
        }
        if (units < 0 || units > maxDurationUnits) {
            problem(path + u"duration"_s,
                    u"must be between 0 and %1, not %2"_s.arg(maxDurationUnits).arg(units));
            return 0;
        }
        return fromUnits(units);
    }

    Step step(const QJsonObject &object, const QString &path)
    {
        Step step;
        step.label = text(object, u"label"_s, path);
        step.duration = duration(object, path);
        const QString kind = text(object, u"kind"_s, path, true);
        if (!kind.isNull() && !parseStepKind(kind, step.kind))
            problem(path + u"kind"_s, u"must be \"wait\" or \"work\", not \"%1\""_s.arg(kind));
        step.startMessage = text(object, u"start"_s, path);
        step.endMessage = text(object, u"end"_s, path);
        return step;
    }

    Dish dish(const QJsonObject &object, const QString &path)
    {
        Dish dish;
        dish.id = text(object, u"id"_s, path, true);
        if (object.value(u"id").isString() && !isValidId(dish.id))
            problem(path + u"id"_s,
                    u"\"%1\" must be 1 to 64 letters, digits, '_' or '-'"_s.arg(dish.id));
        dish.name = text(object, u"name"_s, path, false, dish.id);
        dish.station = text(object, u"station"_s, path, false, u"stove"_s);
        dish.result = text(object, u"result"_s, path);
        const QJsonArray steps = array(object, u"steps"_s, path);
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const QString stepPath = path + u"steps[%1]"_s.arg(i);
            QJsonObject stepObject;
            if (objectAt(steps[i], stepPath, stepObject))
                dish.steps.append(step(stepObject, stepPath + u'.'));
        }
        return dish;
    }

    Lane lane(const QJsonObject &object, const QString &path)
    {
        Lane lane;
        const QString mode = text(object, u"mode"_s, path, true);
        if (!mode.isNull() && !parseLaneMode(mode, lane.mode))
            problem(path + u"mode"_s, u"unknown lane mode \"%1\"; use one of: %2"_s
                                          .arg(mode, laneModeNames().join(u", ")));
        const QJsonArray ids = array(object, u"dishes"_s, path);
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (!ids[i].isString())
                problem(path + u"dishes[%1]"_s.arg(i), u"must be a dish id (a string)"_s);
            else
                lane.dishIds.append(ids[i].toString());
        }
        return lane;
    }

    void version(const QJsonObject &root)
    {
        if (!has(root, u"version"_s, {}, true))
            return;
        const QJsonValue value = root.value(u"version");
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != std::floor(number) || number < 1) {
            problem(u"version"_s, u"must be a whole number from 1"_s);
        } else if (number > mealFormatVersion) {
            problem(u"version"_s, u"the file uses schema version %1, newer than this build reads "
                                  u"(%2); update Async Kitchen to open it"_s
                                      .arg(qint64(number))
                                      .arg(mealFormatVersion));
        }
    }

    /** Checks what ties the parts together: unique ids, lanes naming real dishes once. */
    void crossCheck(const Meal &meal)
    {
        QSet<QString> ids;
        for (qsizetype i = 0; i < meal.dishes.size(); ++i) {
            const QString &id = meal.dishes[i].id;
            if (!id.isEmpty() && ids.contains(id))
                problem(u"dishes[%1].id"_s.arg(i), u"\"%1\" is used by an earlier dish"_s.arg(id));
            ids.insert(id);
        }
        QHash<QString, QString> laneOf;
        for (qsizetype l = 0; l < meal.lanes.size(); ++l) {
            for (qsizetype d = 0; d < meal.lanes[l].dishIds.size(); ++d) {
                const QString &id = meal.lanes[l].dishIds[d];
                const QString where = u"lanes[%1].dishes[%2]"_s.arg(l).arg(d);
                if (!ids.contains(id))
                    problem(where, u"no dish has the id \"%1\""_s.arg(id));
                else if (laneOf.contains(id))
                    problem(where, u"dish \"%1\" is already in %2"_s.arg(id, laneOf[id]));
                else
                    laneOf.insert(id, u"lanes[%1]"_s.arg(l));
            }
        }
    }

    Meal meal(const QJsonObject &root)
    {
        Meal meal;
        version(root);
        meal.name = text(root, u"name"_s, {}, true);
        meal.summary = text(root, u"summary"_s, {});
        meal.opening = text(root, u"opening"_s, {});
        const QString unit = text(root, u"unit"_s, {}, true);
        if (!unit.isNull() && !parseTimeUnit(unit, meal.unit))
            problem(u"unit"_s, u"must be \"min\" or \"s\", not \"%1\""_s.arg(unit));
        const QJsonArray dishes = array(root, u"dishes"_s, {});
        for (qsizetype i = 0; i < dishes.size(); ++i) {
            const QString path = u"dishes[%1]"_s.arg(i);
            QJsonObject object;
            if (objectAt(dishes[i], path, object))
                meal.dishes.append(dish(object, path + u'.'));
        }
        const QJsonArray lanes = array(root, u"lanes"_s, {});
        for (qsizetype i = 0; i < lanes.size(); ++i) {
            const QString path = u"lanes[%1]"_s.arg(i);
            QJsonObject object;
            if (objectAt(lanes[i], path, object))
                meal.lanes.append(lane(object, path + u'.'));
        }
        crossCheck(meal);
        return meal;
    }
};

QJsonObject stepToJson(const Step &step)
{
    QJsonObject object{{u"label"_s, step.label},
                       {u"duration"_s, toUnits(step.duration)},
                       {u"kind"_s, toString(step.kind)}};
    if (!step.startMessage.isEmpty())
        object.insert(u"start"_s, step.startMessage);
    if (!step.endMessage.isEmpty())
        object.insert(u"end"_s, step.endMessage);
    return object;
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

MealReadResult readMeal(const QByteArray &json)
{
    MealReadResult result;
    if (json.trimmed().isEmpty()) {
        result.problems.append({{}, u"the file is empty; a meal is a JSON object"_s});
        return result;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        result.problems.append({lineAndColumn(json, error.offset),
                                u"not valid JSON: %1"_s.arg(error.errorString())});
        return result;
    }
    if (!document.isObject()) {
        result.problems.append({{}, u"a meal is a JSON object, but the file holds a list"_s});
        return result;
    }
    MealParser parser;
    Meal meal = parser.meal(document.object());
    result.problems = parser.problems;
    if (result.problems.isEmpty())
        result.meal = std::move(meal);
    return result;
}

MealReadResult readMealFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MealReadResult result;
        result.problems.append({{}, u"cannot open: %1"_s.arg(file.errorString())});
        return result;
    }
    if (file.size() > maxFileBytes) {
        MealReadResult result;
        result.problems.append({{}, u"the file is %1 MiB; meals are limited to %2 MiB"_s
                                        .arg(file.size() >> 20)
                                        .arg(maxFileBytes >> 20)});
        return result;
    }
    return readMeal(file.readAll());
}

QByteArray writeMeal(const Meal &meal)
{
    QJsonArray dishes;
    for (const Dish &dish : meal.dishes) {
        QJsonArray steps;
        for (const Step &step : dish.steps)
            steps.append(stepToJson(step));
        dishes.append(QJsonObject{{u"id"_s, dish.id},
                                  {u"name"_s, dish.name},
                                  {u"station"_s, dish.station},
                                  {u"result"_s, dish.result},
                                  {u"steps"_s, steps}});
    }
    QJsonArray lanes;
    for (const Lane &lane : meal.lanes)
        lanes.append(QJsonObject{{u"mode"_s, toString(lane.mode)},
                                 {u"dishes"_s, QJsonArray::fromStringList(lane.dishIds)}});
    const QJsonObject root{{u"format"_s, u"async-kitchen-meal"_s},
                           {u"version"_s, mealFormatVersion},
                           {u"name"_s, meal.name},
                           {u"summary"_s, meal.summary},
                           {u"unit"_s, toString(meal.unit)},
                           {u"opening"_s, meal.opening},
                           {u"dishes"_s, dishes},
                           {u"lanes"_s, lanes}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Kitchen
