#include "pagedtable.h"

#include "documenthtml.h"
#include "pagedoutput.h"
#include "safefilename.h"
#include "tablepagination.h"

#include <QTextDocument>
#include <QTextTable>

namespace tavolo::documents::pagedtable {

QString tableOpening(const QString &extra, qreal pointSize)
{
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\" "
                          "style=\"border-collapse: collapse; border-color: #555555; "
                          "margin-top: 8px; font-size: %1pt; %2\">")
        .arg(pointSize)
        .arg(extra);
}

QString headerRow(const QStringList &cells)
{
    return QStringLiteral("<thead><tr style=\"background-color: #e8edf3;\">%1</tr></thead>")
        .arg(cells.join(QString()));
}

QString pageBreak(bool first)
{
    return first ? QString() : QStringLiteral("page-break-before: always;");
}

namespace {

QString assembled(const PagedTable &table, const QList<int> &pageStarts)
{
    QString out =
        QStringLiteral("<html><body style=\"font-family: '%1';\">").arg(PagedOutput::fontFamily());
    out += table.before + table.tableStart(true);
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        if (pageStarts.contains(int(i)))
            out += QStringLiteral("</table>") + table.tableStart(false);
        out += table.rows.at(i);
    }
    return out + QStringLiteral("</table>") + table.after + QStringLiteral("</body></html>");
}

} // namespace

QString html(const PagedTable &table)
{
    return assembled(table, {});
}

std::unique_ptr<QTextDocument> layOut(const PagedTable &table, const QImage &logo, qreal pointSize)
{
    // Each pass settles one page more and leaves the pages before it as they were, so it ends.
    auto document = html::newDocument(logo, pointSize);
    QList<int> pageStarts;
    for (;;) {
        document->setHtml(assembled(table, pageStarts));
        html::sealImages(*document);
        const QTextTable *last = tablepagination::topLevelTables(*document).constLast();
        const int first = pageStarts.isEmpty() ? 0 : pageStarts.constLast();
        const QTextBlock following = table.after.isEmpty() ? QTextBlock() : document->lastBlock();
        // Row 0 of each table is the header, row 1 the first of its rows, which stays there.
        QList<int> keepWithNext;
        for (const int row : table.keepWithNext)
            if (row >= first)
                keepWithNext << row - first + 1;
        const int move =
            tablepagination::firstRowToMove(*document, *last, 2, keepWithNext, following);
        if (move < 0)
            return document;
        pageStarts << first + move - 1;
    }
}

Result<int> writePdf(const QString &path, QTextDocument &document, const Letterhead &letterhead,
                     const QString &title)
{
    PdfMetadata metadata;
    metadata.title = title;
    metadata.author = letterhead.enteName;
    metadata.subject = title;
    return PagedOutput::writePdfFile(path, {&document}, {letterhead.footerLine()}, metadata);
}

} // namespace tavolo::documents::pagedtable

namespace tavolo::documents {

PagedTableDocument::PagedTableDocument(Letterhead letterhead)
    : m_letterhead(std::move(letterhead))
    , m_logo(flattenedLogo(m_letterhead))
{ }

QString PagedTableDocument::letterheadBlock() const
{
    return html::letterheadBlock(m_letterhead, !m_logo.isNull());
}

QString PagedTableDocument::fileName() const
{
    return safefilename::make(title(), QStringLiteral("pdf"));
}

QString PagedTableDocument::html() const
{
    return pagedtable::html(pagedTable());
}

std::unique_ptr<QTextDocument> PagedTableDocument::document() const
{
    return pagedtable::layOut(pagedTable(), m_logo);
}

QImage PagedTableDocument::previewImage(int page, int dpi) const
{
    auto doc = document();
    return PagedOutput::renderPage(*doc, page, m_letterhead.footerLine(), dpi);
}

Result<int> PagedTableDocument::writePdf(const QString &path) const
{
    if (const Problems problems = PagedOutput::unavailable(); !problems.isEmpty())
        return Result<int>::refused(problems);
    auto doc = document();
    return pagedtable::writePdf(path, *doc, m_letterhead, title());
}

} // namespace tavolo::documents
