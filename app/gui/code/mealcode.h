// SPDX-License-Identifier: MIT
#pragma once

#include "codecursor.h"
#include "generatedcode.h"
#include "runresult.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <utility>

class KitchenPlayer;
class MealDocument;

Q_MOC_INCLUDE("kitchenplayer.h")
Q_MOC_INCLUDE("mealdocument.h")

/**
 * @brief The document's meal as Python or C++ source, kept up to date as the meal is edited.
 *
 * While the player runs the meal live, reachedLines names the line each dish has got to,
 * so the code panel can follow the run through the program.
 */
class MealCode : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(MealDocument *document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(KitchenPlayer *player READ player WRITE setPlayer NOTIFY playerChanged)
    /// "python" or "cpp".
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString text READ text NOTIFY textChanged)
    Q_PROPERTY(int lineCount READ lineCount NOTIFY textChanged)
    /// 0-based lines the live run's dishes have reached, one per dish under way; empty between runs.
    Q_PROPERTY(QList<int> reachedLines READ reachedLines NOTIFY reachedLinesChanged)

public:
    explicit MealCode(QObject *parent = nullptr);

    [[nodiscard]] MealDocument *document() const { return m_document; }
    void setDocument(MealDocument *document);
    [[nodiscard]] KitchenPlayer *player() const { return m_player; }
    void setPlayer(KitchenPlayer *player);
    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);
    [[nodiscard]] QString text() const { return m_code.text; }
    [[nodiscard]] int lineCount() const { return int(m_code.lines.size()); }
    [[nodiscard]] QList<int> reachedLines() const { return m_reached; }

    /// The 0-based line of the dish's function (`async def` or coroutine), or -1.
    Q_INVOKABLE [[nodiscard]] int functionLine(const QString &dishId) const;
    /// The character position where 0-based @p line starts, for placing marks over the text.
    Q_INVOKABLE [[nodiscard]] int positionOfLine(int line) const;
    /// The dish ids in meal order, for a list of functions to jump to.
    Q_INVOKABLE [[nodiscard]] QStringList dishIds() const;
    /// Puts the whole text on the system clipboard.
    Q_INVOKABLE void copyToClipboard() const;

Q_SIGNALS:
    void documentChanged();
    void playerChanged();
    void languageChanged();
    void textChanged();
    void reachedLinesChanged();

private:
    void regenerate();
    void onStatusChanged();
    void onDishState(int dish, Kitchen::DishState state);
    void setReached(const QList<int> &lines);

    QPointer<MealDocument> m_document;
    QPointer<KitchenPlayer> m_player;
    QString m_language = QStringLiteral("python");
    Kitchen::GeneratedCode m_code;
    QList<int> m_lineStarts; ///< where each line of the text begins, for the line marks of a live run
    std::optional<Kitchen::CodeCursor> m_cursor;
    /// The run's states so far, to replay when the language changes mid-run.
    QList<std::pair<int, Kitchen::DishState>> m_runStates;
    bool m_wasPaused = false;
    QList<int> m_reached;
};
