// SPDX-License-Identifier: MIT
#include "generatedcode.h"

#include "codetext.h"

namespace Kitchen {

int GeneratedCode::lineOf(CodeLine::Part part, int dish, int step) const
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const CodeLine &where = lines[i];
        if (where.part == part && where.dish == dish && where.step == step)
            return int(i);
    }
    return -1;
}

void CodeWriter::line(int depth, const QString &text, const CodeLine &where)
{
    Q_ASSERT(!text.contains(u'\n')); // the line map counts on one entry per line
    if (!text.isEmpty())
        m_code.text += QString(depth * m_indentWidth, u' ') + text;
    m_code.text += u'\n';
    m_code.lines.append(where);
}

void writeDishSteps(CodeWriter &out, const Dish &dish, int dishIndex, const QString &unit,
                    const DishBodySyntax &syntax)
{
    using Part = CodeLine::Part;
    for (int s = 0; s < dish.steps.size(); ++s) {
        const Step &step = dish.steps[s];
        if (!step.startMessage.isEmpty())
            out.line(1, syntax.print.arg(syntax.quote(step.startMessage)), {Part::StartMessage, dishIndex, s});
        const QString amount = formatUnits(step.duration);
        QString label = CodeText::commentText(step.label);
        if (!label.isEmpty())
            label += QStringLiteral(": ");
        const QString &pause = step.kind == StepKind::Wait ? syntax.sleep : syntax.work;
        out.line(1, pause.arg(amount, label, amount, unit), {Part::Pause, dishIndex, s});
        if (!step.endMessage.isEmpty())
            out.line(1, syntax.print.arg(syntax.quote(step.endMessage)), {Part::EndMessage, dishIndex, s});
        if (!step.error.isEmpty())
            out.line(1, syntax.raise.arg(syntax.quote(step.error)), {Part::Raise, dishIndex, s});
    }
}

} // namespace Kitchen
