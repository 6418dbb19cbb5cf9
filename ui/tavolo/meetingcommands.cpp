#include "meetingcommands.h"

#include "core/rules/ruletext.h"
#include "core/storage/meetingstore.h"
#include "storecommand.h"

namespace tavolo {

Result<qint64> MeetingCommands::create(const Meeting &meeting)
{
    Archive &a = m_archive;
    return StoreCommand::run(
        m_undo, tr("New meeting of %1").arg(RuleText::day(meeting.date)),
        [&a, meeting] { return MeetingStore(a).add(meeting); },
        [&a](qint64 id) { return MeetingStore(a).discard(id); });
}

Result<qint64> MeetingCommands::convene(qint64 meeting, QDate on)
{
    Archive &a = m_archive;
    return StoreCommand::run(m_undo, tr("Convene meeting"),
                             [&a, meeting, on] { return MeetingStore(a).convene(meeting, on); });
}

Result<qint64> MeetingCommands::invite(qint64 meeting, const Guest &guest)
{
    Archive &a = m_archive;
    return StoreCommand::run(
        m_undo, tr("Invite guest"),
        [&a, meeting, guest] { return MeetingStore(a).invite(meeting, guest); },
        [&a, meeting, guest](qint64) { return MeetingStore(a).uninvite(meeting, guest.personId); });
}

Result<qint64> MeetingCommands::hold(qint64 meeting, const QHash<qint64, Attendance> &attendance,
                                     bool ratify)
{
    Archive &a = m_archive;
    return StoreCommand::run(m_undo, tr("Record attendance"), [&a, meeting, attendance, ratify] {
        return MeetingStore(a).hold(meeting, attendance, ratify);
    });
}

Result<qint64> MeetingCommands::cancel(qint64 meeting, const QString &reason)
{
    Archive &a = m_archive;
    return StoreCommand::run(m_undo, tr("Cancel meeting"), [&a, meeting, reason] {
        return MeetingStore(a).cancel(meeting, reason);
    });
}

Result<qint64> MeetingCommands::attach(qint64 meeting, const QString &title,
                                       const QString &fileName, const QByteArray &content)
{
    Archive &a = m_archive;
    return StoreCommand::run(
        m_undo, tr("Attach %1").arg(fileName), [&a, meeting, title, fileName, content] {
            return MeetingStore(a).addMaterial(meeting, title, fileName, content);
        });
}

Result<qint64> MeetingCommands::addAgendaItem(qint64 meeting, const QString &text, int position)
{
    Archive &a = m_archive;
    return StoreCommand::run(
        m_undo, tr("Add agenda item"),
        [&a, meeting, text, position] {
            return MeetingStore(a).addAgendaItem(meeting, text, position);
        },
        [&a, meeting, position](qint64) {
            return MeetingStore(a).removeAgendaItem(meeting, position);
        });
}

Result<qint64> MeetingCommands::removeAgendaItem(qint64 meeting, const QString &text, int position)
{
    Archive &a = m_archive;
    return StoreCommand::run(
        m_undo, tr("Remove agenda item"),
        [&a, meeting, position] { return MeetingStore(a).removeAgendaItem(meeting, position); },
        [&a, meeting, text, position](qint64) {
            return MeetingStore(a).addAgendaItem(meeting, text, position);
        });
}

Result<qint64> MeetingCommands::moveAgendaItem(qint64 meeting, int from, int to)
{
    Archive &a = m_archive;
    return StoreCommand::run(
        m_undo, tr("Reorder agenda"),
        [&a, meeting, from, to] { return MeetingStore(a).moveAgendaItem(meeting, from, to); },
        [&a, meeting, from, to](qint64) {
            return MeetingStore(a).moveAgendaItem(meeting, to, from);
        });
}

} // namespace tavolo
