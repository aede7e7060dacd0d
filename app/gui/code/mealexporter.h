// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class MealDocument;

Q_MOC_INCLUDE("mealdocument.h")

/**
 * @brief Writes the document's meal, its code or its predicted run to a file, as the CLI does.
 *
 * Formats: "png" (the timeline), "trace" (Chrome trace JSON), "csv", "python", "cpp"
 * and "json" (the meal file). A file is replaced only once it is written completely.
 */
class MealExporter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(MealDocument *document READ document WRITE setDocument NOTIFY documentChanged)
    /// Why the last export failed, in one sentence; empty after a success.
    Q_PROPERTY(QString errorString READ errorString NOTIFY exported)
    /// Where the last successful export went, as a local path.
    Q_PROPERTY(QString lastPath READ lastPath NOTIFY exported)

public:
    explicit MealExporter(QObject *parent = nullptr);

    [[nodiscard]] MealDocument *document() const { return m_document; }
    void setDocument(MealDocument *document);
    [[nodiscard]] QString errorString() const { return m_errorString; }
    [[nodiscard]] QString lastPath() const { return m_lastPath; }

    /// Writes @p format to @p file (a local file URL or path); false with errorString on failure.
    Q_INVOKABLE bool exportTo(const QString &format, const QUrl &file);
    /// A file name for @p format after the meal: "lunch.py", "lunch-trace.json"…
    Q_INVOKABLE [[nodiscard]] QString suggestedFileName(const QString &format) const;

Q_SIGNALS:
    void documentChanged();
    /// An export finished, well or not.
    void exported(bool ok);

private:
    bool finish(bool ok, const QString &path, const QString &error);

    QPointer<MealDocument> m_document;
    QString m_errorString;
    QString m_lastPath;
};
