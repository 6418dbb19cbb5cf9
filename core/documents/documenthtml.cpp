#include "documenthtml.h"

#include "glyphcoverage.h"
#include "logoimage.h"
#include "pagedoutput.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QScreen>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextOption>
#include <QUrl>
#include <cmath>
#include <optional>

namespace tavolo::documents {

namespace html {

QString escaped(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return out;
}

namespace {
QString list(const QString &tag, const QString &style, const QStringList &items)
{
    QString out = QStringLiteral("<%1 style=\"%2\">").arg(tag, style);
    for (const QString &item : items)
        out += QStringLiteral("<li style=\"margin-bottom: 3px;\">%1</li>").arg(escaped(item));
    return out + QStringLiteral("</%1>").arg(tag);
}
} // namespace

QString orderedList(const QStringList &items)
{
    return list(QStringLiteral("ol"), QStringLiteral("list-style-type: decimal; margin-left: 0px;"),
                items);
}

QString bulletList(const QStringList &items)
{
    return list(QStringLiteral("ul"), QStringLiteral("list-style-type: disc; margin-left: 0px;"),
                items);
}

QString letterheadBlock(const Letterhead &letterhead, bool withLogo)
{
    const QString logo = withLogo
        ? QStringLiteral("<td width=\"64\" valign=\"middle\"><img src=\"%1\" width=\"56\"/></td>")
              .arg(LogoUrl)
        : QString();
    return QStringLiteral(
               "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>%1"
               "<td valign=\"middle\" style=\"padding-left: 8px;\">"
               "<span style=\"font-size: 13pt; font-weight: bold; color: #1f3a5f;\">%2</span><br/>"
               "<span style=\"font-size: 11pt; font-weight: bold; color: #4a6a8f;\">%3</span><br/>"
               "<span style=\"font-size: 8.5pt; color: #333333;\">%4</span></td></tr></table><hr/>")
        .arg(logo, escaped(letterhead.enteName), escaped(letterhead.officeName),
             escaped(letterhead.address));
}

namespace {

// QTextDocument::loadResource reads local files and Qt resources for any URL it is given.
class SealedDocument : public QTextDocument
{
protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

} // namespace

std::unique_ptr<QTextDocument> newDocument(const QImage &logo, qreal pointSize)
{
    std::unique_ptr<QTextDocument> document = std::make_unique<SealedDocument>();
    QFont font(PagedOutput::fontFamily());
    font.setPointSizeF(pointSize);
    // No ligatures ("ﬃ" in "Ufficio"): the text must stay searchable and copyable as typed.
    font.setStyleStrategy(QFont::PreferNoShaping);
    // Print layout: design metrics, no hinting. Hinting runs FreeType's bytecode interpreter
    // for every glyph at 300 dpi and was most of the time spent on a letter (docs/documents.md).
    font.setHintingPreference(QFont::PreferNoHinting);
    document->setDefaultFont(font);
    document->setUseDesignMetrics(true);
    // A word longer than the line (a pasted URL, a crafted name) is broken where it must: kept
    // whole it ran past the margins and pushed the footer off the page.
    QTextOption wrapping = document->defaultTextOption();
    wrapping.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document->setDefaultTextOption(wrapping);
    PagedOutput::prepare(*document);
    if (!logo.isNull())
        document->addResource(QTextDocument::ImageResource, QUrl(LogoUrl), logo);
    return document;
}

namespace {

// How many pixels of the layout one pixel of an <img width/height> takes: Qt's image handler
// scales by the layout device's resolution over the screen's (96 dpi without a screen).
qreal imageScale()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    const qreal screenDpi = screen ? screen->logicalDotsPerInchY() : 96.0;
    return PagedOutput::Resolution / (screenDpi > 0 ? screenDpi : 96.0);
}

// `size` (an <img> width or height) kept within 0 < size <= most; nothing when it is already.
// A size that is not a positive number is left to the picture (-1: the property is removed).
std::optional<qreal> boundedSize(qreal size, qreal most)
{
    if (!(size > 0) || !std::isfinite(size))
        return -1.0;
    if (size > most)
        return most;
    return std::nullopt;
}

} // namespace

void sealImages(QTextDocument &document)
{
    QImage blank(1, 1, QImage::Format_RGB32);
    blank.fill(Qt::white);
    // An <img> of a template may say any width and height: a negative or a huge one made the
    // page count negative ("pages 1–-10975 are not in the PDF") or a letter of 66 pages. Each
    // image is kept within the page's body.
    const qreal scale = imageScale();
    const QSizeF most = document.pageSize() / scale;
    struct Resized
    {
        int position;
        int length;
        QTextImageFormat format;
    };
    QList<Resized> resized;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            QTextImageFormat image = format.toImageFormat();
            bool changed = false;
            for (const auto &[property, bound] :
                 {std::pair {int(QTextFormat::ImageWidth), most.width()},
                  std::pair {int(QTextFormat::ImageHeight), most.height()}}) {
                if (!image.hasProperty(property))
                    continue;
                if (const auto size = boundedSize(image.doubleProperty(property), bound)) {
                    if (*size < 0)
                        image.clearProperty(property);
                    else
                        image.setProperty(property, *size);
                    changed = true;
                }
            }
            if (changed)
                resized.append({it.fragment().position(), it.fragment().length(), image});
            const QString name = image.name();
            if (name == LogoUrl)
                continue;
            document.addResource(QTextDocument::ImageResource, QUrl(name), blank);
            if (name.startsWith(QLatin1String(":/")))
                document.addResource(QTextDocument::ImageResource,
                                     QUrl(QLatin1String("qrc") + name), blank);
        }
    }
    for (const Resized &image : std::as_const(resized)) {
        QTextCursor cursor(&document);
        cursor.setPosition(image.position);
        cursor.setPosition(image.position + image.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(image.format);
    }
    // Nor a font of the machine: what the document font cannot draw is printed as its code.
    glyphs::replaceMissing(document);
}

} // namespace html

QImage flattenedLogo(const Letterhead &letterhead, int maxPixels)
{
    QByteArray bytes = letterhead.logoImage;
    if (bytes.isEmpty()) {
        QFile file(letterhead.effectiveLogoPath());
        if (file.open(QIODevice::ReadOnly))
            bytes = file.readAll();
    }
    QImage source = logoimage::read(bytes);
    if (source.isNull())
        return {};
    if (source.width() > maxPixels || source.height() > maxPixels)
        source = source.scaled(maxPixels, maxPixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QImage flat(source.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, source);
    return flat;
}

} // namespace tavolo::documents
