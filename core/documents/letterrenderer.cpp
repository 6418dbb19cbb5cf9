#include "letterrenderer.h"

#include "core/domain/clock.h"
#include "italiandates.h"
#include "italianwords.h"
#include "pagedoutput.h"

#include <QPainter>
#include <QTextDocument>
#include <QUrl>

namespace tavolo::documents {

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
            QStringLiteral("meetingName"),
            QStringLiteral("placeArticle"),
            QStringLiteral("addressLabel"),
            QStringLiteral("jointConvener"),
            QStringLiteral("signatureNote"),
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
            QStringLiteral("signatoryName"),
            QStringLiteral("cycleName")};
}

QSet<QString> LetterRenderer::flagNames()
{
    return {QStringLiteral("guest"),
            QStringLiteral("requested"),
            QStringLiteral("requestProtocol"),
            QStringLiteral("joint"),
            QStringLiteral("materials"),
            QStringLiteral("inPerson"),
            QStringLiteral("online"),
            QStringLiteral("officePec"),
            QStringLiteral("letterPlace"),
            QStringLiteral("recipientRole"),
            QStringLiteral("recipientOrganisation"),
            QStringLiteral("recipientAddress"),
            QStringLiteral("group"),
            QStringLiteral("careOf"),
            QStringLiteral("planning")};
}

Problems LetterRenderer::validateTemplate() const
{
    return m_template.validate(valueNames(), flagNames());
}

QString LetterRenderer::kindLabel() const
{
    // The adjective alone, for templates written before meetingName ("seduta {{kindLabel}}").
    if (m_meeting.isGroupMeeting() || m_meeting.isPlanningMeeting())
        return {};
    return italian::meetingKindLabel(m_meeting.kind).section(QLatin1Char(' '), 1);
}

QString LetterRenderer::subject(const Recipient &recipient) const
{
    if (!m_meeting.subject.isEmpty())
        return m_meeting.subject;
    // The letters are Italian documents whatever the interface language (architecture.md).
    MeetingDocumentData withoutDistrict = m_meeting; // the subject stays on one line
    withoutDistrict.districtName.clear();
    const QString name = italian::meetingName(withoutDistrict);
    const QString lead = recipient.guest ? QStringLiteral("Invito alla %1")
                                         : QStringLiteral("Convocazione della %1");
    return lead.arg(name) + QStringLiteral(" – ")
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
        m_meeting.protocolDate.isValid() ? m_meeting.protocolDate : Clock::today();
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
    v.insert(QStringLiteral("recipientOrganisation"),
             (recipient.careOf ? QStringLiteral("c/o ") : QString())
                 + escaped(recipient.organisation));
    // The letter names the kind of address it prints: a PEC, an ordinary e-mail,
    // or a postal address.
    const QString label = !recipient.pec.isEmpty() ? QStringLiteral("PEC: ")
        : !recipient.email.isEmpty()               ? QStringLiteral("E-mail: ")
                                                   : QString();
    v.insert(QStringLiteral("addressLabel"), label);
    v.insert(
        QStringLiteral("recipientAddress"),
        label
            + escaped(recipient.sendTo().isEmpty() ? recipient.postalAddress : recipient.sendTo()));
    v.insert(QStringLiteral("subject"), escaped(subject(recipient)));
    v.insert(QStringLiteral("tableName"), escaped(m_meeting.tableName));
    v.insert(QStringLiteral("districtSuffix"),
             escaped(italian::districtSuffix(m_meeting.districtName)));
    v.insert(QStringLiteral("kindLabel"), kindLabel());
    v.insert(QStringLiteral("meetingName"), escaped(italian::meetingName(m_meeting)));
    v.insert(QStringLiteral("meetingDateTime"),
             escaped(italian::runningDateTime(m_meeting.date, m_meeting.time)));
    v.insert(QStringLiteral("placeArticle"), italian::placeArticle(m_meeting.place));
    v.insert(QStringLiteral("place"), escaped(m_meeting.place.trimmed()));
    v.insert(QStringLiteral("onlineLink"), escaped(m_meeting.onlineLink));
    v.insert(QStringLiteral("guestReason"), escaped(recipient.guestReason));
    v.insert(QStringLiteral("agendaList"), html::orderedList(m_meeting.agenda));
    v.insert(QStringLiteral("requestSignatories"),
             italian::numberInWords(m_meeting.request.signatories));
    v.insert(QStringLiteral("requestDate"), italian::longDate(m_meeting.request.date));
    v.insert(QStringLiteral("requestProtocol"), escaped(m_meeting.request.protocolNumber));
    v.insert(QStringLiteral("requestMotivation"),
             escaped(italian::withoutFinalStop(m_meeting.request.motivation)));
    v.insert(QStringLiteral("jointConvenedBy"), escaped(m_meeting.joint.convenedBy));
    v.insert(QStringLiteral("jointConvener"),
             m_meeting.joint.convenedBy.isEmpty()
                 ? QString()
                 : escaped(italian::articulated(QStringLiteral("da"), m_meeting.joint.convenedBy)));
    v.insert(QStringLiteral("jointTablesList"), html::bulletList(m_meeting.joint.otherTables));
    v.insert(QStringLiteral("materialsList"), html::bulletList(m_meeting.materials));
    v.insert(QStringLiteral("officePec"), escaped(m_letterhead.officePec));
    v.insert(QStringLiteral("signatoryTitle"), escaped(m_letterhead.signatoryTitle));
    v.insert(QStringLiteral("signatoryName"), escaped(m_letterhead.signatoryName));
    v.insert(QStringLiteral("signatureNote"), escaped(m_letterhead.signatureNote()));
    v.insert(QStringLiteral("cycleName"),
             m_meeting.planning.cycleName.trimmed().isEmpty()
                 ? QStringLiteral("Piano di Zona")
                 : escaped(m_meeting.planning.cycleName.trimmed()));
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
         !recipient.sendTo().trimmed().isEmpty() || !recipient.postalAddress.trimmed().isEmpty()},
        {QStringLiteral("group"), m_meeting.isGroupMeeting()},
        {QStringLiteral("careOf"), recipient.careOf},
        {QStringLiteral("planning"), m_meeting.isPlanningMeeting()},
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
