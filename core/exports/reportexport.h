#pragma once

#include "core/documents/annualreportdata.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QDate>

namespace tavolo {

class Archive;

// The annual report of a year written into a folder, as PDF/A-1b or as an editable ODT, under
// a name safe on Windows that no file there has yet ("Relazione annuale 2026.pdf"). The charts
// are drawn by `charts` (tavolo_charts' Qt Charts painter in the GUI and the CLI); without one
// the report has no bar charts. The file's path, or the refusal.
class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)
public:
    enum class Format { Pdf, Odt };

    static Result<QString> annual(Archive &archive, int year, Format format, const QString &folder,
                                  const documents::ChartPainter &charts, QDate written);
};

} // namespace tavolo
