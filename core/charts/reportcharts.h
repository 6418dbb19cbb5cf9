#pragma once

#include "core/documents/annualreportdata.h"

namespace tavolo::charts {

// The annual report's bar charts drawn by Qt Charts into any QPainter: a QChart in a
// QGraphicsScene, scene.render(&painter) — on a QPdfWriter's page they are vectors, on an
// image pixels. In the document font, opaque colours only (PDF/A-1 has no transparency), no
// animation, no shadow.

// Qt Charts needs a QApplication (its charts are widgets of a graphics scene).
bool available();
// Paints `chart` into `target`; nothing without a QApplication.
void paint(QPainter &painter, const QRectF &target, const documents::ReportChart &chart);
// paint() as the documents take it, or an empty painter when charts are not available.
documents::ChartPainter painter();

} // namespace tavolo::charts
