// SPDX-License-Identifier: MIT
#include "lineorder.h"

#include <QHash>

#include <cmath>
#include <deque>

using namespace Qt::StringLiterals;
using namespace Kitchen;

namespace KitchenTest {

namespace {

QString quoted(const QString &text)
{
    return u'"' + QString(text).replace(u"\n"_s, u"\\n"_s) + u'"';
}

OrderCheck failure(const QString &problem)
{
    OrderCheck check;
    check.ok = false;
    check.problem = problem;
    return check;
}

} // namespace

OrderCheck compareLines(const QList<LogEvent> &predicted, const QList<PrintedLine> &printed)
{
    // The same text may be printed more than once: its n-th printing is its n-th prediction.
    QHash<QString, std::deque<qsizetype>> unclaimed;
    for (qsizetype i = 0; i < predicted.size(); ++i)
        unclaimed[predicted[i].text].push_back(i);

    OrderCheck check;
    Ticks previousTime = std::numeric_limits<Ticks>::min();
    QString previousText;
    for (qsizetype n = 0; n < printed.size(); ++n) {
        const PrintedLine &line = printed[n];
        std::deque<qsizetype> &candidates = unclaimed[line.text];
        if (candidates.empty())
            return failure(u"line %1 %2 was printed but not predicted (or once too often)"_s
                               .arg(n + 1)
                               .arg(quoted(line.text)));
        const LogEvent &expected = predicted[candidates.front()];
        candidates.pop_front();

        if (expected.time < previousTime)
            return failure(u"line %1 %2, predicted at %3, came after %4, predicted later at %5"_s
                               .arg(n + 1)
                               .arg(quoted(line.text), formatUnits(expected.time),
                                    quoted(previousText), formatUnits(previousTime)));
        if (line.turn >= 0 && expected.turn >= 0 && line.turn != expected.turn)
            return failure(u"line %1 %2 came in loop turn %3, predicted in turn %4"_s
                               .arg(n + 1)
                               .arg(quoted(line.text))
                               .arg(line.turn)
                               .arg(expected.turn));
        if (line.turn >= 0 && expected.turn >= 0)
            ++check.turnsChecked;
        if (n > 0 && expected.time > previousTime)
            ++check.orderedPairs;
        if (!std::isnan(line.time))
            check.maxDeviation = std::max(check.maxDeviation,
                                          std::abs(line.time - toUnits(expected.time)));
        previousTime = expected.time;
        previousText = line.text;
    }
    for (const LogEvent &event : predicted) {
        if (!unclaimed[event.text].empty())
            return failure(u"%1, predicted at %2, was never printed"_s
                               .arg(quoted(event.text), formatUnits(event.time)));
    }
    return check;
}

} // namespace KitchenTest
