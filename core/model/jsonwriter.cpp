// SPDX-License-Identifier: MIT
#include "jsonwriter.h"

using namespace Qt::StringLiterals;

namespace Kitchen {

void JsonWriter::beginObject()
{
    open(u'{');
}

void JsonWriter::endObject()
{
    close(u'}');
}

void JsonWriter::beginArray()
{
    open(u'[');
}

void JsonWriter::endArray()
{
    close(u']');
}

void JsonWriter::key(const QString &name)
{
    beforeValue();
    m_text += quoted(name) + u": "_s;
    m_afterKey = true;
}

void JsonWriter::value(const QString &text)
{
    beforeValue();
    m_text += quoted(text);
}

void JsonWriter::value(int number)
{
    beforeValue();
    m_text += QString::number(number);
}

void JsonWriter::flag(bool on)
{
    beforeValue();
    m_text += on ? u"true"_s : u"false"_s;
}

void JsonWriter::numberText(const QString &text)
{
    beforeValue();
    m_text += text;
}

QByteArray JsonWriter::toUtf8() const
{
    return (m_text + u'\n').toUtf8();
}

QString JsonWriter::quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        switch (c.unicode()) {
        case u'"':
            out += u"\\\""_s;
            continue;
        case u'\\':
            out += u"\\\\"_s;
            continue;
        case u'\n':
            out += u"\\n"_s;
            continue;
        case u'\r':
            out += u"\\r"_s;
            continue;
        case u'\t':
            out += u"\\t"_s;
            continue;
        case u'\b':
            out += u"\\b"_s;
            continue;
        case u'\f':
            out += u"\\f"_s;
            continue;
        default:
            break;
        }
        const bool pairedSurrogate
            = (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            || (c.isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate());
        // Control characters must be escaped; a lone surrogate has no UTF-8 form.
        if (c.unicode() < 0x20 || (c.isSurrogate() && !pairedSurrogate))
            out += u"\\u%1"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0'));
        else
            out += c;
    }
    out += u'"';
    return out;
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levelHasItems.isEmpty())
        return;
    if (m_levelHasItems.last())
        m_text += u',';
    m_levelHasItems.last() = true;
    newLine();
}

void JsonWriter::open(QChar bracket)
{
    beforeValue();
    m_text += bracket;
    m_levelHasItems.append(false);
}

void JsonWriter::close(QChar bracket)
{
    const bool hadItems = m_levelHasItems.takeLast();
    if (hadItems)
        newLine();
    m_text += bracket;
}

void JsonWriter::newLine()
{
    m_text += u'\n';
    m_text += QString(m_levelHasItems.size() * 2, u' ');
}

} // namespace Kitchen
