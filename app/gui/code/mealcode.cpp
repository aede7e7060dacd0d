// SPDX-License-Identifier: MIT
#include "mealcode.h"

#include "cppexport.h"
#include "kitchenplayer.h"
#include "mealdocument.h"
#include "pythonexport.h"

#include <QClipboard>
#include <QGuiApplication>

using namespace Qt::StringLiterals;
using namespace Kitchen;

MealCode::MealCode(QObject *parent)
    : QObject(parent)
{
}

void MealCode::setDocument(MealDocument *document)
{
    if (m_document == document)
        return;
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (m_document) {
        connect(m_document, &MealDocument::mealChanged, this, &MealCode::regenerate);
        connect(m_document, &MealDocument::mealOpened, this, &MealCode::regenerate);
    }
    regenerate();
    Q_EMIT documentChanged();
}

void MealCode::setPlayer(KitchenPlayer *player)
{
    if (m_player == player)
        return;
    if (m_player)
        m_player->disconnect(this);
    m_player = player;
    if (m_player) {
        connect(m_player, &KitchenPlayer::statusChanged, this, &MealCode::onStatusChanged);
        connect(m_player, &KitchenPlayer::dishStateChanged, this, &MealCode::onDishState);
    }
    m_runStates.clear();
    regenerate();
    Q_EMIT playerChanged();
}

void MealCode::setLanguage(const QString &language)
{
    if (m_language == language)
        return;
    m_language = language;
    regenerate();
    Q_EMIT languageChanged();
}

int MealCode::functionLine(const QString &dishId) const
{
    if (!m_document)
        return -1;
    const QList<Dish> &dishes = m_document->meal().dishes;
    for (qsizetype dish = 0; dish < dishes.size(); ++dish) {
        if (dishes[dish].id == dishId)
            return m_code.lineOf(CodeLine::Part::DishStart, int(dish));
    }
    return -1;
}

int MealCode::positionOfLine(int line) const
{
    if (line <= 0)
        return 0;
    return line < m_lineStarts.size() ? m_lineStarts.at(line) : int(m_code.text.size());
}

QStringList MealCode::dishIds() const
{
    QStringList ids;
    if (m_document) {
        for (const Dish &dish : m_document->meal().dishes)
            ids << dish.id;
    }
    return ids;
}

void MealCode::copyToClipboard() const
{
    QGuiApplication::clipboard()->setText(m_code.text);
}

void MealCode::regenerate()
{
    const Meal meal = m_document ? m_document->meal() : Meal{};
    m_code = m_language == u"cpp" ? exportCpp(meal) : exportPython(meal);
    m_lineStarts = {0};
    for (qsizetype i = 0; i < m_code.text.size(); ++i) {
        if (m_code.text.at(i) == u'\n')
            m_lineStarts << int(i + 1);
    }
    // A new program: follow the run so far through it, if there is one.
    m_cursor.emplace(m_code, meal.dishes.size());
    for (const auto &[dish, state] : std::as_const(m_runStates))
        m_cursor->onDishState(dish, state);
    Q_EMIT textChanged();
    setReached(m_cursor->lines());
}

void MealCode::onStatusChanged()
{
    using Status = KitchenPlayer::Status;
    const Status status = m_player->status();
    // A run starts afresh unless it only resumes; stopping or inspecting the prediction
    // shows no live run at all.
    const bool resumed = status == Status::Playing && m_wasPaused;
    m_wasPaused = status == Status::Paused;
    if (status == Status::Paused || status == Status::Finished || resumed)
        return;
    m_runStates.clear();
    m_cursor->reset();
    setReached({});
}

void MealCode::onDishState(int dish, DishState state)
{
    m_runStates.append({dish, state});
    m_cursor->onDishState(dish, state);
    setReached(m_cursor->lines());
}

void MealCode::setReached(const QList<int> &lines)
{
    if (m_reached == lines)
        return;
    m_reached = lines;
    Q_EMIT reachedLinesChanged();
}
