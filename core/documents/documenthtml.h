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
// ready to be laid out on the page once its content is set (PagedOutput::prepare). It loads
// no other resource: an <img> or a style sheet of the template that names a file, a file://
// URL or a relative name finds nothing, so no file of the computer ends up in a letter.
std::unique_ptr<QTextDocument> newDocument(const QImage &logo, qreal pointSize = 10.5);
// After setHtml: every image of the document other than the logo is given a blank picture, so
// that Qt's image handler, which loads a file by its name when no resource answers, finds one;
// and every character the document font has no glyph for is replaced (glyphcoverage.h), so
// that no font of the machine is drawn from either.
void sealImages(QTextDocument &document);

} // namespace html

// The logo as the documents embed it: scaled, without alpha (PDF/A-1 forbids transparency),
// on white; from the letterhead's logoImage bytes, else its logo file. A null image when it
// cannot be read or is an SVG that refers to other files (then no logo, never a failure).
QImage flattenedLogo(const Letterhead &letterhead, int maxPixels = 240);

} // namespace tavolo::documents
