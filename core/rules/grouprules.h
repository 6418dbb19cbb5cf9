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
    // Holding one of the group's meetings: MeetingRules::hold, then the ratification.
    static Problems holdProblems(const History &history, const WorkingGroup &group,
                                 const Meeting &meeting,
                                 const QHash<qint64, Attendance> &attendance, bool ratify,
                                 QDate today);
    // Ratifying the proposed coordinator at a meeting being held; holding the group's first
    // meeting without ratifying is a warning (R-I).
    static Problems ratifyProblems(const WorkingGroup &group, bool ratify);
    // As of `asOf`: the first held meeting passed without ratifying a coordinator, and no later
    // one has ratified one yet.
    static bool isFlagged(const WorkingGroup &group, QDate asOf);
    // The coordinator as of `asOf`: the one ratified at a held meeting on or before that day.
    static std::optional<qint64> coordinatorOn(const WorkingGroup &group, QDate asOf);
    static const Meeting *firstHeld(const WorkingGroup &group);
};

} // namespace tavolo
