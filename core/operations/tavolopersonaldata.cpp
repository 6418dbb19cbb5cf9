#include "tavolopersonaldata.h"

#include "core/rules/meetingrules.h"
#include "core/rules/ruletext.h"
#include "core/storage/archive.h"
#include "core/storage/historystore.h"
#include "core/storage/personerasure.h"
#include "fields.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tavolo {

namespace {

QJsonObject term(const Period &p)
{
    return {{QStringLiteral("from"), Fields::dateValue(p.from)},
            {QStringLiteral("to"), Fields::dateValue(p.to)}};
}

// The minutes that name the person (R-K): as chair, as secretary, or among who voted how on an
// item; each with the meeting's day and what they were.
QJsonArray minutesNaming(const History &h, qint64 id)
{
    QJsonArray out;
    for (const Minutes &m : h.minutes) {
        QJsonArray roles, votes;
        if (m.chair == id)
            roles << QStringLiteral("chair");
        if (m.secretary == id)
            roles << QStringLiteral("secretary");
        for (const MinutesItem &item : m.items) {
            if (!item.vote)
                continue;
            const VoteNames &n = item.vote->names;
            const QString voted = n.favourable.contains(id) ? QStringLiteral("favourable")
                : n.contrary.contains(id)                   ? QStringLiteral("contrary")
                : n.abstained.contains(id)                  ? QStringLiteral("abstained")
                                                            : QString();
            if (!voted.isEmpty())
                votes << QJsonObject {{QStringLiteral("item"), item.item},
                                      {QStringLiteral("voted"), voted}};
        }
        if (roles.isEmpty() && votes.isEmpty())
            continue;
        const Meeting *meeting = h.meeting(m.meetingId);
        out << QJsonObject {
            {QStringLiteral("minutes"), m.id},
            {QStringLiteral("meeting"), m.meetingId},
            {QStringLiteral("date"), Fields::dateValue(meeting ? meeting->date : QDate())},
            {QStringLiteral("approved"), !m.isDraft()},
            {QStringLiteral("roles"), roles},
            {QStringLiteral("votes"), votes}};
    }
    return out;
}

} // namespace

QJsonValue TavoloPersonalData::section(Archive &archive, qint64 id)
{
    const History h = HistoryStore(archive).load();
    QJsonArray offices, delegations, designations, meetings, requests, groups;
    for (const OfficeTerm &t : h.officeTerms)
        if (t.personId == id) {
            QJsonObject o = term(t.period);
            o.insert(QStringLiteral("office"), Offices::id(t.office));
            offices << o;
        }
    for (const Delegation &d : h.delegations)
        if (d.delegateId == id) {
            QJsonObject o = term(d.period);
            o.insert(QStringLiteral("office"), Offices::id(d.office));
            o.insert(QStringLiteral("actDate"), Fields::dateValue(d.actDate));
            o.insert(QStringLiteral("actReference"), d.actReference);
            delegations << o;
        }
    for (const Designation &d : h.designations)
        if (d.personId == id) {
            QJsonObject o = term(d.period);
            o.insert(QStringLiteral("organisation"), h.organisationName(d.organisationId));
            o.insert(QStringLiteral("category"), Categories::id(d.category));
            o.insert(QStringLiteral("actDate"), Fields::dateValue(d.actDate));
            o.insert(QStringLiteral("actReference"), d.actReference);
            designations << o;
        }
    for (const Meeting &m : h.allMeetings()) { // a group's too: its guests and attendance
        QJsonObject o {{QStringLiteral("meeting"), m.id},
                       {QStringLiteral("date"), Fields::dateValue(m.date)}};
        for (const Guest &g : m.guests)
            if (g.personId == id)
                o.insert(QStringLiteral("guestReason"), g.reason);
        if (m.attendance.contains(id))
            o.insert(QStringLiteral("attendance"),
                     MeetingTerms::attendanceId(m.attendance.value(id)));
        if (o.size() > 2)
            meetings << o;
    }
    for (const ConvocationRequest &r : h.requests)
        if (r.signatories.contains(id))
            requests << QJsonObject {{QStringLiteral("request"), r.id},
                                     {QStringLiteral("date"), Fields::dateValue(r.date)}};
    for (const WorkingGroup &g : h.groups)
        if (g.participants.contains(id))
            groups << QJsonObject {{QStringLiteral("group"), g.name},
                                   {QStringLiteral("coordinator"), g.coordinator == id}};
    return QJsonObject {{QStringLiteral("offices"), offices},
                        {QStringLiteral("delegations"), delegations},
                        {QStringLiteral("designations"), designations},
                        {QStringLiteral("meetings"), meetings},
                        {QStringLiteral("minutes"), minutesNaming(h, id)},
                        {QStringLiteral("requests"), requests},
                        {QStringLiteral("groups"), groups}};
}

Problems TavoloPersonalData::currentUse(Archive &archive, qint64 id, const QDate &today)
{
    const History h = HistoryStore(archive).load();
    QStringList uses;
    for (const OfficeTerm &t : h.officeTerms)
        if (t.personId == id && t.period.endsOnOrAfter(today))
            uses << Offices::label(t.office);
    for (const Delegation &d : h.delegations)
        if (d.delegateId == id && d.period.endsOnOrAfter(today))
            uses << tr("delegate of the %1").arg(Offices::label(d.office));
    for (const Designation &d : h.designations)
        if (d.personId == id && d.period.endsOnOrAfter(today))
            uses << tr("representative of %1").arg(h.organisationName(d.organisationId));
    for (const Meeting &m : h.allMeetings())
        if (m.date >= today
            && (m.state == MeetingState::Draft || m.state == MeetingState::Convened))
            for (const Guest &g : m.guests)
                if (g.personId == id)
                    uses << tr("guest of the meeting of %1").arg(RuleText::day(m.date));
    if (uses.isEmpty())
        return {};
    return {Problem::refused(
        QStringLiteral("IN-USE"),
        tr("%1 cannot be anonymised while still in office or expected: %2. End those "
           "terms first; the history stays, under the pseudonym.")
            .arg(h.personName(id), uses.join(QStringLiteral("; "))))};
}

Result<Done> TavoloPersonalData::scrub(Archive &archive, qint64 personId)
{
    return PersonErasure::clearGuestReasons(archive, personId);
}

} // namespace tavolo
