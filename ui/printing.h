#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTextDocument> // PrintJob owns its documents
#include <memory>
#include <vector>

class QPrinter;
class QWidget;

namespace tavolo {

// What a page or a dialog prints: documents laid out like the PDFs (documents::PagedOutput),
// each from a new page, each with its footer line.
struct PrintJob
{
    QString title; // the printer queue's name for the job
    std::vector<std::unique_ptr<QTextDocument>> documents;
    QList<QString> footers; // one per document

    bool isEmpty() const { return documents.empty(); }
    void add(std::unique_ptr<QTextDocument> document, const QString &footer);
};

// Printing through the system's print dialog: the 300 dpi layout of the PDFs, scaled
// to the printer's page, painted page by page. The same pages as the exported PDFs.
class Printing
{
    Q_DECLARE_TR_FUNCTIONS(Printing)

public:
    // Paints every page of `job` on `printer` (already set up: a device, a PDF file in tests);
    // returns the pages painted, 0 when the printer could not be started.
    static int paint(QPrinter &printer, const PrintJob &job);
    // QPrintDialog, then the pages; false when the clerk cancelled or the printer refused.
    static bool print(QWidget *parent, const PrintJob &job);
    // QPrintPreviewDialog (its own Print button opens the print dialog).
    static void preview(QWidget *parent, const PrintJob &job);

private:
    static void setUp(QPrinter &printer, const PrintJob &job);
};

} // namespace tavolo
