// SPDX-License-Identifier: MIT
#include "mealsaver.h"

#include "mealfile.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Kitchen {

namespace {
SaveResult failure(const QString &path, const QString &why)
{
    return { u"%1: could not save: %2; the file on disk was left as it was"_s.arg(path, why) };
}
} // namespace

SaveResult writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    // The fallback would write straight into the old file, and a failure then would ruin it.
    file.setDirectWriteFallback(false);
    // Unbuffered: Qt 6.4's commit() does not notice a failed flush of buffered data, and
    // would rename a truncated file over the old one (checked with a full disk).
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return failure(path, file.errorString());
    // A full disk first gives a short write, with no reason; the next write gives the reason.
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 count = file.write(bytes.constData() + written, bytes.size() - written);
        if (count <= 0) {
            const QString why = file.errorString();
            file.cancelWriting();
            return failure(path, why);
        }
        written += count;
    }
    if (file.error() != QFileDevice::NoError) {
        const QString why = file.errorString();
        file.cancelWriting();
        return failure(path, why);
    }
    // commit() syncs and renames over the old file only if all went well.
    if (!file.commit())
        return failure(path, file.errorString());
    return {};
}

SaveResult saveMealFile(const QString &path, const Meal &meal)
{
    return writeFileAtomically(path, writeMeal(meal));
}

} // namespace Kitchen
