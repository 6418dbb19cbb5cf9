#include "attendancesheet.h"

#include "documenthtml.h"
#include "italiandates.h"
#include "pagedoutput.h"

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

} // namespace

AttendanceSheet::AttendanceSheet(Letterhead letterhead, MeetingDocumentData meeting, int blankRows)
    : m_letterhead(std::move(letterhead))
    , m_meeting(std::move(meeting))
    , m_blankRows(qMax(0, blankRows))
    , m_logo(flattenedLogo(m_letterhead.effectiveLogoPath()))
{ }

QString AttendanceSheet::html(const QList<Recipient> &participants) const
{
    // Italian document text, as the letters (architecture.md).
    QString kind;
    switch (m_meeting.kind) {
    case MeetingKind::Ordinary:
        kind = QStringLiteral("seduta ordinaria");
        break;
    case MeetingKind::Requested:
        kind = QStringLiteral("seduta straordinaria, su richiesta");
        break;
    case MeetingKind::Joint:
        kind = QStringLiteral("seduta congiunta");
        break;
    }
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
    out += QStringLiteral(
               "<p align=\"center\" style=\"font-size: 11pt;\">%1 – %2<br/><b>%3</b><br/>%4</p>")
               .arg(html::escaped(m_meeting.tableName), kind,
                    html::escaped(italian::weekdayDateTime(m_meeting.date, m_meeting.time)), where);

    const QString head = QStringLiteral(
        "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"7\" "
        "style=\"border-collapse: collapse; border-color: #555555; margin-top: 8px; font-size: "
        "9.5pt;\">"
        "<thead><tr style=\"background-color: #e8edf3;\">"
        "<th width=\"6%\">N.</th><th width=\"21%\" align=\"left\">Nome e cognome</th>"
        "<th width=\"24%\" align=\"left\">Ente / organizzazione</th>"
        "<th width=\"22%\" align=\"left\">Ruolo / seggio</th><th width=\"27%\">Firma</th>"
        "</tr></thead>");
    out += head;
    int number = 0;
    for (const Recipient &r : participants)
        if (!r.guest)
            out += row(++number, r);
    bool guestHeader = false;
    for (const Recipient &r : participants) {
        if (!r.guest)
            continue;
        if (!guestHeader) {
            out += QStringLiteral("<tr><td colspan=\"5\" style=\"background-color: #f4f4f4;\"><i>"
                                  "Ospiti invitati dal Presidente</i></td></tr>");
            guestHeader = true;
        }
        out += row(++number, r);
    }
    for (int i = 0; i < m_blankRows; ++i)
        out +=
            QStringLiteral(
                "<tr><td "
                "align=\"right\">%1</td><td>&nbsp;<br/>&nbsp;</td><td></td><td></td><td></td></tr>")
                .arg(++number);
    out += QStringLiteral("</table>");
    out += QStringLiteral("<p>&nbsp;</p><p>Il segretario verbalizzante "
                          "______________________________</p></body></html>");
    return out;
}

std::unique_ptr<QTextDocument> AttendanceSheet::document(const QList<Recipient> &participants) const
{
    auto document = html::newDocument(m_logo, 10.0);
    document->setHtml(html(participants));
    return document;
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
