#pragma once

#include "core/domain/result.h"
#include "pdfmetadata.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPageLayout>

class QIODevice;
class QPainter;
class QPaintDevice;
class QTextDocument;

namespace tavolo::documents {

// Lays out QTextDocuments on A4 pages with a footer line and writes them as PDF/A-1b
// (fonts embedded, text selectable) or paints one page as an image for previews.
// Several documents go into one PDF, each starting on a new page: the combined letters.
class PagedOutput
{
    Q_DECLARE_TR_FUNCTIONS(PagedOutput)

public:
    static constexpr int Resolution = 300; // dots per inch of the layout and the PDF

    // A4 portrait, margins of about 2 cm; the footer sits in the bottom margin band.
    static QPageLayout pageLayout();
    // "Tavolo Serif": DejaVu Serif cut and unhinted (resources/documents/fonts), registered
    // on first use. Everything here needs a QGuiApplication (the CLI too: offscreen is enough).
    static QString fontFamily();
    static void registerFonts();
    // A refusal when there is no QGuiApplication (fonts and QTextDocument layout need one),
    // so a front end that forgot it gets an error instead of a crash.
    static Problems unavailable();

    // The 300 dpi device every document is laid out against, for the PDF and the previews.
    static QPaintDevice *layoutDevice();
    // Sets the layout device, no document margin and the page size (what is left of A4 by
    // the margins and the footer). Called on a new document before its content is set, so
    // that it is laid out only once; each later call changes nothing unless needed.
    static void prepare(QTextDocument &document);
    // prepare(), then the number of pages.
    static int layout(QTextDocument &document);
    // Paints page `page` (0-based) of an already laid-out document at the painter's origin.
    static void paintPage(QPainter &painter, const QTextDocument &document, int page,
                          const QString &footer, int pageCount);

    // Writes all documents to `device` (a file or buffer), each from a new page; returns the
    // number of pages of each document, in order.
    static Result<QList<int>> writePdf(QIODevice *device, const QList<QTextDocument *> &documents,
                                       const QList<QString> &footers, const PdfMetadata &metadata);
    // The same to a file, atomically (QSaveFile, through PdfSplitter::writeWhole so that the
    // Info dictionary says what the XMP packet says): a failed write leaves no half file;
    // returns the pages written.
    static Result<int> writePdfFile(const QString &path, const QList<QTextDocument *> &documents,
                                    const QList<QString> &footers, const PdfMetadata &metadata);

    // The document as OpenDocument Text, atomically (QSaveFile), for the clerk who goes on
    // writing it in LibreOffice or Word: the minutes, the annual report.
    static Result<Done> writeOdtFile(const QString &path, QTextDocument &document);

    // Page `page` as an image at `dpi`, white background, for the GUI's preview.
    static QImage renderPage(QTextDocument &document, int page, const QString &footer, int dpi);
};

} // namespace tavolo::documents
