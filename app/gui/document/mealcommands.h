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

/** @brief Replaces one dish's content (name, station, icon, steps); its id and place stay. */
class EditDishCommand : public QUndoCommand
{
public:
    /// A non-empty @p field lets the next edit of the same field in the same typing run merge in.
    EditDishCommand(MealDocument *document, int dish, const Kitchen::Dish &after, const QString &text,
                    const QString &field, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    [[nodiscard]] int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    MealDocument *m_document;
    int m_dish;
    Kitchen::Dish m_before;
    Kitchen::Dish m_after;
    QString m_field;
    int m_typingRun;
};

/** @brief Changes the meal's name, description or unit. */
class EditMealInfoCommand : public QUndoCommand
{
public:
    struct Info {
        QString name;
        QString summary;
        Kitchen::TimeUnit unit = Kitchen::TimeUnit::Minutes;
        bool operator==(const Info &) const = default;
    };

    EditMealInfoCommand(MealDocument *document, const Info &after, const QString &text, const QString &field,
                        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    [[nodiscard]] int id() const override { return 2; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const Info &info);

    MealDocument *m_document;
    Info m_before;
    Info m_after;
    QString m_field;
    int m_typingRun;
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

/** @brief Replaces one lane's settings (timeout, forgotten awaits, main()'s steps…); its dishes stay. */
class EditLaneCommand : public QUndoCommand
{
public:
    /// A non-empty @p field lets the next edit of the same field in the same typing run merge in.
    EditLaneCommand(MealDocument *document, int lane, const Kitchen::Lane &after, const QString &text,
                    const QString &field, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    [[nodiscard]] int id() const override { return 3; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    MealDocument *m_document;
    int m_lane;
    Kitchen::Lane m_before;
    Kitchen::Lane m_after;
    QString m_field;
    int m_typingRun;
};

/**
 * @brief An edit that reaches across the meal: helpers, appliances (and every step that
 * holds one), the references to a dish that is going. The lanes keep their number.
 */
class EditMealCommand : public QUndoCommand
{
public:
    EditMealCommand(MealDocument *document, const Kitchen::Meal &after, const QString &text, const QString &field,
                    QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    [[nodiscard]] int id() const override { return 4; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    MealDocument *m_document;
    Kitchen::Meal m_before;
    Kitchen::Meal m_after;
    QString m_field;
    int m_typingRun;
};
