// SPDX-License-Identifier: MIT
#include "codetext.h"

using namespace Qt::StringLiterals;

namespace Kitchen::CodeText {

namespace {

QString hex(char32_t codePoint, int digits)
{
    return QString::number(uint(codePoint), 16).rightJustified(digits, u'0');
}

/// "\\uXXXX" or "\\UXXXXXXXX": both languages spell a code point this way.
QString universalName(char32_t codePoint)
{
    return codePoint <= 0xFFFF ? u"\\u"_s + hex(codePoint, 4) : u"\\U"_s + hex(codePoint, 8);
}

/// The escape both languages share for quotes, backslashes and the usual control characters.
QString simpleEscape(char32_t codePoint)
{
    switch (codePoint) {
    case U'\\':
        return u"\\\\"_s;
    case U'"':
        return u"\\\""_s;
    case U'\n':
        return u"\\n"_s;
    case U'\r':
        return u"\\r"_s;
    case U'\t':
        return u"\\t"_s;
    default:
        return {};
    }
}

QString fromCodePoint(char32_t codePoint)
{
    return QString::fromUcs4(&codePoint, 1);
}

/// Printable and on the same line: editors break lines at U+2028 and U+2029.
bool isVisible(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return QChar::isPrint(c) && category != QChar::Separator_Line
           && category != QChar::Separator_Paragraph;
}

bool isAsciiLetterOrDigit(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

} // namespace

QString pythonString(const QString &text)
{
    QString literal = u"\""_s;
    // toUcs4() pairs surrogates, so emoji stay one character; a lone surrogate becomes U+FFFD.
    for (char32_t c : text.toUcs4()) {
        if (const QString escape = simpleEscape(c); !escape.isEmpty())
            literal += escape;
        else if (c < 0x20 || c == 0x7F)
            literal += u"\\x"_s + hex(c, 2);
        else if (!isVisible(c))
            literal += universalName(c); // invisible in an editor: U+2028, zero-width space...
        else
            literal += fromCodePoint(c);
    }
    return literal + u'"';
}

QString cppString(const QString &text)
{
    QString literal = u"u\""_s;
    char32_t previous = 0;
    for (char32_t c : text.toUcs4()) {
        if (const QString escape = simpleEscape(c); !escape.isEmpty())
            literal += escape;
        else if (c == U'?' && previous == U'?')
            literal += u"\\?"_s; // "??=" would be a trigraph to older compilers, and g++ warns
        else if (c < 0x20 || c >= 0x7F)
            literal += universalName(c); // plain ASCII source compiles the same with any compiler
        else
            literal += fromCodePoint(c);
        previous = c;
    }
    return literal + u"\"_s"_s;
}

QString unitWord(TimeUnit unit)
{
    return unit == TimeUnit::Minutes ? u"minute"_s : u"second"_s;
}

QString commentText(const QString &text)
{
    QString comment;
    for (char32_t c : text.toUcs4())
        comment += isVisible(c) ? fromCodePoint(c) : u" "_s;
    comment = comment.trimmed();
    // In C++ a backslash at the end of a // comment would join the next line to it.
    if (comment.endsWith(u'\\'))
        comment += u'.';
    return comment;
}

bool isCooked(const Meal &meal, const QString &dishId)
{
    for (const Lane &lane : meal.lanes) {
        if (lane.dishIds.contains(dishId))
            return true;
    }
    return false;
}

IdentifierNamer::IdentifierNamer(Style style, const QStringList &reserved)
    : m_style(style)
    , m_taken(reserved.cbegin(), reserved.cend())
{
}

QString IdentifierNamer::spell(const QString &id) const
{
    // Words are runs of ASCII letters and digits; '_', '-' and anything else separate them.
    QStringList words;
    QString word;
    for (QChar c : id) {
        if (isAsciiLetterOrDigit(c)) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    if (words.isEmpty() || words.first().front().isDigit())
        words.prepend(u"dish"_s);

    if (m_style == Style::Snake)
        return words.join(u'_').toLower();
    QString camel = words.takeFirst();
    camel.front() = camel.front().toLower();
    for (QString &rest : words) {
        rest.front() = rest.front().toUpper();
        camel += rest;
    }
    return camel;
}

QString IdentifierNamer::name(const QString &id)
{
    const QString separator = m_style == Style::Snake ? u"_"_s : QString();
    const QString base = spell(id);
    QString candidate = base;
    for (int suffix = 2; m_taken.contains(candidate); ++suffix)
        candidate = base + separator + QString::number(suffix);
    m_taken.insert(candidate);
    return candidate;
}

QStringList pythonReservedNames()
{
    return {
        // keywords and soft keywords
        u"False"_s, u"None"_s, u"True"_s, u"and"_s, u"as"_s, u"assert"_s, u"async"_s,
        u"await"_s, u"break"_s, u"class"_s, u"continue"_s, u"def"_s, u"del"_s, u"elif"_s,
        u"else"_s, u"except"_s, u"finally"_s, u"for"_s, u"from"_s, u"global"_s, u"if"_s,
        u"import"_s, u"in"_s, u"is"_s, u"lambda"_s, u"nonlocal"_s, u"not"_s, u"or"_s,
        u"pass"_s, u"raise"_s, u"return"_s, u"try"_s, u"while"_s, u"with"_s, u"yield"_s,
        u"match"_s, u"case"_s, u"type"_s, u"_"_s,
        // what the generated program itself uses
        u"asyncio"_s, u"builtins"_s, u"json"_s, u"os"_s, u"sys"_s, u"time"_s, u"print"_s,
        u"float"_s, u"len"_s, u"round"_s, u"bool"_s, u"main"_s, u"tg"_s, u"SCALE"_s,
        u"TIMESTAMPS"_s, u"started"_s, u"prep_time"_s, u"print_with_time"_s,
        u"served"_s, u"ready"_s, u"results"_s, u"error"_s, u"next_done"_s, u"ThreadPoolExecutor"_s,
        u"set"_s, u"all"_s,
    };
}

QStringList cppReservedNames()
{
    return {
        // keywords and alternative tokens
        u"alignas"_s, u"alignof"_s, u"and"_s, u"and_eq"_s, u"asm"_s, u"auto"_s, u"bitand"_s,
        u"bitor"_s, u"bool"_s, u"break"_s, u"case"_s, u"catch"_s, u"char"_s, u"char8_t"_s,
        u"char16_t"_s, u"char32_t"_s, u"class"_s, u"compl"_s, u"concept"_s, u"const"_s,
        u"consteval"_s, u"constexpr"_s, u"constinit"_s, u"const_cast"_s, u"continue"_s,
        u"co_await"_s, u"co_return"_s, u"co_yield"_s, u"decltype"_s, u"default"_s,
        u"delete"_s, u"do"_s, u"double"_s, u"dynamic_cast"_s, u"else"_s, u"enum"_s,
        u"explicit"_s, u"export"_s, u"extern"_s, u"false"_s, u"float"_s, u"for"_s,
        u"friend"_s, u"goto"_s, u"if"_s, u"import"_s, u"inline"_s, u"int"_s, u"long"_s,
        u"module"_s, u"mutable"_s, u"namespace"_s, u"new"_s, u"noexcept"_s, u"not"_s,
        u"not_eq"_s, u"nullptr"_s, u"operator"_s, u"or"_s, u"or_eq"_s, u"private"_s,
        u"protected"_s, u"public"_s, u"register"_s, u"reinterpret_cast"_s, u"requires"_s,
        u"return"_s, u"short"_s, u"signed"_s, u"sizeof"_s, u"static"_s, u"static_assert"_s,
        u"static_cast"_s, u"struct"_s, u"switch"_s, u"template"_s, u"this"_s,
        u"thread_local"_s, u"throw"_s, u"true"_s, u"try"_s, u"typedef"_s, u"typeid"_s,
        u"typename"_s, u"union"_s, u"unsigned"_s, u"using"_s, u"virtual"_s, u"void"_s,
        u"volatile"_s, u"wchar_t"_s, u"while"_s, u"xor"_s, u"xor_eq"_s,
        // Qt's keyword macros
        u"emit"_s, u"signals"_s, u"slots"_s, u"foreach"_s, u"forever"_s,
        // what the generated program itself uses
        u"main"_s, u"print"_s, u"sleep"_s, u"work"_s, u"gather"_s, u"mealTime"_s,
        u"scale"_s, u"cookMeal"_s, u"tg"_s, u"std"_s, u"Qt"_s, u"QCoro"_s,
    };
}

} // namespace Kitchen::CodeText
