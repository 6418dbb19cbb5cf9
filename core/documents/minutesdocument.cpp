#include "minutesdocument.h"

#include "documenthtml.h"
#include "italiandates.h"
#include "italianwords.h"
#include "pagedoutput.h"
#include "pdfmetadata.h"
#include "tablepagination.h"

#include <QAbstractTextDocumentLayout>
#include <QTextDocument>
#include <QTextTable>

namespace tavolo::documents {

namespace {

QString paragraph(const QString &label, const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    return QStringLiteral("<p><b>%1</b> %2</p>").arg(label, html::escaped(text.trimmed()));
}

QString names(const QStringList &people)
{
    return people.isEmpty() ? QStringLiteral("nessuno")
                            : html::escaped(people.join(QStringLiteral("; ")));
}

QString hour(QTime time)
{
    return time.toString(QStringLiteral("H.mm"));
}

} // namespace

MinutesDocument::MinutesDocument(Letterhead letterhead, MinutesDocumentData minutes)
    : m_letterhead(std::move(letterhead))
    , m_minutes(std::move(minutes))
    , m_logo(flattenedLogo(m_letterhead))
{ }

// "favorevoli 7 (Anna Uno, Bruno Due, …), contrari 1 (Carla Tre), astenuti 0": the names after
// their count when the minutes give them.
QString MinutesDocument::voteText(const Vote &vote, const MinutesDocumentData::Item::Voters &voters)
{
    if (vote.unanimous)
        return QStringLiteral("approvato all'unanimità dei presenti");
    const auto way = [](const QString &word, int count, const QStringList &names) {
        const QString counted = QStringLiteral("%1 %2").arg(word).arg(count);
        return names.isEmpty()
            ? counted
            : QStringLiteral("%1 (%2)").arg(counted, names.join(QStringLiteral(", ")));
    };
    return QStringList {way(QStringLiteral("favorevoli"), vote.favourable, voters.favourable),
                        way(QStringLiteral("contrari"), vote.contrary, voters.contrary),
                        way(QStringLiteral("astenuti"), vote.abstained, voters.abstained)}
        .join(QStringLiteral(", "));
}

QString MinutesDocument::footer() const
{
    return m_minutes.draft ? QStringLiteral("BOZZA – ") + m_letterhead.footerLine()
                           : m_letterhead.footerLine();
}

QString MinutesDocument::attendanceBlock() const
{
    const MeetingDocumentData &m = m_minutes.meeting;
    QString where = html::escaped(m.place);
    if (!m.onlineLink.isEmpty())
        where += (where.isEmpty() ? QString() : QStringLiteral(" e "))
            + QStringLiteral("in collegamento (") + html::escaped(m.onlineLink) + QLatin1Char(')');
    QString out =
        QStringLiteral("<p>Il giorno %1%2%3 si è tenuta la %4.</p>")
            .arg(html::escaped(italian::weekdayDate(m.date)),
                 m_minutes.opened.isValid() ? QStringLiteral(", alle ore ") + hour(m_minutes.opened)
                                            : QString(),
                 where.isEmpty() ? QString()
                                 : QStringLiteral(", presso ") + where + QLatin1Char(','),
                 html::escaped(italian::meetingName(m)));
    out += paragraph(QStringLiteral("Presiede:"), m_minutes.chair);
    out += paragraph(QStringLiteral("Segretario verbalizzante:"), m_minutes.secretary);
    out += QStringLiteral("<p><b>Presenti:</b> %1</p><p><b>Assenti giustificati:</b> %2</p>"
                          "<p><b>Assenti:</b> %3</p>")
               .arg(names(m_minutes.present), names(m_minutes.excused), names(m_minutes.absent));
    out += QStringLiteral("<p><b>Ordine del giorno:</b></p>") + html::orderedList(m.agenda);
    return out;
}

QString MinutesDocument::itemsBlock() const
{
    QString out;
    for (qsizetype i = 0; i < m_minutes.items.size(); ++i) {
        const MinutesDocumentData::Item &item = m_minutes.items.at(i);
        out += QStringLiteral("<h3 style=\"font-size: 11pt; margin-top: 12px;\">%1. %2</h3>")
                   .arg(i + 1)
                   .arg(html::escaped(item.title));
        out += paragraph(QStringLiteral("Sintesi della discussione:"), item.summary);
        out += paragraph(QStringLiteral("Decisione:"), item.decision);
        if (item.vote)
            out += paragraph(QStringLiteral("Votazione:"), voteText(*item.vote, item.voters));
    }
    return out;
}

QString MinutesDocument::closingBlock(bool signaturesOnNewPage) const
{
    QString out;
    if (m_minutes.closed.isValid())
        out += QStringLiteral("<p>La seduta è chiusa alle ore %1.</p>").arg(hour(m_minutes.closed));
    if (!m_minutes.draft && m_minutes.approvedOn.isValid())
        out += QStringLiteral("<p><i>Verbale approvato nella seduta del %1.</i></p>")
                   .arg(html::escaped(italian::longDate(m_minutes.approvedOn)));
    out +=
        QStringLiteral(
            "<table width=\"100%\" style=\"margin-top: 24px;%3\"><tr>"
            "<td width=\"50%\" align=\"center\">Il Presidente<br/>%1<br/><br/>"
            "______________________________</td>"
            "<td width=\"50%\" align=\"center\">Il segretario verbalizzante<br/>%2<br/><br/>"
            "______________________________</td></tr></table>")
            .arg(html::escaped(m_minutes.chair), html::escaped(m_minutes.secretary),
                 signaturesOnNewPage ? QStringLiteral(" page-break-before: always;") : QString());
    for (const MinutesDocumentData::Correction &c : m_minutes.corrections)
        out += QStringLiteral("<p style=\"margin-top: 14px;\"><b>Rettifica del %1.</b> %2<br/>"
                              "<i>Motivo:</i> %3</p>")
                   .arg(html::escaped(italian::longDate(c.date)), html::escaped(c.text),
                        html::escaped(c.reason));
    return out;
}

QString MinutesDocument::html() const
{
    return html(false);
}

QString MinutesDocument::html(bool signaturesOnNewPage) const
{
    QString out =
        QStringLiteral("<html><body style=\"font-family: '%1';\">").arg(PagedOutput::fontFamily());
    out += html::letterheadBlock(m_letterhead, !m_logo.isNull());
    out += QStringLiteral("<p align=\"center\" style=\"font-size: 14pt; font-weight: bold; "
                          "margin-top: 10px;\">%1VERBALE</p>")
               .arg(m_minutes.draft ? QStringLiteral("BOZZA DI ") : QString());
    out += QStringLiteral("<p align=\"center\" style=\"font-size: 11pt;\">%1<br/><b>%2</b></p>")
               .arg(html::escaped(italian::meetingTitle(m_minutes.meeting)),
                    html::escaped(italian::weekdayDate(m_minutes.meeting.date)));
    out += attendanceBlock() + itemsBlock() + closingBlock(signaturesOnNewPage);
    return out + QStringLiteral("</body></html>");
}

std::unique_ptr<QTextDocument> MinutesDocument::document() const
{
    // The signatures of chair and secretary stay together: when a page break would cut their
    // table (the names on one page, the lines on the next), the table starts the next page.
    auto document = html::newDocument(m_logo);
    document->setHtml(html(false));
    html::sealImages(*document);
    const qreal page = PagedOutput::layout(*document) > 1 ? document->pageSize().height() : 0;
    const QList<QTextTable *> tables = tablepagination::topLevelTables(*document);
    if (page > 0 && !tables.isEmpty()) {
        const QRectF signatures = document->documentLayout()->frameBoundingRect(tables.constLast());
        if (int(signatures.top() / page) != int(signatures.bottom() / page)) {
            document->setHtml(html(true));
            html::sealImages(*document);
        }
    }
    return document;
}

QImage MinutesDocument::previewImage(int page, int dpi) const
{
    auto doc = document();
    return PagedOutput::renderPage(*doc, page, footer(), dpi);
}

Result<int> MinutesDocument::writePdf(const QString &path) const
{
    if (const Problems problems = PagedOutput::unavailable(); !problems.isEmpty())
        return Result<int>::refused(problems);
    auto doc = document();
    PdfMetadata metadata;
    metadata.title = QStringLiteral("%1Verbale – %2 – %3")
                         .arg(m_minutes.draft ? QStringLiteral("Bozza di ") : QString(),
                              italian::meetingTitle(m_minutes.meeting),
                              italian::longDate(m_minutes.meeting.date));
    metadata.author = m_letterhead.enteName;
    metadata.subject = metadata.title;
    return PagedOutput::writePdfFile(path, {doc.get()}, {footer()}, metadata);
}

Result<Done> MinutesDocument::writeOdt(const QString &path) const
{
    if (const Problems problems = PagedOutput::unavailable(); !problems.isEmpty())
        return Result<Done>::refused(problems);
    auto doc = document();
    return PagedOutput::writeOdtFile(path, *doc);
}

} // namespace tavolo::documents
