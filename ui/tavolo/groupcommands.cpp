#include "groupcommands.h"

#include "core/storage/groupstore.h"
#include "storecommand.h"

namespace tavolo {

Result<qint64> GroupCommands::create(const WorkingGroup &group)
{
    Archive &a = m_archive;
    return StoreCommand::run(m_undo, tr("New group"),
                             [&a, group] { return GroupStore(a).add(group); });
}

Result<qint64> GroupCommands::addParticipant(qint64 group, qint64 person)
{
    Archive &a = m_archive;
    return StoreCommand::run(m_undo, tr("Add participant"), [&a, group, person] {
        return GroupStore(a).addParticipant(group, person);
    });
}

Result<qint64> GroupCommands::proposeCoordinator(qint64 group, qint64 person)
{
    Archive &a = m_archive;
    return StoreCommand::run(m_undo, tr("Propose coordinator"), [&a, group, person] {
        return GroupStore(a).proposeCoordinator(group, person);
    });
}

Result<qint64> GroupCommands::addMeeting(const Meeting &meeting)
{
    Archive &a = m_archive;
    return StoreCommand::run(m_undo, tr("New group meeting"),
                             [&a, meeting] { return GroupStore(a).addMeeting(meeting); });
}

} // namespace tavolo
