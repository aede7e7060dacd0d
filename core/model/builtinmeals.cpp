// SPDX-License-Identifier: MIT
#include "builtinmeals.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Kitchen::BuiltinMeals {

namespace {
QString resourcePath(const QString &name)
{
    return u":/meals/%1.json"_s.arg(name);
}
} // namespace

QStringList names()
{
    return {u"hello"_s,          u"lunch"_s,           u"tasks"_s,           u"coffee"_s,
            u"coffee-auto"_s,    u"cake"_s,            u"restaurant"_s,      u"messages"_s,
            u"burnt"_s,          u"create-tasks"_s,    u"as-completed"_s,    u"coffee-not-ready"_s,
            u"forgotten-await"_s, u"fire-and-forget"_s, u"burners"_s,         u"helpers"_s,
            u"timeout"_s};
}

bool contains(const QString &name)
{
    return names().contains(name);
}

MealReadResult open(const QString &nameOrFile)
{
    if (contains(nameOrFile))
        return readMealFile(resourcePath(nameOrFile));
    if (!QFileInfo::exists(nameOrFile)) {
        MealReadResult result;
        result.problems.append({{}, u"no built-in meal has this name and no such file exists "
                                    u"(built-in meals: %1)"_s.arg(names().join(u", "))});
        return result;
    }
    return readMealFile(nameOrFile);
}

} // namespace Kitchen::BuiltinMeals
