#include "tablepagination.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <cmath>

namespace tavolo::documents::tablepagination {

namespace {

// A hair of tolerance: what ends exactly on the page's bottom is on that page.
constexpr qreal Tolerance = 0.5;

// CSS pixels (cellpadding, border) are 1/96 inch; the layout scales them to its device.
qreal deviceScale(const QTextDocument &document)
{
    const QPaintDevice *device = document.documentLayout()->paintDevice();
    return device ? device->logicalDpiY() / 96.0 : 1.0;
}

struct Span
{
    qreal top = 0;
    qreal bottom = 0;
};

// The row's extent in document coordinates, from the text of its cells: the tallest cell
// fills the row (its vertical offset is nil), so the lowest line plus its bottom padding is
// the row's bottom; the highest line minus its top padding its top. Borders added on both.
Span rowSpan(const QTextDocument &document, const QTextTable &table, int row)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const QTextTableFormat format = table.format();
    const qreal scale = deviceScale(document);
    const qreal border = format.border() * scale;
    Span span {qInf(), -qInf()};
    for (int column = 0; column < table.columns(); ++column) {
        const QTextTableCell cell = table.cellAt(row, column);
        if (cell.row() != row || cell.column() != column)
            continue; // covered by a spanning cell
        const QTextCharFormat cellFormat = cell.format();
        const QTextTableCellFormat padding = cellFormat.toTableCellFormat();
        const auto paddingOr = [&](QTextFormat::Property property) {
            return (padding.hasProperty(property) ? padding.doubleProperty(property)
                                                  : format.cellPadding())
                * scale;
        };
        const QRectF first = layout->blockBoundingRect(cell.firstCursorPosition().block());
        const QRectF last = layout->blockBoundingRect(cell.lastCursorPosition().block());
        span.top =
            qMin(span.top, first.top() - paddingOr(QTextFormat::TableCellTopPadding) - border);
        span.bottom = qMax(span.bottom,
                           last.bottom() + paddingOr(QTextFormat::TableCellBottomPadding) + border);
    }
    return span;
}

} // namespace

QList<QTextTable *> topLevelTables(const QTextDocument &document)
{
    QList<QTextTable *> tables;
    const QList<QTextFrame *> frames = document.rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        if (auto *table = qobject_cast<QTextTable *>(frame))
            tables << table;
    }
    return tables;
}

RowPages rowPages(const QTextDocument &document, const QTextTable &table, int row)
{
    const qreal pageHeight = document.pageSize().height();
    if (pageHeight <= 0)
        return {};
    const Span span = rowSpan(document, table, row);
    return {int(std::floor(span.top / pageHeight)),
            int(std::floor((span.bottom - Tolerance) / pageHeight))};
}

int firstRowToMove(const QTextDocument &document, const QTextTable &table, int fromRow,
                   const QList<int> &keepWithNext, const QTextBlock &following)
{
    // The row itself or, when it follows a heading that is not the first row that may move,
    // the heading, which goes with it.
    const auto withHeading = [&](int row) {
        return row > fromRow && keepWithNext.contains(row - 1) ? row - 1 : row;
    };
    for (int row = qMax(0, fromRow); row < table.rows(); ++row) {
        const RowPages pages = rowPages(document, table, row);
        if (pages.bottom > pages.top)
            return withHeading(row);
        if (keepWithNext.contains(row) && row + 1 < table.rows()
            && rowPages(document, table, row + 1).top > pages.bottom)
            return row;
    }
    const int last = table.rows() - 1;
    const qreal pageHeight = document.pageSize().height();
    if (following.isValid() && last >= qMax(0, fromRow) && pageHeight > 0) {
        // Its bottom: a line that does not fit is moved to the next page inside its block.
        const qreal bottom = document.documentLayout()->blockBoundingRect(following).bottom();
        if (int(std::floor((bottom - Tolerance) / pageHeight))
            > rowPages(document, table, last).bottom)
            return withHeading(last);
    }
    return -1;
}

} // namespace tavolo::documents::tablepagination
