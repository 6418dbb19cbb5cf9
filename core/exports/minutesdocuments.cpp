#include "minutesdocuments.h"

#include "core/rules/meetingrules.h"
#include "core/storage/archive.h"
#include "core/storage/historystore.h"
#include "meetingdocuments.h"

namespace tavolo {

namespace {

// "Maria Rossi (Coop. Alfa)": as the attendance sheet names a person, without contacts.
QString personWithOrganisation(const History &h, qint64 id)
{
    const auto org = h.personOrganisations.constFind(id);
    return org == h.personOrganisations.constEnd()
        ? h.personName(id)
        : QStringLiteral("%1 (%2)").arg(h.personName(id), h.organisationName(*org));
}

QStringList names(const History &h, const QList<qint64> &people)
{
    QStringList out;
    for (const qint64 id : people)
        out << h.personName(id);
    return out;
}

// Who voted which way, by name, as the register names them today (an anonymised person by the
// pseudonym).
documents::MinutesDocumentData::Item::Voters voters(const History &h,
                                                    const std::optional<Vote> &vote)
{
    if (!vote)
        return {};
    return {names(h, vote->names.favourable), names(h, vote->names.contrary),
            names(h, vote->names.abstained)};
}

} // namespace

Result<documents::MinutesDocumentData> MinutesDocuments::build(Archive &archive, qint64 meetingId)
{
    using R = Result<documents::MinutesDocumentData>;
    const History h = HistoryStore(archive).load();
    const Meeting *meeting = h.meeting(meetingId);
    const Minutes *minutes = meeting ? h.minutesOfMeeting(meetingId) : nullptr;
    if (!minutes)
        return R::refused(
            Problem::refused(QStringLiteral("R-K"),
                             tr("The meeting %1 has no minutes: draft them first.").arg(meetingId),
                             QStringLiteral("meeting")));
    return build(archive, meetingId, *minutes);
}

Result<documents::MinutesDocumentData> MinutesDocuments::build(Archive &archive, qint64 meetingId,
                                                               const Minutes &given)
{
    using R = Result<documents::MinutesDocumentData>;
    const auto pack = MeetingDocuments::build(archive, meetingId);
    if (!pack)
        return R::from(pack);
    const History h = HistoryStore(archive).load();
    const Meeting *meeting = h.meeting(meetingId);
    const Minutes *minutes = &given;
    documents::MinutesDocumentData d;
    d.meeting = pack.value().meeting;
    d.opened = minutes->opened;
    d.closed = minutes->closed;
    d.chair = minutes->chair ? h.personName(*minutes->chair) : QString();
    d.secretary = minutes->secretary ? h.personName(*minutes->secretary) : QString();
    for (qint64 id : MeetingRules::participants(h, *meeting)) {
        switch (meeting->attendance.value(id, Attendance::Absent)) {
        case Attendance::Present:
            d.present << personWithOrganisation(h, id);
            break;
        case Attendance::Excused:
            d.excused << personWithOrganisation(h, id);
            break;
        case Attendance::Absent:
            d.absent << personWithOrganisation(h, id);
            break;
        }
    }
    for (int i = 0; i < meeting->agenda.size(); ++i) {
        documents::MinutesDocumentData::Item item {meeting->agenda.at(i), {}, {}, std::nullopt, {}};
        for (const MinutesItem &written : minutes->items)
            if (written.item == i + 1)
                item = {meeting->agenda.at(i), written.summary, written.decision, written.vote,
                        voters(h, written.vote)};
        d.items << item;
    }
    d.draft = minutes->isDraft();
    if (minutes->approvedAt)
        if (const Meeting *approval = h.meeting(*minutes->approvedAt))
            d.approvedOn = approval->date;
    for (const MinutesCorrection &c : minutes->corrections)
        d.corrections << documents::MinutesDocumentData::Correction {c.date, c.text, c.reason};
    return R::ok(d);
}

} // namespace tavolo
