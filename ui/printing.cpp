#include "printing.h"

#include "core/documents/pagedoutput.h"

#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace tavolo {

using documents::PagedOutput;

void PrintJob::add(std::unique_ptr<QTextDocument> document, const QString &footer)
{
    documents.push_back(std::move(document));
    footers << footer;
}

void Printing::setUp(QPrinter &printer, const PrintJob &job)
{
    // A4 with the PDFs' margins, which the print dialog may change (another paper, a printer
    // that cannot print so near the edge): paint() fits the layout to whatever is chosen.
    printer.setPageLayout(PagedOutput::pageLayout());
    printer.setDocName(job.title);
    printer.setCreator(QCoreApplication::applicationName());
}

int Printing::paint(QPrinter &printer, const PrintJob &job)
{
    QPainter painter;
    if (job.isEmpty() || !painter.begin(&printer))
        return 0;
    // The layout's printable area (A4 within the PDFs' margins) at 300 dpi, scaled into the
    // printer's own printable area, keeping the proportions, at the printer's resolution.
    const QRectF layout = PagedOutput::pageLayout().paintRectPixels(PagedOutput::Resolution);
    const QRectF target = printer.pageLayout().paintRectPixels(printer.resolution());
    const qreal scale = qMin(target.width() / layout.width(), target.height() / layout.height());
    int painted = 0;
    for (std::size_t i = 0; i < job.documents.size(); ++i) {
        QTextDocument &document = *job.documents.at(i);
        const int count = PagedOutput::layout(document);
        for (int page = 0; page < count; ++page) {
            if (painted > 0)
                printer.newPage();
            painter.save();
            painter.scale(scale, scale);
            PagedOutput::paintPage(painter, document, page, job.footers.value(qsizetype(i)), count);
            painter.restore();
            ++painted;
        }
    }
    painter.end();
    return painted;
}

bool Printing::print(QWidget *parent, const PrintJob &job)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, job);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print %1").arg(job.title));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (paint(printer, job) > 0)
        return true;
    QMessageBox::warning(parent, dialog.windowTitle(),
                         tr("The printer could not be started: check that it is on and "
                            "connected, or choose another."));
    return false;
}

void Printing::preview(QWidget *parent, const PrintJob &job)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, job);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreview"));
    dialog.setWindowTitle(tr("Print preview: %1").arg(job.title));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&job](QPrinter *target) { paint(*target, job); });
    dialog.exec();
}

} // namespace tavolo
