// SPDX-License-Identifier: MIT
#include "generatedcode.h"

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

} // namespace Kitchen
