#include "attendancesheet.h"

#include "documenthtml.h"
#include "italiandates.h"
#include "italianwords.h"
#include "pagedoutput.h"
#include "pagedtable.h"

#include <QTextDocument>

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

PagedTable AttendanceSheet::pagedTable(const QList<Recipient> &participants) const
{
    PagedTable out;
    QString where = html::escaped(m_meeting.place);
    if (!m_meeting.onlineLink.isEmpty())
        where += (where.isEmpty() ? QString() : QStringLiteral(" – "))
            + QStringLiteral("in collegamento: ") + html::escaped(m_meeting.onlineLink);
    out.before = html::letterheadBlock(m_letterhead, !m_logo.isNull());
    out.before += QStringLiteral(
        "<p align=\"center\" style=\"font-size: 14pt; font-weight: bold; margin-top: 10px;\">"
        "FOGLIO PRESENZE</p>");
    out.before +=
        QStringLiteral("<p align=\"center\" style=\"font-size: 11pt;\">%1<br/><b>%2</b><br/>%3</p>")
            .arg(html::escaped(italian::meetingTitle(m_meeting)),
                 html::escaped(italian::weekdayDateTime(m_meeting.date, m_meeting.time)), where);
    out.tableStart = tableStart;

    // Members, then the guests under their heading (kept with the first guest), then blank rows
    // for delegates who turn up.
    int number = 0;
    for (const Recipient &r : participants)
        if (!r.guest)
            out.rows << row(++number, r);
    for (const Recipient &r : participants) {
        if (!r.guest)
            continue;
        if (out.keepWithNext.isEmpty()) {
            out.keepWithNext << int(out.rows.size());
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
    // The secretary's line: laid out so that it is not left alone on a page after the table.
    out.after = QStringLiteral(
        "<p>&nbsp;</p><p>Il segretario verbalizzante ______________________________</p>");
    return out;
}

QString AttendanceSheet::html(const QList<Recipient> &participants) const
{
    return pagedtable::html(pagedTable(participants));
}

// Qt repeats the header row on each page but cuts a row that runs over the page's bottom (the
// name on one page, its last line or the signature box on the next): PagedTable cuts the table
// before such a row, before the guests' heading that would be left alone above it, or before
// the last row when the secretary's line would be alone on the last page.
std::unique_ptr<QTextDocument> AttendanceSheet::document(const QList<Recipient> &participants) const
{
    return pagedtable::layOut(pagedTable(participants), m_logo);
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
    return pagedtable::writePdf(
        path, *doc, m_letterhead,
        QStringLiteral("Foglio presenze – %1 – %2")
            .arg(m_meeting.tableName, italian::weekdayDateTime(m_meeting.date, m_meeting.time)));
}

} // namespace tavolo::documents
