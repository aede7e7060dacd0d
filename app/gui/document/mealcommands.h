// SPDX-License-Identifier: MIT
#pragma once

#include "mealdocument.h"

#include <QUndoCommand>

// One class per kind of edit, so the editor of issue 4 can add its own next to them.

/** @brief Moves a dish between the shelf and the lanes, or within a lane. */
class MoveDishCommand : public QUndoCommand
{
public:
    MoveDishCommand(MealDocument *document, const QString &dishId, DishPlace to, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    MealDocument *m_document;
    QString m_dishId;
    DishPlace m_from;
    DishPlace m_to;
};

/** @brief Inserts an empty lane. */
class AddLaneCommand : public QUndoCommand
{
public:
    AddLaneCommand(MealDocument *document, int lane, Kitchen::LaneMode mode, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    MealDocument *m_document;
    int m_lane;
    Kitchen::Lane m_content;
    quint64 m_key;
};

/** @brief Removes a lane; its dishes return to the shelf until it is undone. */
class RemoveLaneCommand : public QUndoCommand
{
public:
    RemoveLaneCommand(MealDocument *document, int lane, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    MealDocument *m_document;
    int m_lane;
    Kitchen::Lane m_content;
    quint64 m_key = 0;
};

/** @brief Moves a lane up or down: lanes run top to bottom. */
class MoveLaneCommand : public QUndoCommand
{
public:
    MoveLaneCommand(MealDocument *document, int from, int to, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    MealDocument *m_document;
    int m_from;
    int m_to;
};

/** @brief Switches a lane between sync, gather and TaskGroup. */
class SetLaneModeCommand : public QUndoCommand
{
public:
    SetLaneModeCommand(MealDocument *document, int lane, Kitchen::LaneMode mode, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    MealDocument *m_document;
    int m_lane;
    Kitchen::LaneMode m_old;
    Kitchen::LaneMode m_new;
};

/** @brief Makes a step blocking work, a non-blocking wait, or a helper's job. */
class SetStepKindCommand : public QUndoCommand
{
public:
    SetStepKindCommand(MealDocument *document, int dish, int step, Kitchen::StepKind kind,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    /// "Make “boil” a wait", …: the undo text for a step of @p label becoming @p kind.
    [[nodiscard]] static QString describe(const QString &label, Kitchen::StepKind kind);

private:
    MealDocument *m_document;
    int m_dish;
    int m_step;
    Kitchen::StepKind m_old;
    Kitchen::StepKind m_new;
};

/** @brief Adds a dish (a new one or a copy) to the meal, in a lane or on the shelf. */
class AddDishCommand : public QUndoCommand
{
public:
    AddDishCommand(MealDocument *document, int dish, const Kitchen::Dish &content, DishPlace place,
                   const QString &text, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    MealDocument *m_document;
    int m_dish;
    Kitchen::Dish m_content;
    DishPlace m_place;
};

/** @brief Deletes a dish from the meal and from its lane. */
class RemoveDishCommand : public QUndoCommand
{
public:
    RemoveDishCommand(MealDocument *document, int dish, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    MealDocument *m_document;
    int m_dish;
    Kitchen::Dish m_content;
    DishPlace m_place;
};

/**
 * @brief Replaces one part of the meal (a dish, a lane, the meal's info, the whole meal) with
 * an edited copy. Edits of one field in one typing run merge into a single undo step, and that
 * step goes away when the typing ends where it began.
 */
template<typename Part, int CommandId>
class ReplacePartCommand : public QUndoCommand
{
public:
    /// A non-empty @p field lets the next edit of the same field in the same typing run merge in.
    ReplacePartCommand(MealDocument *document, int index, const Part &before, const Part &after, const QString &text,
                       const QString &field, QUndoCommand *parent)
        : QUndoCommand(text, parent)
        , m_document(document)
        , m_index(index)
        , m_before(before)
        , m_after(after)
        , m_field(field)
        , m_typingRun(document->typingRun())
    {
    }
    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }
    [[nodiscard]] int id() const override { return CommandId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const ReplacePartCommand *>(other);
        if (m_field.isEmpty() || next->m_field != m_field || next->m_index != m_index
            || next->m_typingRun != m_typingRun)
            return false;
        m_after = next->m_after;
        setObsolete(m_after == m_before);
        return true;
    }

protected:
    virtual void apply(const Part &part) = 0;
    [[nodiscard]] MealDocument *document() const { return m_document; }
    [[nodiscard]] int index() const { return m_index; }

private:
    MealDocument *m_document;
    int m_index;
    Part m_before;
    Part m_after;
    QString m_field;
    int m_typingRun;
};

/** @brief Replaces one dish's content (name, station, icon, steps); its id and place stay. */
class EditDishCommand : public ReplacePartCommand<Kitchen::Dish, 1>
{
public:
    EditDishCommand(MealDocument *document, int dish, const Kitchen::Dish &after, const QString &text,
                    const QString &field, QUndoCommand *parent = nullptr);

private:
    void apply(const Kitchen::Dish &dish) override;
};

/** @brief The meal's name, description and unit. */
struct MealInfo {
    QString name;
    QString summary;
    Kitchen::TimeUnit unit = Kitchen::TimeUnit::Minutes;
    bool operator==(const MealInfo &) const = default;
};

/** @brief Changes the meal's name, description or unit. */
class EditMealInfoCommand : public ReplacePartCommand<MealInfo, 2>
{
public:
    EditMealInfoCommand(MealDocument *document, const MealInfo &after, const QString &text, const QString &field,
                        QUndoCommand *parent = nullptr);

private:
    void apply(const MealInfo &info) override;
};

/** @brief Replaces one lane's settings (timeout, forgotten awaits, main()'s steps…); its dishes stay. */
class EditLaneCommand : public ReplacePartCommand<Kitchen::Lane, 3>
{
public:
    EditLaneCommand(MealDocument *document, int lane, const Kitchen::Lane &after, const QString &text,
                    const QString &field, QUndoCommand *parent = nullptr);

private:
    void apply(const Kitchen::Lane &lane) override;
};

/**
 * @brief An edit that reaches across the meal: helpers, appliances (and every step that
 * holds one), the references to a dish that is going. The lanes keep their number.
 */
class EditMealCommand : public ReplacePartCommand<Kitchen::Meal, 4>
{
public:
    EditMealCommand(MealDocument *document, const Kitchen::Meal &after, const QString &text, const QString &field,
                    QUndoCommand *parent = nullptr);
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const Kitchen::Meal &meal) override;
};
