#pragma once

#include "core/domain/history.h"

#include "core/domain/result.h"

namespace tavolo {

// Thematic working groups and their coordinator, ratified at the first meeting (R-I).
class GroupRules
{
    Q_DECLARE_TR_FUNCTIONS(GroupRules)
public:
    static Problems addProblems(const History &history, const WorkingGroup &group);
    static Problems participantProblems(const History &history, const WorkingGroup &group,
                                        qint64 personId);
    static Problems proposeProblems(const History &history, const WorkingGroup &group,
                                    qint64 personId);
    static Problems meetingProblems(const GroupMeeting &meeting);
    static Problems holdProblems(const History &history, const WorkingGroup &group,
                                 const GroupMeeting &meeting,
                                 const QHash<qint64, Attendance> &attendance, bool ratify,
                                 QDate today);
    // As of `asOf`: the first held meeting passed without ratifying a coordinator, and no later
    // one has ratified one yet.
    static bool isFlagged(const WorkingGroup &group, QDate asOf);
    // The coordinator as of `asOf`: the one ratified at a held meeting on or before that day.
    static std::optional<qint64> coordinatorOn(const WorkingGroup &group, QDate asOf);
    static const GroupMeeting *firstHeld(const WorkingGroup &group);
};

} // namespace tavolo
