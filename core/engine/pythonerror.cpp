// SPDX-License-Identifier: MIT
#include "pythonerror.h"

#include <QChar>

using namespace Qt::StringLiterals;

namespace Kitchen {

namespace {

/// Python's str.isprintable(), the test repr() uses to decide what to escape.
bool isPrintable(char32_t code)
{
    if (code == U' ')
        return true;
    switch (QChar::category(code)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return false;
    default:
        return true;
    }
}

QString escaped(char32_t code)
{
    if (code < 0x100)
        return u"\\x%1"_s.arg(uint(code), 2, 16, QChar(u'0'));
    if (code < 0x10000)
        return u"\\u%1"_s.arg(uint(code), 4, 16, QChar(u'0'));
    return u"\\U%1"_s.arg(uint(code), 8, 16, QChar(u'0'));
}

} // namespace

QString pythonRepr(const QString &text)
{
    // Single quotes, unless the text has single quotes and no double ones.
    const QChar quote = text.contains(u'\'') && !text.contains(u'"') ? u'"' : u'\'';
    QString out = quote;
    for (const char32_t code : text.toUcs4()) {
        if (code == quote.unicode() || code == U'\\')
            out += u'\\' + QChar(code);
        else if (code == U'\n')
            out += u"\\n"_s;
        else if (code == U'\r')
            out += u"\\r"_s;
        else if (code == U'\t')
            out += u"\\t"_s;
        else if (!isPrintable(code))
            out += escaped(code);
        else
            out += QString::fromUcs4(&code, 1);
    }
    return out + quote;
}

PythonError PythonError::runtimeError(const QString &message, int dish)
{
    return PythonError(u"RuntimeError(%1)"_s.arg(pythonRepr(message)), dish);
}

PythonError PythonError::exceptionGroup(const QStringList &errorReprs)
{
    return PythonError(u"ExceptionGroup('unhandled errors in a TaskGroup', [%1])"_s.arg(errorReprs.join(u", ")));
}

} // namespace Kitchen
