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

namespace {
const QString &pauseSyntax(const DishBodySyntax &syntax, StepKind kind)
{
    switch (kind) {
    case StepKind::Wait:
        return syntax.sleep;
    case StepKind::Work:
        return syntax.work;
    case StepKind::Helper:
        return syntax.helper;
    }
    Q_UNREACHABLE();
    return syntax.sleep;
}
} // namespace

void writeSteps(CodeWriter &out, const QList<Step> &steps, const StepsPlace &place, const DishBodySyntax &syntax)
{
    using Part = CodeLine::Part;
    for (int s = 0; s < steps.size(); ++s) {
        const Step &step = steps[s];
        const CodeLine where{Part::Other, place.dish, s, place.lane};
        const auto at = [&where](Part part) { return CodeLine{part, where.dish, where.step, where.lane}; };
        int depth = place.depth;
        const QString variable = place.applianceVariables.value(step.appliance);
        if (!variable.isEmpty()) {
            const qsizetype appliance = place.meal->applianceIndex(step.appliance);
            const Appliance &details = place.meal->appliances.at(appliance);
            if (!syntax.openPlace.isEmpty())
                out.line(depth++, syntax.openPlace, at(Part::Other));
            out.line(depth, syntax.takePlace.arg(variable, CodeText::commentText(details.name)), at(Part::TakePlace));
            if (syntax.openPlace.isEmpty())
                ++depth;
        }
        if (!step.startMessage.isEmpty())
            out.line(depth, syntax.print.arg(syntax.quote(step.startMessage)), at(Part::StartMessage));
        const QString amount = formatUnits(step.duration);
        QString label = CodeText::commentText(step.label);
        if (!label.isEmpty())
            label += QStringLiteral(": ");
        out.line(depth, pauseSyntax(syntax, step.kind).arg(amount, label, amount, place.unit), at(Part::Pause));
        if (!step.endMessage.isEmpty())
            out.line(depth, syntax.print.arg(syntax.quote(step.endMessage)), at(Part::EndMessage));
        if (!variable.isEmpty() && !syntax.leavePlace.isEmpty())
            out.line(depth - 1, syntax.leavePlace, at(Part::Other));
        if (!step.error.isEmpty())
            out.line(place.depth, syntax.raise.arg(syntax.quote(step.error)), at(Part::Raise));
    }
}

} // namespace Kitchen
