#include "reportexport.h"

#include "core/documents/annualreport.h"
#include "core/documents/safefilename.h"
#include "documentsettings.h"
#include "reportdocuments.h"

#include <QFileInfo>

namespace tavolo {

using namespace documents;

Result<QString> ReportExport::annual(Archive &archive, int year, Format format,
                                     const QString &folder, const ChartPainter &charts,
                                     QDate written)
{
    if (year < 1900 || year > 9999)
        return Result<QString>::refused(Problem::refused(
            QStringLiteral("YEAR"), tr("The year %1 is not a year of the archive.").arg(year)));
    const AnnualReport report(DocumentSettings(archive).letterhead(),
                              ReportDocuments::annual(archive, year, written), charts);
    const QString extension = format == Format::Odt ? QStringLiteral("odt") : QStringLiteral("pdf");
    const QString path = safefilename::freshPath(
        folder, QFileInfo(report.fileName(extension)).completeBaseName(), extension);
    if (format == Format::Odt) {
        const Result<Done> odt = report.writeOdt(path);
        return odt ? Result<QString>::ok(path) : Result<QString>::from(odt);
    }
    const Result<int> pages = report.writePdf(path);
    return pages ? Result<QString>::ok(path) : Result<QString>::from(pages);
}

} // namespace tavolo
