#pragma once

#include <QList>
#include <QSizeF>
#include <QString>
#include <functional>

class QPainter;
class QRectF;
class QTextDocument;

namespace tavolo::documents {

// A picture drawn with QPainter where the text names it (<img src="tavolo-figure:N">): into a
// PDF as vectors, painted by the document's layout when the page is drawn; or, for a format
// that keeps pictures only (ODT), as an image made from the same painting.
struct DocumentFigure
{
    QSizeF millimetres;
    std::function<void(QPainter &, const QRectF &)> paint;
};

namespace figures {

QString url(int index); // "tavolo-figure:3"
// The <img> that holds figure `index` of that size in the text.
QString imageTag(int index, QSizeF millimetres);
// The document's layout paints each figure where its <img> stands, at its size in millimetres
// (the other images, the logo, are drawn as before). Call after setHtml and sealImages.
void paintAsVectors(QTextDocument &document, const QList<DocumentFigure> &figures);
// Each figure as a picture of `dpi` in the document's resources, for the ODT writer.
void addAsPictures(QTextDocument &document, const QList<DocumentFigure> &figures, int dpi = 200);

} // namespace figures

} // namespace tavolo::documents
