// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QPointer>
#include <QQuickTextDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSyntaxHighlighter>
#include <QtQml/qqmlregistration.h>

/**
 * @brief Colours Python or C++ source in a QML TextArea: keywords, strings, comments, numbers.
 *
 * Set textDocument to the TextArea's textDocument. The colours come from QML,
 * so the theme singleton decides them for light and dark alike.
 */
class CodeHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QQuickTextDocument *textDocument READ textDocument WRITE setTextDocument NOTIFY textDocumentChanged)
    /// "python" or "cpp".
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QColor keywordColor READ keywordColor WRITE setKeywordColor NOTIFY paletteChanged)
    Q_PROPERTY(QColor stringColor READ stringColor WRITE setStringColor NOTIFY paletteChanged)
    Q_PROPERTY(QColor commentColor READ commentColor WRITE setCommentColor NOTIFY paletteChanged)
    Q_PROPERTY(QColor numberColor READ numberColor WRITE setNumberColor NOTIFY paletteChanged)

public:
    explicit CodeHighlighter(QObject *parent = nullptr);

    [[nodiscard]] QQuickTextDocument *textDocument() const { return m_textDocument; }
    void setTextDocument(QQuickTextDocument *textDocument);
    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);

    [[nodiscard]] QColor keywordColor() const { return m_keyword.foreground().color(); }
    void setKeywordColor(const QColor &color);
    [[nodiscard]] QColor stringColor() const { return m_string.foreground().color(); }
    void setStringColor(const QColor &color);
    [[nodiscard]] QColor commentColor() const { return m_comment.foreground().color(); }
    void setCommentColor(const QColor &color);
    [[nodiscard]] QColor numberColor() const { return m_number.foreground().color(); }
    void setNumberColor(const QColor &color);

Q_SIGNALS:
    void textDocumentChanged();
    void languageChanged();
    void paletteChanged();

protected:
    void highlightBlock(const QString &text) override;

private:
    void setColor(QTextCharFormat &format, const QColor &color);

    QPointer<QQuickTextDocument> m_textDocument;
    QString m_language = QStringLiteral("python");
    QRegularExpression m_tokens;
    QSet<QString> m_keywords;
    QTextCharFormat m_keyword;
    QTextCharFormat m_string;
    QTextCharFormat m_comment;
    QTextCharFormat m_number;
};
