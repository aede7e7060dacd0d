// SPDX-License-Identifier: MIT
// Writing meal files; reading them, with every check, is in mealfile.cpp.
#include "jsonwriter.h"
#include "mealfile.h"

using namespace Qt::StringLiterals;

namespace Kitchen {

namespace {

void writeStrings(JsonWriter &writer, const QStringList &strings)
{
    writer.beginArray();
    for (const QString &text : strings)
        writer.value(text);
    writer.endArray();
}

void writeSteps(JsonWriter &writer, const QList<Step> &steps)
{
    writer.key(u"steps"_s);
    writer.beginArray();
    for (const Step &step : steps) {
        writer.beginObject();
        writer.key(u"label"_s);
        writer.value(step.label);
        writer.key(u"duration"_s);
        writer.numberText(formatUnits(step.duration)); // exact: "0.9", never 0.90000000000000002
        writer.key(u"kind"_s);
        writer.value(toString(step.kind));
        if (!step.startMessage.isEmpty()) {
            writer.key(u"start"_s);
            writer.value(step.startMessage);
        }
        if (!step.endMessage.isEmpty()) {
            writer.key(u"end"_s);
            writer.value(step.endMessage);
        }
        if (!step.error.isEmpty()) {
            writer.key(u"error"_s);
            writer.value(step.error);
        }
        if (!step.appliance.isEmpty()) {
            writer.key(u"appliance"_s);
            writer.value(step.appliance);
        }
        writer.endObject();
    }
    writer.endArray();
}

} // namespace

void writeMealMembers(JsonWriter &writer, const Meal &meal)
{
    writer.key(u"format"_s);
    writer.value(QString::fromUtf16(mealFormatName));
    writer.key(u"version"_s);
    writer.value(meal.needsVersion2() ? 2 : 1);
    writer.key(u"name"_s);
    writer.value(meal.name);
    writer.key(u"summary"_s);
    writer.value(meal.summary);
    writer.key(u"unit"_s);
    writer.value(toString(meal.unit));
    writer.key(u"opening"_s);
    writer.value(meal.opening);
    if (meal.helpers != 1) {
        writer.key(u"helpers"_s);
        writer.value(meal.helpers);
    }
    if (!meal.appliances.isEmpty()) {
        writer.key(u"appliances"_s);
        writer.beginArray();
        for (const Appliance &appliance : meal.appliances) {
            writer.beginObject();
            writer.key(u"id"_s);
            writer.value(appliance.id);
            writer.key(u"name"_s);
            writer.value(appliance.name);
            writer.key(u"capacity"_s);
            writer.value(appliance.capacity);
            writer.endObject();
        }
        writer.endArray();
    }

    writer.key(u"dishes"_s);
    writer.beginArray();
    for (const Dish &dish : meal.dishes) {
        writer.beginObject();
        writer.key(u"id"_s);
        writer.value(dish.id);
        writer.key(u"name"_s);
        writer.value(dish.name);
        writer.key(u"station"_s);
        writer.value(dish.station);
        if (!dish.icon.isEmpty()) { // optional: files without icons stay as they were
            writer.key(u"icon"_s);
            writer.value(dish.icon);
        }
        writer.key(u"result"_s);
        writer.value(dish.result);
        if (!dish.needs.isEmpty()) {
            writer.key(u"needs"_s);
            writeStrings(writer, dish.needs);
        }
        if (!dish.notReadyResult.isEmpty()) {
            writer.key(u"not_ready"_s);
            writer.value(dish.notReadyResult);
        }
        writeSteps(writer, dish.steps);
        writer.endObject();
    }
    writer.endArray();

    writer.key(u"lanes"_s);
    writer.beginArray();
    for (const Lane &lane : meal.lanes) {
        writer.beginObject();
        writer.key(u"mode"_s);
        writer.value(toString(lane.mode));
        writer.key(u"dishes"_s);
        writeStrings(writer, lane.dishIds);
        if (lane.returnExceptions) {
            writer.key(u"return_exceptions"_s);
            writer.flag(true);
        }
        if (!lane.unawaited.isEmpty()) {
            writer.key(u"unawaited"_s);
            writeStrings(writer, lane.unawaited);
        }
        if (lane.timeout > 0) {
            writer.key(u"timeout"_s);
            writer.numberText(formatUnits(lane.timeout));
        }
        if (!lane.steps.isEmpty())
            writeSteps(writer, lane.steps);
        writer.endObject();
    }
    writer.endArray();
}

QByteArray writeMeal(const Meal &meal)
{
    JsonWriter writer;
    writer.beginObject();
    writeMealMembers(writer, meal);
    writer.endObject();
    return writer.toUtf8();
}

} // namespace Kitchen
