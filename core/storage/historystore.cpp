#include "historystore.h"

#include "core/rules/meetingrules.h"
#include "cyclehistory.h"
#include "objectivehistory.h"
#include "rows.h"
#include "sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tavolo {

namespace {

Period periodOf(const QSqlQuery &q, int from)
{
    return Period {sql::dayOf(q.value(from)), sql::dayOf(q.value(from + 1))};
}

using rows::idOf;
using rows::stringsOf;

// Every body's meetings by id, for the rows that name one (agenda items, attendance, …): a
// search through every list for each row grew with meetings × rows (40,000 attendance rows of
// 1,250 meetings in an archive of twenty years, bench/archive-scale). The lists are complete
// and not changed while the pointers are used.
QHash<qint64, Meeting *> meetingsById(History &h)
{
    QHash<qint64, Meeting *> index;
    for (Meeting &m : h.meetings)
        index.insert(m.id, &m);
    for (WorkingGroup &g : h.groups)
        for (Meeting &m : g.meetings)
            index.insert(m.id, &m);
    for (PlanningTable &t : h.tables)
        for (Meeting &m : t.meetings)
            index.insert(m.id, &m);
    return index;
}

QHash<qint64, Minutes *> minutesById(History &h)
{
    QHash<qint64, Minutes *> index;
    for (Minutes &m : h.minutes)
        index.insert(m.id, &m);
    return index;
}

std::optional<Vote> voteOf(const QVariant &unanimous, const QSqlQuery &q, int counts)
{
    if (unanimous.isNull())
        return std::nullopt;
    if (unanimous.toBool())
        return Vote {};
    return Vote::counted(q.value(counts).toInt(), q.value(counts + 1).toInt(),
                         q.value(counts + 2).toInt());
}

WorkingGroup *groupIn(History &h, qint64 id)
{
    for (WorkingGroup &g : h.groups)
        if (g.id == id)
            return &g;
    return nullptr;
}

PlanningTable *tableIn(History &h, qint64 id)
{
    return const_cast<PlanningTable *>(std::as_const(h).table(id));
}

} // namespace

HistoryStore::HistoryStore(const Archive &archive)
    : m_archive(archive)
{ }

template<typename Row> void HistoryStore::each(const QString &statement, Row row) const
{
    rows::each(sql::database(m_archive), statement, row);
}

History HistoryStore::load() const
{
    History h;
    loadNames(h);
    loadOffices(h);
    loadDesignations(h);
    loadRegulation(h);
    loadRequests(h);
    loadGroups(h);
    CycleHistory(m_archive).load(h);
    loadMeetings(h);
    loadMeetingDetails(h);
    loadMinutes(h);
    ObjectiveHistory(m_archive).load(h);
    return h;
}

void HistoryStore::loadNames(History &h) const
{
    each(QStringLiteral("SELECT id, given_name || ' ' || family_name, family_name || ' ' || "
                        "given_name, organisation_id FROM people"),
         [&](const QSqlQuery &q) {
             const qint64 id = q.value(0).toLongLong();
             h.personNames.insert(id, q.value(1).toString());
             h.personSortNames.insert(id, q.value(2).toString());
             if (!q.value(3).isNull())
                 h.personOrganisations.insert(id, q.value(3).toLongLong());
         });
    each(QStringLiteral("SELECT id, name, category FROM organisations"), [&](const QSqlQuery &q) {
        h.organisations.insert(
            q.value(0).toLongLong(),
            OrganisationInfo {q.value(1).toString(),
                              Categories::fromId(q.value(2).toString()).value_or(Category::Other)});
    });
}

void HistoryStore::loadOffices(History &h) const
{
    each(QStringLiteral("SELECT id, office, person_id, date_from, date_to FROM office_terms "
                        "ORDER BY date_from, id"),
         [&](const QSqlQuery &q) {
             h.officeTerms << OfficeTerm {q.value(0).toLongLong(),
                                          *Offices::fromId(q.value(1).toString()),
                                          q.value(2).toLongLong(), periodOf(q, 3)};
         });
    each(QStringLiteral("SELECT id, office, delegate_id, date_from, date_to, act_date, "
                        "act_reference FROM delegations ORDER BY date_from, id"),
         [&](const QSqlQuery &q) {
             h.delegations << Delegation {
                 q.value(0).toLongLong(), *Offices::fromId(q.value(1).toString()),
                 q.value(2).toLongLong(), periodOf(q, 3),
                 sql::dayOf(q.value(5)),  q.value(6).toString()};
         });
}

void HistoryStore::loadDesignations(History &h) const
{
    each(QStringLiteral("SELECT id, organisation_id, category, person_id, date_from, date_to, "
                        "act_date, act_reference FROM designations ORDER BY date_from, id"),
         [&](const QSqlQuery &q) {
             h.designations << Designation {
                 q.value(0).toLongLong(),
                 q.value(1).toLongLong(),
                 Categories::fromId(q.value(2).toString()).value_or(Category::Other),
                 q.value(3).toLongLong(),
                 periodOf(q, 4),
                 sql::dayOf(q.value(6)),
                 q.value(7).toString()};
         });
}

void HistoryStore::loadRegulation(History &h) const
{
    each(QStringLiteral("SELECT id, effective, min_meetings_per_year, notice_days, "
                        "threshold_numerator, threshold_denominator, request_deadline_days, seats "
                        "FROM regulation_versions ORDER BY effective"),
         [&](const QSqlQuery &q) {
             Regulation r;
             r.id = q.value(0).toLongLong();
             r.effective = sql::dayOf(q.value(1));
             r.minMeetingsPerYear = q.value(2).toInt();
             r.noticeDays = q.value(3).toInt();
             r.thresholdNumerator = q.value(4).toInt();
             r.thresholdDenominator = q.value(5).toInt();
             r.requestDeadlineDays = q.value(6).toInt();
             const QJsonObject seats =
                 QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
             for (auto it = seats.begin(); it != seats.end(); ++it)
                 if (const auto c = Categories::fromId(it.key()))
                     r.seats.insert(*c, it.value().toInt());
             h.amendments << r;
         });
    each(QStringLiteral("SELECT id, approved_at_meeting FROM regulation_versions"),
         [&](const QSqlQuery &q) {
             for (Regulation &r : h.amendments)
                 if (r.id == q.value(0).toLongLong())
                     r.approvedAtMeeting = idOf(q.value(1));
         });
    each(QStringLiteral("SELECT regulation_id, person_id FROM regulation_approvals"),
         [&](const QSqlQuery &q) {
             for (Regulation &r : h.amendments)
                 if (r.id == q.value(0).toLongLong())
                     r.approvals << q.value(1).toLongLong();
         });
}

void HistoryStore::loadRequests(History &h) const
{
    each(QStringLiteral("SELECT id, date, motivation FROM requests ORDER BY date, id"),
         [&](const QSqlQuery &q) {
             h.requests << ConvocationRequest {
                 q.value(0).toLongLong(), sql::dayOf(q.value(1)), {}, q.value(2).toString()};
         });
    each(QStringLiteral("SELECT request_id, person_id FROM request_signatories ORDER BY rowid"),
         [&](const QSqlQuery &q) {
             for (ConvocationRequest &r : h.requests)
                 if (r.id == q.value(0).toLongLong())
                     r.signatories << q.value(1).toLongLong();
         });
}

void HistoryStore::loadMeetings(History &h) const
{
    each(QStringLiteral("SELECT id, kind, date, time, place, online_link, request_id, "
                        "convened_by, joint_with, state, convened_on, cancel_reason, group_id, "
                        "ratified_coordinator, table_id FROM meetings ORDER BY date, time, id"),
         [&](const QSqlQuery &q) {
             Meeting m;
             m.id = q.value(0).toLongLong();
             m.kind =
                 MeetingTerms::kindFromId(q.value(1).toString()).value_or(MeetingKind::Ordinary);
             m.date = sql::dayOf(q.value(2));
             m.time = sql::clockOf(q.value(3));
             m.place = q.value(4).toString();
             m.onlineLink = q.value(5).toString();
             m.requestId = idOf(q.value(6));
             m.convenedBy = q.value(7).toString();
             m.jointWith = stringsOf(q.value(8));
             m.state =
                 MeetingTerms::stateFromId(q.value(9).toString()).value_or(MeetingState::Draft);
             m.convenedOn = sql::dayOf(q.value(10));
             m.cancelReason = q.value(11).toString();
             m.ratifiedCoordinator = q.value(13).toBool();
             if (!q.value(14).isNull()) {
                 if (PlanningTable *t = tableIn(h, q.value(14).toLongLong())) {
                     m.body = MeetingBody::table(t->id);
                     t->meetings << m;
                 }
             } else if (q.value(12).isNull()) {
                 h.meetings << m;
             } else if (WorkingGroup *g = groupIn(h, q.value(12).toLongLong())) {
                 m.body = MeetingBody::group(g->id);
                 g->meetings << m;
             }
         });
}

void HistoryStore::loadMeetingDetails(History &h) const
{
    const QHash<qint64, Meeting *> meetings = meetingsById(h);
    each(QStringLiteral("SELECT meeting_id, text FROM agenda_items ORDER BY meeting_id, position"),
         [&](const QSqlQuery &q) {
             if (Meeting *m = meetings.value(q.value(0).toLongLong()))
                 m->agenda << q.value(1).toString();
         });
    each(QStringLiteral("SELECT meeting_id, id, title, file_name FROM materials ORDER BY id"),
         [&](const QSqlQuery &q) {
             if (Meeting *m = meetings.value(q.value(0).toLongLong()))
                 m->materials << Material {q.value(1).toLongLong(), q.value(2).toString(),
                                           q.value(3).toString()};
         });
    each(QStringLiteral("SELECT meeting_id, person_id, reason FROM guests ORDER BY rowid"),
         [&](const QSqlQuery &q) {
             if (Meeting *m = meetings.value(q.value(0).toLongLong()))
                 m->guests << Guest {q.value(1).toLongLong(), q.value(2).toString()};
         });
    each(QStringLiteral("SELECT meeting_id, person_id, status FROM attendance"),
         [&](const QSqlQuery &q) {
             if (Meeting *m = meetings.value(q.value(0).toLongLong()))
                 m->attendance.insert(q.value(1).toLongLong(),
                                      MeetingTerms::attendanceFromId(q.value(2).toString())
                                          .value_or(Attendance::Absent));
         });
}

void HistoryStore::loadGroups(History &h) const
{
    each(QStringLiteral("SELECT id, name, area, proposed_coordinator_id, coordinator_id FROM "
                        "working_groups ORDER BY name"),
         [&](const QSqlQuery &q) {
             WorkingGroup g;
             g.id = q.value(0).toLongLong();
             g.name = q.value(1).toString();
             g.area = q.value(2).toString();
             g.proposedCoordinator = idOf(q.value(3));
             g.coordinator = idOf(q.value(4));
             h.groups << g;
         });
    each(QStringLiteral("SELECT group_id, person_id FROM group_participants ORDER BY rowid"),
         [&](const QSqlQuery &q) {
             if (WorkingGroup *g = groupIn(h, q.value(0).toLongLong()))
                 g->participants << q.value(1).toLongLong();
         });
}

void HistoryStore::loadMinutes(History &h) const
{
    each(QStringLiteral("SELECT id, meeting_id, opened, closed, chair_id, secretary_id, "
                        "approved_at, approval_unanimous, approval_favourable, approval_contrary, "
                        "approval_abstained FROM minutes ORDER BY id"),
         [&](const QSqlQuery &q) {
             Minutes m;
             m.id = q.value(0).toLongLong();
             m.meetingId = q.value(1).toLongLong();
             m.opened = sql::clockOf(q.value(2));
             m.closed = sql::clockOf(q.value(3));
             m.chair = idOf(q.value(4));
             m.secretary = idOf(q.value(5));
             m.approvedAt = idOf(q.value(6));
             m.approvalVote = voteOf(q.value(7), q, 8);
             h.minutes << m;
         });
    const QHash<qint64, Minutes *> minutes = minutesById(h);
    each(QStringLiteral("SELECT minutes_id, item, summary, decision, unanimous, favourable, "
                        "contrary, abstained FROM minutes_items ORDER BY minutes_id, item"),
         [&](const QSqlQuery &q) {
             if (Minutes *m = minutes.value(q.value(0).toLongLong()))
                 m->items << MinutesItem {q.value(1).toInt(), q.value(2).toString(),
                                          q.value(3).toString(), voteOf(q.value(4), q, 5)};
         });
    each(QStringLiteral("SELECT minutes_id, item, person_id, choice FROM minutes_vote_names "
                        "ORDER BY minutes_id, item, rowid"),
         [&](const QSqlQuery &q) {
             Minutes *m = minutes.value(q.value(0).toLongLong());
             if (!m)
                 return;
             for (MinutesItem &item : m->items) {
                 if (item.item != q.value(1).toInt() || !item.vote)
                     continue;
                 const QString choice = q.value(3).toString();
                 VoteNames &names = item.vote->names;
                 (choice == QLatin1String("favourable")     ? names.favourable
                      : choice == QLatin1String("contrary") ? names.contrary
                                                            : names.abstained)
                     << q.value(2).toLongLong();
             }
         });
    each(QStringLiteral("SELECT minutes_id, id, date, text, reason FROM minutes_corrections "
                        "ORDER BY date, id"),
         [&](const QSqlQuery &q) {
             if (Minutes *m = minutes.value(q.value(0).toLongLong()))
                 m->corrections << MinutesCorrection {q.value(1).toLongLong(),
                                                      sql::dayOf(q.value(2)), q.value(3).toString(),
                                                      q.value(4).toString()};
         });
}

} // namespace tavolo
