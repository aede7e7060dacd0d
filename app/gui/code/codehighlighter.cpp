// SPDX-License-Identifier: MIT
#include "codehighlighter.h"

#include <QQuickTextDocument>

using namespace Qt::StringLiterals;

namespace {

// One pattern per language; the first alternative that matches at a place wins,
// so a "#" inside a string stays part of the string.
const auto pythonTokens = uR"((?<comment>#.*)|(?<string>\b[rRbBfFuU]{1,2}(?="|')(?:"(?:[^"\\]|\\.)*"?|'(?:[^'\\]|\\.)*'?)|"(?:[^"\\]|\\.)*"?|'(?:[^'\\]|\\.)*'?)|(?<number>\b\d[\d_]*(?:\.\d+)?(?:[eE][+-]?\d+)?\b)|(?<word>\b[A-Za-z_]\w*\b))"_s;
const auto cppTokens = uR"((?<comment>//.*)|(?<keyword>^\s*#\s*\w+)|(?<string>\b(?:u8|u|U|L)?"(?:[^"\\]|\\.)*"?(?:_s)?|"(?:[^"\\]|\\.)*"?(?:_s)?|'(?:[^'\\]|\\.)*'?|(?<=#include )<[^>]*>)|(?<number>\b\d[\d']*(?:\.\d+)?(?:[eE][+-]?\d+)?[a-zA-Z]*\b)|(?<word>\b[A-Za-z_]\w*\b))"_s;

const QSet<QString> pythonKeywords{
    u"False"_s, u"None"_s,   u"True"_s,    u"and"_s,    u"as"_s,       u"assert"_s, u"async"_s,
    u"await"_s, u"break"_s,  u"class"_s,   u"continue"_s, u"def"_s,    u"del"_s,    u"elif"_s,
    u"else"_s,  u"except"_s, u"finally"_s, u"for"_s,    u"from"_s,     u"global"_s, u"if"_s,
    u"import"_s, u"in"_s,    u"is"_s,      u"lambda"_s, u"nonlocal"_s, u"not"_s,    u"or"_s,
    u"pass"_s,  u"raise"_s,  u"return"_s,  u"try"_s,    u"while"_s,    u"with"_s,   u"yield"_s,
};
const QSet<QString> cppKeywords{
    u"auto"_s,     u"bool"_s,      u"break"_s,    u"case"_s,     u"catch"_s,     u"char"_s,
    u"class"_s,    u"co_await"_s,  u"co_return"_s, u"co_yield"_s, u"const"_s,    u"constexpr"_s,
    u"continue"_s, u"default"_s,   u"delete"_s,   u"do"_s,       u"double"_s,    u"else"_s,
    u"enum"_s,     u"explicit"_s,  u"false"_s,    u"for"_s,      u"if"_s,        u"inline"_s,
    u"int"_s,      u"long"_s,      u"namespace"_s, u"new"_s,     u"noexcept"_s,  u"nullptr"_s,
    u"operator"_s, u"override"_s,  u"private"_s,  u"protected"_s, u"public"_s,   u"return"_s,
    u"static"_s,   u"static_cast"_s, u"struct"_s, u"switch"_s,   u"template"_s,  u"this"_s,
    u"throw"_s,    u"true"_s,      u"try"_s,      u"typename"_s, u"unsigned"_s,  u"using"_s,
    u"virtual"_s,  u"void"_s,      u"while"_s,
};

} // namespace

CodeHighlighter::CodeHighlighter(QObject *parent)
    : QSyntaxHighlighter(parent)
{
    m_keyword.setFontWeight(QFont::Bold);
    m_comment.setFontItalic(true);
    setKeywordColor(QColor(0x4b, 0x55, 0xb8));
    setStringColor(QColor(0x1f, 0x7a, 0x6f));
    setCommentColor(QColor(0x6f, 0x67, 0x5c));
    setNumberColor(QColor(0xb5, 0x5f, 0x12));
    setLanguage(m_language);
}

void CodeHighlighter::setTextDocument(QQuickTextDocument *textDocument)
{
    if (m_textDocument == textDocument)
        return;
    m_textDocument = textDocument;
    setDocument(textDocument ? textDocument->textDocument() : nullptr);
    Q_EMIT textDocumentChanged();
}

void CodeHighlighter::setLanguage(const QString &language)
{
    const bool cpp = language == u"cpp";
    m_tokens = QRegularExpression(cpp ? cppTokens : pythonTokens);
    Q_ASSERT_X(m_tokens.isValid(), "CodeHighlighter", qPrintable(m_tokens.errorString()));
    m_keywords = cpp ? cppKeywords : pythonKeywords;
    if (m_language == language)
        return;
    m_language = language;
    rehighlight();
    Q_EMIT languageChanged();
}

void CodeHighlighter::setColor(QTextCharFormat &format, const QColor &color)
{
    if (format.foreground().color() == color && format.hasProperty(QTextFormat::ForegroundBrush))
        return;
    format.setForeground(color);
    rehighlight();
    Q_EMIT paletteChanged();
}

void CodeHighlighter::setKeywordColor(const QColor &color)
{
    setColor(m_keyword, color);
}

void CodeHighlighter::setStringColor(const QColor &color)
{
    setColor(m_string, color);
}

void CodeHighlighter::setCommentColor(const QColor &color)
{
    setColor(m_comment, color);
}

void CodeHighlighter::setNumberColor(const QColor &color)
{
    setColor(m_number, color);
}

void CodeHighlighter::highlightBlock(const QString &text)
{
    // The generated code has no multi-line strings or comments: each line stands alone.
    QRegularExpressionMatchIterator tokens = m_tokens.globalMatch(text);
    while (tokens.hasNext()) {
        const QRegularExpressionMatch token = tokens.next();
        const auto start = int(token.capturedStart());
        const auto length = int(token.capturedLength());
        if (token.capturedStart(u"comment") >= 0)
            setFormat(start, length, m_comment);
        else if (token.capturedStart(u"string") >= 0)
            setFormat(start, length, m_string);
        else if (token.capturedStart(u"number") >= 0)
            setFormat(start, length, m_number);
        else if (token.capturedStart(u"keyword") >= 0 || m_keywords.contains(token.captured()))
            setFormat(start, length, m_keyword);
    }
}
