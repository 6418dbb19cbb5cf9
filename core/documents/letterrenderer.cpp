#include "letterrenderer.h"

#include "italiandates.h"
#include "pagedoutput.h"

#include <QPainter>
#include <QTextDocument>
#include <QUrl>

namespace tavolo::documents {

namespace {

bool startsWithVowel(const QString &text)
{
    return !text.isEmpty() && QStringLiteral("AEIOUaeiou").contains(text.front());
}

} // namespace

LetterRenderer::LetterRenderer(Letterhead letterhead, MeetingDocumentData meeting,
                               LetterTemplate letterTemplate)
    : m_letterhead(std::move(letterhead))
    , m_meeting(std::move(meeting))
    , m_template(std::move(letterTemplate))
    , m_logo(flattenedLogo(m_letterhead))
{ }

QSet<QString> LetterRenderer::valueNames()
{
    return {QStringLiteral("logo"),
            QStringLiteral("enteName"),
            QStringLiteral("officeName"),
            QStringLiteral("address"),
            QStringLiteral("protocolNumber"),
            QStringLiteral("protocolDate"),
            QStringLiteral("letterPlace"),
            QStringLiteral("letterDate"),
            QStringLiteral("recipientName"),
            QStringLiteral("recipientRole"),
            QStringLiteral("recipientOrganisation"),
            QStringLiteral("recipientAddress"),
            QStringLiteral("subject"),
            QStringLiteral("tableName"),
            QStringLiteral("districtSuffix"),
            QStringLiteral("kindLabel"),
            QStringLiteral("meetingDateTime"),
            QStringLiteral("place"),
            QStringLiteral("onlineLink"),
            QStringLiteral("guestReason"),
            QStringLiteral("agendaList"),
            QStringLiteral("requestSignatories"),
            QStringLiteral("requestDate"),
            QStringLiteral("requestProtocol"),
            QStringLiteral("requestMotivation"),
            QStringLiteral("jointConvenedBy"),
            QStringLiteral("jointTablesList"),
            QStringLiteral("materialsList"),
            QStringLiteral("officePec"),
            QStringLiteral("signatoryTitle"),
            QStringLiteral("signatoryName")};
}

QSet<QString> LetterRenderer::flagNames()
{
    return {QStringLiteral("guest"),           QStringLiteral("requested"),
            QStringLiteral("requestProtocol"), QStringLiteral("joint"),
            QStringLiteral("materials"),       QStringLiteral("inPerson"),
            QStringLiteral("online"),          QStringLiteral("officePec"),
            QStringLiteral("letterPlace"),     QStringLiteral("recipientRole"),
            QStringLiteral("recipientOrganisation"), QStringLiteral("recipientAddress")};
}

Problems LetterRenderer::validateTemplate() const
{
    return m_template.validate(valueNames(), flagNames());
}

QString LetterRenderer::kindLabel() const
{
    switch (m_meeting.kind) {
    case MeetingKind::Ordinary:
        return QStringLiteral("ordinaria");
    case MeetingKind::Requested:
        return QStringLiteral("straordinaria, su richiesta");
    case MeetingKind::Joint:
        return QStringLiteral("congiunta");
    }
    return {};
}

QString LetterRenderer::subject(const Recipient &recipient) const
{
    if (!m_meeting.subject.isEmpty())
        return m_meeting.subject;
    // The letters are Italian documents whatever the interface language (architecture.md).
    const QString lead = recipient.guest ? QStringLiteral("Invito alla seduta %1 del %2")
                                         : QStringLiteral("Convocazione della seduta %1 del %2");
    return lead.arg(kindLabel(), m_meeting.tableName) + QStringLiteral(" – ")
        + italian::weekdayDateTime(m_meeting.date, m_meeting.time);
}

QString LetterRenderer::footer() const
{
    return m_letterhead.footerLine();
}

QHash<QString, QString> LetterRenderer::values(const Recipient &recipient) const
{
    using html::escaped;
    const QDate letterDate =
        m_meeting.protocolDate.isValid() ? m_meeting.protocolDate : QDate::currentDate();
    QHash<QString, QString> v;
    if (!m_logo.isNull()) {
        const int height = qRound(72.0 * m_logo.height() / m_logo.width());
        v.insert(QStringLiteral("logo"),
                 QStringLiteral("<img src=\"%1\" width=\"72\" height=\"%2\"/>")
                     .arg(html::LogoUrl)
                     .arg(height));
    }
    v.insert(QStringLiteral("enteName"), escaped(m_letterhead.enteName));
    v.insert(QStringLiteral("officeName"), escaped(m_letterhead.officeName));
    v.insert(QStringLiteral("address"), escaped(m_letterhead.address));
    v.insert(QStringLiteral("protocolNumber"),
             m_meeting.protocolNumber.isEmpty() ? QStringLiteral("__________")
                                                : escaped(m_meeting.protocolNumber));
    v.insert(QStringLiteral("protocolDate"), italian::shortDate(letterDate));
    v.insert(QStringLiteral("letterPlace"), escaped(m_letterhead.place));
    v.insert(QStringLiteral("letterDate"), italian::longDate(letterDate));
    v.insert(QStringLiteral("recipientName"), escaped(recipient.name));
    v.insert(QStringLiteral("recipientRole"), escaped(recipient.role));
    v.insert(QStringLiteral("recipientOrganisation"), escaped(recipient.organisation));
    v.insert(QStringLiteral("recipientAddress"),
             recipient.pec.isEmpty() ? escaped(recipient.postalAddress)
                                     : QStringLiteral("PEC: ") + escaped(recipient.pec));
    v.insert(QStringLiteral("subject"), escaped(subject(recipient)));
    v.insert(QStringLiteral("tableName"), escaped(m_meeting.tableName));
    if (!m_meeting.districtName.isEmpty())
        v.insert(QStringLiteral("districtSuffix"),
                 escaped(startsWithVowel(m_meeting.districtName)
                             ? QStringLiteral(" dell'") + m_meeting.districtName
                             : QStringLiteral(" – ") + m_meeting.districtName));
    v.insert(QStringLiteral("kindLabel"), kindLabel());
    v.insert(QStringLiteral("meetingDateTime"),
             escaped(italian::weekdayDateTime(m_meeting.date, m_meeting.time)));
    v.insert(QStringLiteral("place"), escaped(m_meeting.place));
    v.insert(QStringLiteral("onlineLink"), escaped(m_meeting.onlineLink));
    v.insert(QStringLiteral("guestReason"), escaped(recipient.guestReason));
    v.insert(QStringLiteral("agendaList"), html::orderedList(m_meeting.agenda));
    v.insert(QStringLiteral("requestSignatories"), QString::number(m_meeting.request.signatories));
    v.insert(QStringLiteral("requestDate"), italian::longDate(m_meeting.request.date));
    v.insert(QStringLiteral("requestProtocol"), escaped(m_meeting.request.protocolNumber));
    v.insert(QStringLiteral("requestMotivation"), escaped(m_meeting.request.motivation));
    v.insert(QStringLiteral("jointConvenedBy"), escaped(m_meeting.joint.convenedBy));
    v.insert(QStringLiteral("jointTablesList"), html::bulletList(m_meeting.joint.otherTables));
    v.insert(QStringLiteral("materialsList"), html::bulletList(m_meeting.materials));
    v.insert(QStringLiteral("officePec"), escaped(m_letterhead.officePec));
    v.insert(QStringLiteral("signatoryTitle"), escaped(m_letterhead.signatoryTitle));
    v.insert(QStringLiteral("signatoryName"), escaped(m_letterhead.signatoryName));
    return v;
}

QHash<QString, bool> LetterRenderer::flags(const Recipient &recipient) const
{
    return {
        {QStringLiteral("guest"), recipient.guest},
        {QStringLiteral("requested"), m_meeting.kind == MeetingKind::Requested},
        {QStringLiteral("requestProtocol"), !m_meeting.request.protocolNumber.isEmpty()},
        {QStringLiteral("joint"), m_meeting.kind == MeetingKind::Joint},
        {QStringLiteral("materials"), !m_meeting.materials.isEmpty()},
        {QStringLiteral("inPerson"), !m_meeting.place.trimmed().isEmpty()},
        {QStringLiteral("online"), !m_meeting.onlineLink.trimmed().isEmpty()},
        {QStringLiteral("officePec"), !m_letterhead.officePec.isEmpty()},
        {QStringLiteral("letterPlace"), !m_letterhead.place.trimmed().isEmpty()},
        // The recipient block leaves out a line it has nothing for (a guest without a role,
        // a delegate without an organisation) instead of showing it empty.
        {QStringLiteral("recipientRole"), !recipient.role.trimmed().isEmpty()},
        {QStringLiteral("recipientOrganisation"), !recipient.organisation.trimmed().isEmpty()},
        {QStringLiteral("recipientAddress"),
         !recipient.pec.trimmed().isEmpty() || !recipient.postalAddress.trimmed().isEmpty()},
    };
}

QString LetterRenderer::html(const Recipient &recipient) const
{
    return m_template.fill(values(recipient), flags(recipient));
}

std::unique_ptr<QTextDocument> LetterRenderer::document(const Recipient &recipient) const
{
    auto document = html::newDocument(m_logo);
    document->setHtml(html(recipient));
    html::sealImages(*document);
    document->setMetaInformation(QTextDocument::DocumentTitle, subject(recipient));
    return document;
}

QImage LetterRenderer::previewImage(const Recipient &recipient, int dpi) const
{
    auto doc = document(recipient);
    return PagedOutput::renderPage(*doc, 0, footer(), dpi);
}

} // namespace tavolo::documents
