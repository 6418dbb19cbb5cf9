#pragma once

#include "core/domain/result.h"
#include "core/domain/workinggroup.h"

#include <QCoreApplication>

class QUndoStack;

namespace tavolo {

class Archive;

// The clerk's actions on a working group (R-I), each a named command on the undo stack (see
// MeetingCommands). None has an undo pair yet: the store keeps a group's history and has no
// operation that takes a participant, a proposal or a held meeting back; the stack is cleared.
class GroupCommands
{
    Q_DECLARE_TR_FUNCTIONS(GroupCommands)
public:
    GroupCommands(Archive &archive, QUndoStack *undo)
        : m_archive(archive)
        , m_undo(undo)
    { }

    Result<qint64> create(const WorkingGroup &group);
    Result<qint64> addParticipant(qint64 group, qint64 person);
    Result<qint64> proposeCoordinator(qint64 group, qint64 person);
    Result<qint64> addMeeting(const Meeting &meeting);

private:
    Archive &m_archive;
    QUndoStack *m_undo;
};

} // namespace tavolo
