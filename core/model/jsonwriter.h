// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Kitchen {

/**
 * @brief Writes indented JSON with keys in the order they are given.
 *
 * QJsonDocument sorts keys alphabetically, which would put a meal's "dishes"
 * above its "format" and "name"; saved files should read top to bottom.
 */
class JsonWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// Starts an object member; the next call writes its value.
    void key(const QString &name);

    void value(const QString &text);
    void value(int number);
    void flag(bool on);
    /// A number already formatted as JSON, e.g. "4.9" from formatUnits().
    void numberText(const QString &text);

    /// The document so far, as UTF-8 with a final newline.
    [[nodiscard]] QByteArray toUtf8() const;

    /// @p text as a JSON string literal, quotes included.
    [[nodiscard]] static QString quoted(const QString &text);

private:
    void beforeValue();
    void open(QChar bracket);
    void close(QChar bracket);
    void newLine();

    QString m_text;
    QList<bool> m_levelHasItems; ///< one entry per open object or array
    bool m_afterKey = false;
};

} // namespace Kitchen
