#include "groupstore.h"

#include "core/rules/grouprules.h"
#include "meetingstore.h"
#include "ruledwrite.h"
#include "sql.h"

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
{ }

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
        id,
        [&](const History &h, const WorkingGroup &g) {
            return GroupRules::participantProblems(h, g, person);
        },
        [&](const History &, const WorkingGroup &) -> Result<qint64> {
            const auto done = sql::insert(
                sql::database(m_archive), QStringLiteral("group_participants"),
                {{QStringLiteral("group_id"), id}, {QStringLiteral("person_id"), person}});
            return done ? Result<qint64>::ok(id) : done;
        });
}

Result<qint64> GroupStore::proposeCoordinator(qint64 id, qint64 person)
{
    return change(
        id,
        [&](const History &h, const WorkingGroup &g) {
            return GroupRules::proposeProblems(h, g, person);
        },
        [&](const History &, const WorkingGroup &) -> Result<qint64> {
            const auto done =
                sql::update(sql::database(m_archive), QStringLiteral("working_groups"), id,
                            {{QStringLiteral("proposed_coordinator_id"), person}});
            return done ? Result<qint64>::ok(id) : Result<qint64>::from(done);
        });
}

Result<qint64> GroupStore::addMeeting(const Meeting &meeting)
{
    return MeetingStore(m_archive).add(meeting);
}

Result<qint64> GroupStore::holdMeeting(qint64 meeting, const QHash<qint64, Attendance> &attendance,
                                       bool ratifyCoordinator, QDate today)
{
    return MeetingStore(m_archive).hold(meeting, attendance, ratifyCoordinator, today);
}

} // namespace tavolo
