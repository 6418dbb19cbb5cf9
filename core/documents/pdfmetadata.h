#pragma once

#include <QDateTime>
#include <QString>

namespace tavolo::documents {

// What the PDF says about itself (document properties; AgID asks for a title on archived
// documents). Qt 6.4's QPdfWriter writes only Title and Creator into the Info dictionary;
// author and subject go into the XMP packet, together with the PDF/A-1b identification.
struct PdfMetadata
{
    QString title;
    QString author; // the ente / office
    QString subject;
    QString creator = QStringLiteral("Tavolo");
    QDateTime created; // when the document was made; now, when left invalid

    QDateTime createdOrNow() const
    {
        return created.isValid() ? created : QDateTime::currentDateTime();
    }
};

// The XMP packet for a PDF/A-1b file: pdfaid part 1 conformance B, dc:title/creator/
// description, xmp:CreatorTool, pdf:Producer and the dates, consistent with the Info
// dictionary QPdfWriter writes (PDF/A-1 §6.7.3).
QByteArray pdfaXmpPacket(const PdfMetadata &metadata);

// The same instant as the packet's dates, in the Info dictionary's form: D:20150312163000+01'00'.
QByteArray pdfInfoDate(const QDateTime &dateTime);
// "Qt 6.4.2": the producer, named alike in the packet and in the Info dictionary.
QString pdfProducer();

} // namespace tavolo::documents
