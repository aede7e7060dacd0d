// SPDX-License-Identifier: MIT
#include "csvexport.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Kitchen {

namespace {

/// A field is quoted when it holds a separator, a quote or a line break; quotes double.
QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n')
        && !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

} // namespace

QByteArray exportCsv(const RunResult &run)
{
    const QString unit = toString(run.meal.unit);
    QString csv = QString::fromLatin1(csvHeader) + u"\r\n"_s;
    for (const Segment &segment : run.timeline) {
        const QStringList row{csvField(run.dishId(segment.dish)),
                              csvField(run.dishName(segment.dish)),
                              toString(segment.state),
                              formatUnits(segment.start),
                              formatUnits(segment.end),
                              formatUnits(segment.end - segment.start),
                              unit};
        csv += row.join(u',') + u"\r\n"_s;
    }
    return csv.toUtf8();
}

} // namespace Kitchen
