#pragma once

#include "core/domain/clock.h"
#include "core/domain/history.h"
#include "core/domain/result.h"

#include <QCoreApplication>

namespace tavolo {

class Archive;

// Thematic working groups (R-I): participants, the coordinator proposed and then ratified at
// the group's first meeting.
class GroupStore
{
    Q_DECLARE_TR_FUNCTIONS(GroupStore)
public:
    explicit GroupStore(Archive &archive);

    Result<qint64> add(const WorkingGroup &group);
    Result<qint64> addParticipant(qint64 group, qint64 person);
    Result<qint64> proposeCoordinator(qint64 group, qint64 person);
    // A group's meetings are meetings like the Tavolo's (MeetingStore, body = the group);
    // these two keep the group.meeting.* operations and their callers working.
    Result<qint64> addMeeting(const Meeting &meeting);
    Result<qint64> holdMeeting(qint64 meeting, const QHash<qint64, Attendance> &attendance,
                               bool ratifyCoordinator, QDate today = Clock::today());

private:
    template<typename Check, typename Save>
    Result<qint64> change(qint64 group, Check check, Save save);

    Archive &m_archive;
};

} // namespace tavolo
