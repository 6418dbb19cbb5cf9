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
};

// The XMP packet for a PDF/A-1b file: pdfaid part 1 conformance B, dc:title/creator/
// description, xmp:CreatorTool, pdf:Producer and the dates, consistent with the Info
// dictionary QPdfWriter writes (PDF/A-1 §6.7.3).
QByteArray pdfaXmpPacket(const PdfMetadata &metadata, const QDateTime &created);

} // namespace tavolo::documents
