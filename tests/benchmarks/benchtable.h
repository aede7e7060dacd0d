// SPDX-License-Identifier: MIT
#pragma once
// Shared bits of the benchmark programs: measuring memory, running the CPython peer, printing tables.

#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTextStream>

#include <algorithm>

namespace BenchTable {

/// A field of /proc/self/status in KiB, e.g. "VmHWM" (peak resident) or "VmRSS".
inline qint64 procStatusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field) + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

/// Runs a program and returns its standard output split into words; empty on failure.
inline QStringList runForWords(const QString &program, const QStringList &arguments, int timeoutMs = 600'000)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).simplified().split(u' ');
}

/// A percentile of @p values (0..100), nearest rank.
inline double percentile(QList<double> values, double rank)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(std::ceil(rank / 100.0 * double(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

/** Prints a Markdown table, so the output can be pasted into notes as it is. */
class Table
{
public:
    explicit Table(QStringList header)
        : m_rows{std::move(header)}
    {
    }
    void add(QStringList row) { m_rows.append(std::move(row)); }
    void print() const
    {
        QTextStream out(stdout);
        for (qsizetype r = 0; r < m_rows.size(); ++r) {
            out << "| " << m_rows[r].join(QStringLiteral(" | ")) << " |\n";
            if (r == 0)
                out << "|" << QStringLiteral("---|").repeated(m_rows[0].size()) << "\n";
        }
        out.flush();
    }

private:
    QList<QStringList> m_rows;
};

inline QString verdict(bool met)
{
    return met ? QStringLiteral("met") : QStringLiteral("MISSED");
}

} // namespace BenchTable
