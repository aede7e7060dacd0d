// SPDX-License-Identifier: MIT
#pragma once

#include "meallint.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class MealDocument;

Q_MOC_INCLUDE("mealdocument.h")

/**
 * @brief The warnings panel: what goes wrong in the document's predicted run, why, and the fix.
 *
 * Each row is one MealWarning from lintRun(), in the order they happen. The rows follow
 * every edit; select() points the document (and so the editor) at the warning's place.
 */
class WarningsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(MealDocument *document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, ///< "blocking-step", "never-awaited", "lost-task", "cancelled-siblings", "not-ready"
        TitleRole,
        ExplanationRole,
        FixRole,
        DishRole,     ///< meal index, or -1
        DishIdRole,   ///< empty without a dish
        DishNameRole, ///< empty without a dish
        StepRole,     ///< step index, or -1
        LaneRole,     ///< lane index, or -1
        AtRole,       ///< when it happened, in meal units
    };
    Q_ENUM(Role)

    explicit WarningsModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] MealDocument *document() const { return m_document; }
    void setDocument(MealDocument *document);
    [[nodiscard]] int count() const { return int(m_warnings.size()); }
    [[nodiscard]] const QList<Kitchen::MealWarning> &warnings() const { return m_warnings; }

    /// Points the document at the place of warning @p row: its dish, step and lane.
    Q_INVOKABLE bool select(int row);
    /// The titles in order, for checks.
    Q_INVOKABLE [[nodiscard]] QStringList titles() const;
    /// The kinds in order, for checks.
    Q_INVOKABLE [[nodiscard]] QStringList kinds() const;

Q_SIGNALS:
    void documentChanged();
    void countChanged();

private:
    /// Lints the document's prediction and announces only the rows that changed.
    void refresh();

    QPointer<MealDocument> m_document;
    Kitchen::Meal m_meal; ///< the meal the warnings are about, for dish ids and names
    QList<Kitchen::MealWarning> m_warnings;
};
