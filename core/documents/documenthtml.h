#pragma once

#include "letterhead.h"

#include <QImage>
#include <QStringList>
#include <memory>

class QTextDocument;

namespace tavolo::documents {

// HTML pieces shared by the letters, the attendance sheet and the composition list.
namespace html {

inline const QString LogoUrl = QStringLiteral("tavolo-logo:letterhead");

QString escaped(const QString &text); // plain text → HTML, newlines kept
QString orderedList(const QStringList &items); // <ol>: 1., 2., …
QString bulletList(const QStringList &items);
// Logo, ente and office, address, and a rule under them; `withLogo` when the document has
// the logo resource (see newDocument()).
QString letterheadBlock(const Letterhead &letterhead, bool withLogo);
// A document in the house font, with the logo registered as html::LogoUrl when not null,
// ready to be laid out on the page once its content is set (PagedOutput::prepare).
std::unique_ptr<QTextDocument> newDocument(const QImage &logo, qreal pointSize = 10.5);

} // namespace html

// The logo as the documents embed it: scaled, without alpha (PDF/A-1 forbids transparency),
// on white; a null image when the file cannot be read (then no logo, never a failure).
QImage flattenedLogo(const QString &path, int maxPixels = 240);

} // namespace tavolo::documents
