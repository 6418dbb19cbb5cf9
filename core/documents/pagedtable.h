#pragma once

#include "core/domain/result.h"
#include "letterhead.h"

#include <QImage>
#include <QStringList>
#include <functional>
#include <memory>

class QTextDocument;

namespace tavolo::documents {

// A document of one long table — a register, a list — between a heading and a closing text,
// laid out so that no row is cut by a page break: Qt repeats the header on each page but cuts a
// row that runs over the bottom, so the table is cut before such a row and the rest goes into a
// new table, with its header, from the top of the next page (as the attendance sheet does).
struct PagedTable
{
    QString before; // HTML before the table: letterhead, title, summary (other tables allowed)
    // The opening <table …> and its <thead>; `first` false for a table continued on a new page,
    // which must start it ("page-break-before: always" in the table's style).
    std::function<QString(bool first)> tableStart;
    QStringList rows; // <tr>…</tr>, in order
    QList<int> keepWithNext; // rows (a heading) never left last on a page: indexes into rows
    QString after; // HTML after the table: paragraphs only, kept with the last row
};

namespace pagedtable {

// The style of the tables of these documents (border, padding, font size) and of their header
// row; `extra` is appended to the table's style.
QString tableOpening(const QString &extra = {}, qreal pointSize = 9.0);
QString headerRow(const QStringList &cells); // each a <th …>…</th>
// A new page before a continued table.
QString pageBreak(bool first);

// The whole document with the table in one piece, as Qt would paginate it.
QString html(const PagedTable &table);
std::unique_ptr<QTextDocument> layOut(const PagedTable &table, const QImage &logo,
                                      qreal pointSize = 10.0);

// PDF/A-1b with the letterhead's footer and `title` as its title, author the ente; the pages.
Result<int> writePdf(const QString &path, QTextDocument &document, const Letterhead &letterhead,
                     const QString &title);

} // namespace pagedtable

// A document that is one PagedTable under the letterhead: the register of submissions, the
// adherents list, the attendance over a cycle. A subclass says what the table holds.
class PagedTableDocument
{
public:
    virtual ~PagedTableDocument() = default;

    virtual QString title() const = 0; // the PDF's title
    // A file name safe on Windows (safefilename.h), from the title, with ".pdf".
    QString fileName() const;
    QString html() const; // the table in one piece, as Qt would paginate it
    std::unique_ptr<QTextDocument> document() const; // laid out, no row cut by a page break
    QImage previewImage(int page = 0, int dpi = 60) const;
    Result<int> writePdf(const QString &path) const; // PDF/A-1b; the pages

protected:
    explicit PagedTableDocument(Letterhead letterhead);
    PagedTableDocument(const PagedTableDocument &) = default;
    PagedTableDocument &operator=(const PagedTableDocument &) = default;

    virtual PagedTable pagedTable() const = 0;
    // The letterhead block with the logo when there is one.
    QString letterheadBlock() const;

private:
    Letterhead m_letterhead;
    QImage m_logo;
};

} // namespace tavolo::documents
