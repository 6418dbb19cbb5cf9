#pragma once

#include <QList>
#include <QTextBlock>

class QTextDocument;
class QTextTable;

namespace tavolo::documents {

// Where the rows of a paginated table fall (QTextDocument::pageSize set, document laid out).
// Qt 6.4's QTextDocumentLayout repeats a table's header rows on each page but cuts a row
// across the page break when only some of its cells run over the bottom: the document code
// uses this to find such rows and start a new table on the next page before them.
namespace tablepagination {

// The tables directly in the document's root frame, in document order.
QList<QTextTable *> topLevelTables(const QTextDocument &document);

// The 0-based pages of the top and of the bottom of a row (cell padding and borders
// included): the same page when the row lies whole on one.
struct RowPages
{
    int top = 0;
    int bottom = 0;
};
RowPages rowPages(const QTextDocument &document, const QTextTable &table, int row);

// The first row of `table`, from `fromRow` on, that should start on a new page so that no
// row is cut by a page break: a row across two pages or, for a row of `keepWithNext` (a
// heading row), its next row on a later page; the heading goes with a row it precedes
// unless it is `fromRow` itself. Then, when `following` (the block after the table) is
// valid and on a later page than the last row, that row, so that the block is not left on a
// page of its own. -1 when there is nothing to move.
int firstRowToMove(const QTextDocument &document, const QTextTable &table, int fromRow,
                   const QList<int> &keepWithNext = {}, const QTextBlock &following = {});

} // namespace tablepagination

} // namespace tavolo::documents
