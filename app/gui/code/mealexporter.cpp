// SPDX-License-Identifier: MIT
#include "mealexporter.h"

#include "cppexport.h"
#include "csvexport.h"
#include "mealdocument.h"
#include "mealfile.h"
#include "pythonexport.h"
#include "timelineimage.h"
#include "traceexport.h"

#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;
using namespace Kitchen;

namespace {

/// The text formats; empty for PNG and unknown formats.
QByteArray textExport(const QString &format, const MealDocument &document)
{
    if (format == u"python")
        return exportPython(document.meal()).text.toUtf8();
    if (format == u"cpp")
        return exportCpp(document.meal()).text.toUtf8();
    if (format == u"trace")
        return exportTrace(document.prediction());
    if (format == u"csv")
        return exportCsv(document.prediction());
    if (format == u"json")
        return writeMeal(document.meal());
    return {};
}

QString fileSuffix(const QString &format)
{
    if (format == u"python")
        return u".py"_s;
    if (format == u"cpp")
        return u".cpp"_s;
    if (format == u"trace")
        return u"-trace.json"_s;
    if (format == u"csv")
        return u".csv"_s;
    if (format == u"png")
        return u".png"_s;
    return u".json"_s;
}

} // namespace

MealExporter::MealExporter(QObject *parent)
    : QObject(parent)
{
}

void MealExporter::setDocument(MealDocument *document)
{
    if (m_document == document)
        return;
    m_document = document;
    Q_EMIT documentChanged();
}

bool MealExporter::exportTo(const QString &format, const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (!m_document)
        return finish(false, path, tr("There is no meal to export."));
    if (path.isEmpty())
        return finish(false, path, tr("No file was chosen."));
    if (!file.isLocalFile() && !file.isRelative())
        return finish(false, path, tr("Cannot write to “%1”: only local files can be written.").arg(file.toString()));

    if (format == u"png") {
        QString error;
        if (!saveTimelinePng(m_document->prediction(), path, &error))
            return finish(false, path, tr("Cannot write “%1”: %2").arg(path, error));
        return finish(true, path, {});
    }
    const QByteArray data = textExport(format, *m_document);
    if (data.isEmpty())
        return finish(false, path, tr("Unknown export format “%1”.").arg(format));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit())
        return finish(false, path, tr("Cannot write “%1”: %2").arg(path, out.errorString()));
    return finish(true, path, {});
}

QString MealExporter::suggestedFileName(const QString &format) const
{
    QString base = u"meal"_s;
    if (m_document && !m_document->source().isEmpty())
        base = QFileInfo(m_document->source()).completeBaseName();
    return base + fileSuffix(format);
}

bool MealExporter::finish(bool ok, const QString &path, const QString &error)
{
    m_errorString = error;
    if (ok)
        m_lastPath = path;
    Q_EMIT exported(ok);
    return ok;
}
