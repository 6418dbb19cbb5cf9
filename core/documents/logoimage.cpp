#include "logoimage.h"

#include <QBuffer>
#include <QImageReader>
#include <QXmlStreamReader>

namespace tavolo::documents::logoimage {

namespace {

QByteArray formatOf(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return QImageReader(&buffer).format().toLower();
}

bool looksLikeXml(const QByteArray &bytes)
{
    const QByteArray start = bytes.left(512).trimmed().toLower();
    return start.startsWith("<?xml") || start.startsWith("<svg") || start.startsWith("<!doctype")
        || start.startsWith("<!--") || start.startsWith("\xef\xbb\xbf");
}

bool isLocalReference(QStringView value)
{
    const QStringView v = value.trimmed();
    return v.startsWith(QLatin1Char('#'))
        || v.startsWith(QLatin1String("data:"), Qt::CaseInsensitive);
}

} // namespace

bool refersOutside(const QByteArray &bytes)
{
    const QByteArray format = formatOf(bytes);
    if (format == "svgz")
        return true;
    if (format != "svg" && !looksLikeXml(bytes))
        return false;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            if (!xml.entityDeclarations().isEmpty() || xml.text().contains(QLatin1String("SYSTEM"))
                || xml.text().contains(QLatin1String("PUBLIC")))
                return true;
            break;
        case QXmlStreamReader::EntityReference:
            return true;
        case QXmlStreamReader::StartElement:
            for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                if (attribute.name() == QLatin1String("href")
                    && !isLocalReference(attribute.value()))
                    return true;
            }
            break;
        default:
            break;
        }
    }
    // Unreadable XML is not drawn by Qt either; refusing it costs nothing.
    return xml.hasError() && format == "svg";
}

QImage read(const QByteArray &bytes)
{
    if (bytes.isEmpty() || refersOutside(bytes))
        return {};
    return QImage::fromData(bytes);
}

} // namespace tavolo::documents::logoimage
