#include "attendancesheet.h"

#include "documenthtml.h"
#include "italiandates.h"
#include "italianwords.h"
#include "pagedoutput.h"
#include "tablepagination.h"

#include <QTextDocument>
#include <QTextTable>

namespace tavolo::documents {

namespace {

QString row(int number, const Recipient &r)
{
    return QStringLiteral("<tr><td align=\"right\">%1</td><td><b>%2</b></td><td>%3</td>"
                          "<td>%4</td><td></td></tr>")
        .arg(number)
        .arg(html::escaped(r.name), html::escaped(r.organisation), html::escaped(r.role));
}

// The opening of one table of the sheet and its header row, which Qt repeats on every page
// the table spans. A table after the first starts a new page, its header where Qt puts the
// header it repeats.
QString tableStart(bool first)
{
    return QStringLiteral(
               "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"7\" "
               "style=\"border-collapse: collapse; border-color: #555555; margin-top: 8px; "
               "%1font-size: 9.5pt;\">"
               "<thead><tr style=\"background-color: #e8edf3;\">"
               "<th width=\"7%\">N.</th><th width=\"21%\" align=\"left\">Nome e cognome</th>"
               "<th width=\"24%\" align=\"left\">Ente di appartenenza</th>"
               "<th width=\"22%\" align=\"left\">Carica o categoria</th><th "
               "width=\"26%\">Firma</th>"
               "</tr></thead>")
        .arg(first ? QString() : QStringLiteral("page-break-before: always; "));
}

} // namespace

AttendanceSheet::AttendanceSheet(Letterhead letterhead, MeetingDocumentData meeting, int blankRows)
    : m_letterhead(std::move(letterhead))
    , m_meeting(std::move(meeting))
    , m_blankRows(qMax(0, blankRows))
    , m_logo(flattenedLogo(m_letterhead))
{ }

AttendanceSheet::TableRows AttendanceSheet::tableRows(const QList<Recipient> &participants) const
{
    TableRows out;
    int number = 0;
    for (const Recipient &r : participants)
        if (!r.guest)
            out.rows << row(++number, r);
    for (const Recipient &r : participants) {
        if (!r.guest)
            continue;
        if (out.guestHeading < 0) {
            out.guestHeading = int(out.rows.size());
            out.rows << QStringLiteral(
                "<tr><td colspan=\"5\" style=\"background-color: #f4f4f4;\"><i>"
                "Invitati dal Presidente</i></td></tr>");
        }
        out.rows << row(++number, r);
    }
    for (int i = 0; i < m_blankRows; ++i)
        out.rows +=
            QStringLiteral(
                "<tr><td "
                "align=\"right\">%1</td><td>&nbsp;<br/>&nbsp;</td><td></td><td></td><td></td></tr>")
                .arg(++number);
    return out;
}

QString AttendanceSheet::html(const QList<Recipient> &participants) const
{
    return html(tableRows(participants), {});
}

QString AttendanceSheet::html(const TableRows &rows, const QList<int> &pageStarts) const
{
    QString where = html::escaped(m_meeting.place);
    if (!m_meeting.onlineLink.isEmpty())
        where += (where.isEmpty() ? QString() : QStringLiteral(" – "))
            + QStringLiteral("in collegamento: ") + html::escaped(m_meeting.onlineLink);

    QString out =
        QStringLiteral("<html><body style=\"font-family: '%1';\">").arg(PagedOutput::fontFamily());
    out += html::letterheadBlock(m_letterhead, !m_logo.isNull());
    out += QStringLiteral(
        "<p align=\"center\" style=\"font-size: 14pt; font-weight: bold; margin-top: 10px;\">"
        "FOGLIO PRESENZE</p>");
    out +=
        QStringLiteral("<p align=\"center\" style=\"font-size: 11pt;\">%1<br/><b>%2</b><br/>%3</p>")
            .arg(html::escaped(italian::meetingTitle(m_meeting)),
                 html::escaped(italian::weekdayDateTime(m_meeting.date, m_meeting.time)), where);

    out += tableStart(true);
    for (qsizetype i = 0; i < rows.rows.size(); ++i) {
        if (pageStarts.contains(int(i)))
            out += QStringLiteral("</table>") + tableStart(false);
        out += rows.rows.at(i);
    }
    out += QStringLiteral("</table>");
    out += QStringLiteral("<p>&nbsp;</p><p>Il segretario verbalizzante "
                          "______________________________</p></body></html>");
    return out;
}

std::unique_ptr<QTextDocument> AttendanceSheet::document(const QList<Recipient> &participants) const
{
    // Qt repeats the header row on each page but cuts a row that runs over the page's bottom
    // (the name on one page, its last line or the signature box on the next). So the sheet is
    // laid out, and the table is cut before the first row across a page break (or before the
    // guests' heading that would be left alone above it, or before the last row when the
    // secretary's line would be alone on the last page): the rest goes into a new table, with
    // its own header, on the next page. Again until every row is whole on its page; each pass
    // settles one page more and leaves the pages before it as they were, so it ends.
    auto document = html::newDocument(m_logo, 10.0);
    const TableRows rows = tableRows(participants);
    QList<int> pageStarts;
    for (;;) {
        document->setHtml(html(rows, pageStarts));
        html::sealImages(*document);
        const QTextTable *last = tablepagination::topLevelTables(*document).constLast();
        // Row 0 of each table is the header, row 1 the first of its rows, which stays there.
        const int first = pageStarts.isEmpty() ? 0 : pageStarts.constLast();
        QList<int> keepWithNext;
        if (rows.guestHeading >= first)
            keepWithNext << rows.guestHeading - first + 1;
        // The secretary's line (the last block) is not left alone on a page after the table.
        const int move = tablepagination::firstRowToMove(*document, *last, 2, keepWithNext,
                                                         document->lastBlock());
        if (move < 0)
            return document;
        pageStarts << first + move - 1;
    }
}

QImage AttendanceSheet::previewImage(const QList<Recipient> &participants, int dpi) const
{
    auto doc = document(participants);
    return PagedOutput::renderPage(*doc, 0, m_letterhead.footerLine(), dpi);
}

Result<int> AttendanceSheet::writePdf(const QString &path,
                                      const QList<Recipient> &participants) const
{
    if (const Problems problems = PagedOutput::unavailable(); !problems.isEmpty())
        return Result<int>::refused(problems);
    auto doc = document(participants);
    PdfMetadata metadata;
    metadata.title =
        QStringLiteral("Foglio presenze – %1 – %2")
            .arg(m_meeting.tableName, italian::weekdayDateTime(m_meeting.date, m_meeting.time));
    metadata.author = m_letterhead.enteName;
    metadata.subject = metadata.title;
    return PagedOutput::writePdfFile(path, {doc.get()}, {m_letterhead.footerLine()}, metadata);
}

} // namespace tavolo::documents
