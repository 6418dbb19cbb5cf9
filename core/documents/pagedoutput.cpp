#include "pagedoutput.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

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

int PagedOutput::layout(QTextDocument &document, QPaintDevice *device)
{
    document.documentLayout()->setPaintDevice(device);
    if (document.documentMargin() != 0) // each change lays the document out again
        document.setDocumentMargin(0);
    const QRectF rect = paintRectPixels();
    document.setPageSize(QSizeF(rect.width(), rect.height() - mmToPixels(FooterBandMm)));
    return document.pageCount();
}

void PagedOutput::paintPage(QPainter &painter, const QTextDocument &document, int page,
                            const QString &footer, int pageCount)
{
    const QSizeF body = document.pageSize();
    painter.save();
    painter.translate(0, -page * body.height());
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, page * body.height(), body.width(), body.height());
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

Result<int> PagedOutput::writePdf(QIODevice *device, const QList<QTextDocument *> &documents,
                                  const QList<QString> &footers, const PdfMetadata &metadata)
{
    if (const Problems problems = unavailable(); !problems.isEmpty())
        return Result<int>::refused(problems);
    QPdfWriter writer(device);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b); // archival (AgID guidelines)
    writer.setResolution(Resolution);
    writer.setPageLayout(pageLayout());
    writer.setTitle(metadata.title);
    writer.setCreator(metadata.creator);
    writer.setDocumentXmpMetadata(pdfaXmpPacket(metadata, QDateTime::currentDateTime()));

    QPainter painter;
    if (!painter.begin(&writer))
        return Result<int>::refused(
            Problem::refused(QStringLiteral("PDF"), tr("Cannot start writing the PDF.")));
    int pages = 0;
    for (qsizetype i = 0; i < documents.size(); ++i) {
        QTextDocument &document = *documents.at(i);
        const int count = layout(document, &writer);
        for (int page = 0; page < count; ++page) {
            if (pages > 0)
                writer.newPage();
            paintPage(painter, document, page, footers.value(i), count);
            ++pages;
        }
        document.documentLayout()->setPaintDevice(nullptr);
    }
    painter.end();
    return Result<int>::ok(pages);
}

Result<int> PagedOutput::writePdfFile(const QString &path, const QList<QTextDocument *> &documents,
                                      const QList<QString> &footers, const PdfMetadata &metadata)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<int>::refused(Problem::refused(
            QStringLiteral("PDF"), tr("Cannot write %1: %2").arg(path, file.errorString())));
    Result<int> pages = writePdf(&file, documents, footers, metadata);
    if (!pages) {
        file.cancelWriting();
        return pages;
    }
    if (!file.commit())
        return Result<int>::refused(Problem::refused(
            QStringLiteral("PDF"), tr("Cannot write %1: %2").arg(path, file.errorString())));
    return pages;
}

QImage PagedOutput::renderPage(QTextDocument &document, int page, const QString &footer, int dpi)
{
    QImage layoutDevice(1, 1, QImage::Format_RGB32);
    const int dotsPerMeter = qRound(Resolution / 0.0254);
    layoutDevice.setDotsPerMeterX(dotsPerMeter);
    layoutDevice.setDotsPerMeterY(dotsPerMeter);
    const int count = layout(document, &layoutDevice);

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
    document.documentLayout()->setPaintDevice(nullptr);
    return image;
}

} // namespace tavolo::documents
