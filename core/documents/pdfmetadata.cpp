#include "pdfmetadata.h"

#include <QTimeZone>

namespace tavolo::documents {

namespace {

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Local time and its offset from UTC, written with `format` and the offset's hours and
// minutes joined by `separator`, closed by `end`.
QString withOffset(const QDateTime &dateTime, const QString &format, const QString &separator,
                   const QString &end)
{
    const QDateTime local = dateTime.toLocalTime();
    const int offset = local.offsetFromUtc();
    const QChar sign = offset < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int minutes = qAbs(offset) / 60;
    return local.toString(format) + sign
        + QStringLiteral("%1%2%3%4")
              .arg(minutes / 60, 2, 10, QLatin1Char('0'))
              .arg(separator)
              .arg(minutes % 60, 2, 10, QLatin1Char('0'))
              .arg(end);
}

// ISO 8601 with the local offset: 2015-03-12T16:30:00+01:00.
QString xmpDate(const QDateTime &dateTime)
{
    return withOffset(dateTime, QStringLiteral("yyyy-MM-ddTHH:mm:ss"), QStringLiteral(":"),
                      QString());
}

} // namespace

QByteArray pdfaXmpPacket(const PdfMetadata &metadata)
{
    const QString date = xmpDate(metadata.createdOrNow());
    QString xmp;
    xmp += QStringLiteral("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                          "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                          "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
    xmp += QStringLiteral(
        "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        "<dc:format>application/pdf</dc:format>\n");
    xmp +=
        QStringLiteral(
            "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n")
            .arg(xmlEscaped(metadata.title));
    if (!metadata.author.isEmpty())
        xmp += QStringLiteral("<dc:creator><rdf:Seq><rdf:li>%1</rdf:li></rdf:Seq></dc:creator>\n")
                   .arg(xmlEscaped(metadata.author));
    if (!metadata.subject.isEmpty())
        xmp += QStringLiteral("<dc:description><rdf:Alt><rdf:li "
                              "xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:description>\n")
                   .arg(xmlEscaped(metadata.subject));
    xmp += QStringLiteral("</rdf:Description>\n");
    xmp += QStringLiteral(
               "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
               "<pdf:Producer>%1</pdf:Producer>\n</rdf:Description>\n")
               .arg(xmlEscaped(pdfProducer()));
    xmp += QStringLiteral(
               "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
               "<xmp:CreatorTool>%1</xmp:CreatorTool>\n"
               "<xmp:CreateDate>%2</xmp:CreateDate>\n"
               "<xmp:ModifyDate>%2</xmp:ModifyDate>\n"
               "<xmp:MetadataDate>%2</xmp:MetadataDate>\n</rdf:Description>\n")
               .arg(xmlEscaped(metadata.creator), date);
    xmp += QStringLiteral(
        "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
        "<pdfaid:part>1</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n"
        "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
    return xmp.toUtf8();
}

QByteArray pdfInfoDate(const QDateTime &dateTime)
{
    return withOffset(dateTime, QStringLiteral("'D:'yyyyMMddHHmmss"), QStringLiteral("'"),
                      QStringLiteral("'"))
        .toLatin1();
}

QString pdfProducer()
{
    return QStringLiteral("Qt ") + QString::fromLatin1(qVersion());
}

} // namespace tavolo::documents
