// SPDX-License-Identifier: MIT
#pragma once

#include "meal.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace Kitchen::CodeText {

/// A Python string literal in double quotes that evaluates to exactly @p text.
[[nodiscard]] QString pythonString(const QString &text);
/// A C++ `u"..."_s` literal that evaluates to exactly @p text.
[[nodiscard]] QString cppString(const QString &text);
/// @p text made safe for a one-line comment: line breaks and control characters become spaces.
[[nodiscard]] QString commentText(const QString &text);

/// "minute" or "second": the meal's unit as a word for the generated comments.
[[nodiscard]] QString unitWord(TimeUnit unit);

/// Whether some lane cooks the dish; a dish in no lane is written out but never called.
[[nodiscard]] bool isCooked(const Meal &meal, const QString &dishId);

/** @brief Turns dish ids into valid, unique identifiers that avoid a language's reserved words. */
class IdentifierNamer
{
public:
    enum class Style {
        Snake, ///< Python: boil_water
        Camel, ///< C++: boilWater
    };

    IdentifierNamer(Style style, const QStringList &reserved);

    /// A fresh identifier for @p id; asking twice for the same id gives two different names.
    [[nodiscard]] QString name(const QString &id);

private:
    [[nodiscard]] QString spell(const QString &id) const;

    Style m_style;
    QSet<QString> m_taken;
};

/// Python keywords plus the names the generated program itself uses.
[[nodiscard]] QStringList pythonReservedNames();
/// C++ keywords plus the names the generated program itself uses.
[[nodiscard]] QStringList cppReservedNames();

} // namespace Kitchen::CodeText
