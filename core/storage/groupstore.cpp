#include "groupstore.h"

#include "ruledwrite.h"
#include "sql.h"

#include "core/rules/grouprules.h"
#include "core/rules/meetingrules.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tavolo {

namespace {

Problem groupNotFound(qint64 id)
{
    return Problem::refused(QStringLiteral("NOT-FOUND"),
                            GroupStore::tr("There is no working group with id %1.").arg(id),
                            QStringLiteral("group"));
}

} // namespace

GroupStore::GroupStore(Archive &archive)
    : m_archive(archive)
{
}

template<typename Check, typename Save>
Result<qint64> GroupStore::change(qint64 id, Check check, Save save)
{
    return ruledWrite(
        m_archive,
        [&](const History &h) -> Result<WorkingGroup> {
            const WorkingGroup *g = h.group(id);
            if (!g)
                return Result<WorkingGroup>::refused(groupNotFound(id));
            const Problems problems = check(h, *g);
            return hasRefusal(problems) ? Result<WorkingGroup>::refused(problems)
                                        : Result<WorkingGroup>::ok(*g, problems);
        },
        save);
}

Result<qint64> GroupStore::add(const WorkingGroup &g)
{
    return ruledWrite(
        m_archive, [&](const History &h) { return GroupRules::addProblems(h, g); },
        [&](const History &, Done) {
            return sql::insert(sql::database(m_archive), QStringLiteral("working_groups"),
                               {{QStringLiteral("name"), g.name.trimmed()},
                                {QStringLiteral("area"), sql::nullable(g.area.trimmed())}});
        });
}

Result<qint64> GroupStore::addParticipant(qint64 id, qint64 person)
{
    return change(
        id, [&](const History &h, const WorkingGroup &g) { return GroupRules::participantProblems(h, g, person); },
        [&](const History &, const WorkingGroup &) -> Result<qint64> {
            const auto done = sql::insert(sql::database(m_archive), QStringLiteral("group_participants"),
                                          {{QStringLiteral("group_id"), id},
                                           {QStringLiteral("person_id"), person}});
            return done ? Result<qint64>::ok(id) : done;
        });
}

Result<qint64> GroupStore::proposeCoordinator(qint64 id, qint64 person)
{
    return change(
        id, [&](const History &h, const WorkingGroup &g) { return GroupRules::proposeProblems(h, g, person); },
        [&](const History &, const WorkingGroup &) -> Result<qint64> {
            const auto done = sql::update(sql::database(m_archive), QStringLiteral("working_groups"), id,
                                          {{QStringLiteral("proposed_coordinator_id"), person}});
            return done ? Result<qint64>::ok(id) : Result<qint64>::from(done);
        });
}

Result<qint64> GroupStore::addMeeting(const GroupMeeting &m)
{
    return change(
        m.groupId, [&](const History &, const WorkingGroup &) { return GroupRules::meetingProblems(m); },
        [&](const History &, const WorkingGroup &) {
            const QJsonArray agenda = QJsonArray::fromStringList(m.agenda);
            return sql::insert(sql::database(m_archive), QStringLiteral("group_meetings"),
                               {{QStringLiteral("group_id"), m.groupId},
                                {QStringLiteral("date"), sql::day(m.date)},
                                {QStringLiteral("time"), sql::clock(m.time)},
                                {QStringLiteral("place"), sql::nullable(m.place.trimmed())},
                                {QStringLiteral("agenda"),
                                 QString::fromUtf8(QJsonDocument(agenda).toJson(QJsonDocument::Compact))}});
        });
}

Result<qint64> GroupStore::holdMeeting(qint64 meetingId, const QHash<qint64, Attendance> &attendance,
                                       bool ratify, QDate today)
{
    const qint64 groupId = sql::scalar(sql::database(m_archive),
                                       QStringLiteral("SELECT group_id FROM group_meetings WHERE id = :id"),
                                       {{QStringLiteral("id"), meetingId}});
    if (groupId == 0)
        return Result<qint64>::refused(Problem::refused(
            QStringLiteral("NOT-FOUND"), tr("There is no group meeting with id %1.").arg(meetingId),
            QStringLiteral("meeting")));
    return change(
        groupId,
        [&](const History &h, const WorkingGroup &g) {
            for (const GroupMeeting &m : g.meetings)
                if (m.id == meetingId)
                    return GroupRules::holdProblems(h, g, m, attendance, ratify, today);
            return Problems{};
        },
        [&](const History &, const WorkingGroup &g) -> Result<qint64> {
            const QSqlDatabase db = sql::database(m_archive);
            for (auto it = attendance.cbegin(); it != attendance.cend(); ++it)
                if (auto done = sql::insert(db, QStringLiteral("group_attendance"),
                                            {{QStringLiteral("group_meeting_id"), meetingId},
                                             {QStringLiteral("person_id"), it.key()},
                                             {QStringLiteral("status"),
                                              MeetingRules::attendanceId(it.value())}});
                    !done)
                    return done;
            if (ratify)
                if (auto done = sql::update(db, QStringLiteral("working_groups"), g.id,
                                            {{QStringLiteral("coordinator_id"),
                                              sql::nullable(g.proposedCoordinator)}});
                    !done)
                    return Result<qint64>::from(done);
            const auto done = sql::update(db, QStringLiteral("group_meetings"), meetingId,
                                          {{QStringLiteral("held"), 1},
                                           {QStringLiteral("ratified_coordinator"), ratify ? 1 : 0}});
            return done ? Result<qint64>::ok(meetingId) : Result<qint64>::from(done);
        });
}

} // namespace tavolo
