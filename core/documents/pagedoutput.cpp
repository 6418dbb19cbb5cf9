#include "pagedoutput.h"

#include "pdfsplitter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <numeric>

namespace tavolo::documents {

namespace {

constexpr qreal FooterBandMm = 11.0; // reserved at the bottom of the paint rect

qreal mmToPixels(qreal mm)
{
    return mm / 25.4 * PagedOutput::Resolution;
}

QRectF paintRectPixels()
{
    return PagedOutput::pageLayout().paintRectPixels(PagedOutput::Resolution);
}

} // namespace

QPageLayout PagedOutput::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(20.0, 15.0, 20.0, 12.0), QPageLayout::Millimeter);
}

QString PagedOutput::fontFamily()
{
    registerFonts();
    return QStringLiteral("Tavolo Serif");
}

void PagedOutput::registerFonts()
{
    // Shipped with the program (resources/documents/fonts): the clerk's Windows PC has no
    // DejaVu, and every PDF must embed the same font whatever the machine. Fonts need a
    // QGuiApplication; without one this is retried on the next call.
    static bool registered = false;
    if (registered || !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return;
    registered = true;
    for (const char *style : {"Regular", "Bold", "Italic"}) {
        QFontDatabase::addApplicationFont(
            QStringLiteral(":/documents/fonts/TavoloSerif-%1.ttf").arg(QLatin1String(style)));
    }
}

Problems PagedOutput::unavailable()
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    return {
        Problem::refused(QStringLiteral("PDF"),
                         tr("Documents can only be rendered by a program with a "
                            "QGuiApplication (use QT_QPA_PLATFORM=offscreen without a display)."))};
}

QPaintDevice *PagedOutput::layoutDevice()
{
    // Text is laid out once, at the PDF's resolution, and the same layout is painted into the
    // PDF and into previews: a paint device of 300 dpi is all the layout asks of either.
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_RGB32);
        const int dotsPerMeter = qRound(Resolution / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        return image;
    }();
    return &device;
}

void PagedOutput::prepare(QTextDocument &document)
{
    // Every change below lays the whole document out again, so each is made only when needed;
    // made before the content is set, the document is laid out once, as it is filled.
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const bool otherDevice = layout->paintDevice() != layoutDevice();
    if (otherDevice)
        layout->setPaintDevice(layoutDevice());
    if (document.documentMargin() != 0)
        document.setDocumentMargin(0);
    const QRectF rect = paintRectPixels();
    const QSizeF page(rect.width(), rect.height() - mmToPixels(FooterBandMm));
    if (document.pageSize() != page)
        document.setPageSize(page);
    else if (otherDevice && !document.isEmpty())
        document.markContentsDirty(0, document.characterCount());
}

int PagedOutput::layout(QTextDocument &document)
{
    prepare(document);
    return document.pageCount();
}

void PagedOutput::paintPage(QPainter &painter, const QTextDocument &document, int page,
                            const QString &footer, int pageCount)
{
    const QSizeF body = document.pageSize();
    painter.save();
    painter.translate(0, -page * body.height());
    // A line that does not fit at the bottom of a page is moved by Qt to the next one, but it
    // may start a fraction of a pixel before the break: a clip of the whole page then drew it
    // on both pages (an agenda item's first line, number included, below the last line of one
    // page and again at the top of the next). Lines are drawn on the page where their top is,
    // with a margin of two pixels at the break; the painter's clip keeps anything else that
    // crosses the break (a table's border) inside the page's body.
    constexpr qreal AtTheBreak = 2.0;
    const qreal pageTop = page * body.height();
    const qreal from = pageTop + (page > 0 ? AtTheBreak : 0.0);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, from, body.width(), pageTop + body.height() - AtTheBreak - from);
    painter.setClipRect(QRectF(-body.width(), pageTop, 3 * body.width(), body.height()));
    document.documentLayout()->draw(&painter, context);
    painter.restore();

    // Footer: the ente's address line and, on letters of several pages, the page number.
    const qreal top = body.height() + mmToPixels(FooterBandMm * 0.35);
    painter.save();
    painter.setPen(QPen(QColor(0x1f, 0x3a, 0x5f), mmToPixels(0.2)));
    painter.drawLine(QPointF(0, top), QPointF(body.width(), top));
    QFont font(fontFamily());
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setPixelSize(qRound(7.0 * Resolution / 72.0));
    painter.setFont(font);
    painter.setPen(QColor(0x33, 0x33, 0x33));
    // The page number keeps its own column on the right, so a two-line footer never hides it.
    const qreal numberWidth = pageCount > 1 ? mmToPixels(22.0) : 0.0;
    const QRectF textRect(numberWidth, top + mmToPixels(1.0), body.width() - 2 * numberWidth,
                          mmToPixels(FooterBandMm * 0.6));
    if (!footer.isEmpty())
        painter.drawText(textRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, footer);
    if (pageCount > 1) {
        // Italian like the rest of the document, whatever the interface language.
        const QRectF numberRect(body.width() - numberWidth, textRect.top(), numberWidth,
                                textRect.height());
        painter.drawText(numberRect, Qt::AlignRight | Qt::AlignTop,
                         QStringLiteral("Pagina %1 di %2").arg(page + 1).arg(pageCount));
    }
    painter.restore();
}

Result<QList<int>> PagedOutput::writePdf(QIODevice *device, const QList<QTextDocument *> &documents,
                                         const QList<QString> &footers, const PdfMetadata &metadata)
{
    using R = Result<QList<int>>;
    if (const Problems problems = unavailable(); !problems.isEmpty())
        return R::refused(problems);
    QPdfWriter writer(device);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b); // archival (AgID guidelines)
    writer.setResolution(Resolution);
    writer.setPageLayout(pageLayout());
    writer.setTitle(metadata.title);
    writer.setCreator(metadata.creator);
    writer.setDocumentXmpMetadata(pdfaXmpPacket(metadata));

    QPainter painter;
    if (!painter.begin(&writer))
        return R::refused(
            Problem::refused(QStringLiteral("PDF"), tr("Cannot start writing the PDF.")));
    QList<int> pages;
    for (qsizetype i = 0; i < documents.size(); ++i) {
        QTextDocument &document = *documents.at(i);
        const int count = layout(document);
        for (int page = 0; page < count; ++page) {
            if (page > 0 || i > 0)
                writer.newPage();
            paintPage(painter, document, page, footers.value(i), count);
        }
        pages << count;
    }
    painter.end();
    return R::ok(pages);
}

Result<int> PagedOutput::writePdfFile(const QString &path, const QList<QTextDocument *> &documents,
                                      const QList<QString> &footers, const PdfMetadata &metadata)
{
    // Drawn in memory, then written through the same writer as the letters: the Info
    // dictionary then carries the author and the subject too, with the packet's very dates.
    PdfMetadata described = metadata;
    described.created = metadata.createdOrNow();
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    const Result<QList<int>> pages = writePdf(&buffer, documents, footers, described);
    if (!pages)
        return Result<int>::from(pages);
    if (const Result<Done> written = PdfSplitter(pdf).writeWhole(path, described); !written)
        return Result<int>::from(written);
    return Result<int>::ok(std::accumulate(pages.value().cbegin(), pages.value().cend(), 0));
}

Result<Done> PagedOutput::writeOdtFile(const QString &path, QTextDocument &document)
{
    if (const Problems problems = unavailable(); !problems.isEmpty())
        return Result<Done>::refused(problems);
    // The writer closes its device when done, which QSaveFile forbids: into memory first.
    QBuffer odt;
    odt.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&odt, "odf");
    QSaveFile file(path);
    if (!writer.write(&document) || !file.open(QIODevice::WriteOnly)
        || file.write(odt.data()) != odt.size() || !file.commit())
        return Result<Done>::refused(Problem::refused(
            QStringLiteral("FILE"),
            tr("The file \"%1\" cannot be written: %2.").arg(path, file.errorString())));
    return Result<Done>::ok({});
}

QImage PagedOutput::renderPage(QTextDocument &document, int page, const QString &footer, int dpi)
{
    const int count = layout(document);

    const QPageLayout pages = pageLayout();
    QImage image(pages.fullRectPixels(dpi).size(), QImage::Format_RGB32);
    image.fill(Qt::white);
    if (page >= 0 && page < count) {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                               | QPainter::SmoothPixmapTransform);
        const qreal scale = qreal(dpi) / Resolution;
        painter.scale(scale, scale);
        const QRectF paintRect = pages.paintRectPixels(Resolution);
        painter.translate(paintRect.topLeft());
        paintPage(painter, document, page, footer, count);
    }
    return image;
}

} // namespace tavolo::documents
