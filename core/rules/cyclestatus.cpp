#include "cyclestatus.h"

#include "cyclerules.h"
#include "ruletext.h"

#include <algorithm>

namespace tavolo {

CycleStatus CycleStatusRules::of(const History &history, const PlanningCycle &c, QDate date)
{
    CycleStatus s;
    s.cycleId = c.id;
    s.name = c.name;
    s.inProgress = c.period.contains(date);
    for (const PlanningTable &t : history.tablesOf(c.id)) {
        ++s.tables;
        const bool met = std::any_of(t.meetings.cbegin(), t.meetings.cend(), [&](const Meeting &m) {
            return m.date <= date && m.state != MeetingState::Cancelled;
        });
        if (!met)
            s.tablesWithoutMeetings << t.id;
    }
    for (const Submission &sub : history.submissions) {
        const Call *call = history.call(sub.callId);
        if (!call || call->cycleId != c.id || sub.received.date() > date)
            continue;
        ++s.submissions;
        s.late += sub.late ? 1 : 0;
        s.lateUndecided += sub.late && sub.decision == Decision::Pending ? 1 : 0;
        s.admitted += sub.isAdmitted() ? 1 : 0;
    }
    for (const Adhesion &a : history.adhesions)
        s.adhesions += a.cycleId == c.id && a.requested <= date ? 1 : 0;
    return s;
}

Problems CycleStatusRules::complianceProblems(const History &history, QDate date)
{
    const QString rule = QStringLiteral("R-L");
    Problems problems;
    for (const PlanningCycle &c : history.cycles) {
        if (!c.period.contains(date))
            continue;
        for (const Call &call : history.calls) {
            if (call.cycleId != c.id)
                continue;
            int undecided = 0;
            for (const Submission &s : history.submissions)
                undecided += s.callId == call.id && s.late && s.decision == Decision::Pending
                        && s.received.date() <= date
                    ? 1
                    : 0;
            if (undecided > 0)
                problems << Problem::warning(
                    rule,
                    tr("The call \"%1\" has %n late submission(s) awaiting your decision.", nullptr,
                       undecided)
                        .arg(call.title),
                    QStringLiteral("submission"));
        }
        const CycleStatus s = of(history, c, date);
        for (qint64 id : s.tablesWithoutMeetings)
            problems << Problem::warning(rule,
                                         tr("No meeting yet for %1 of the cycle %2.")
                                             .arg(CycleRules::tableName(history, id), c.name),
                                         QStringLiteral("table"));
    }
    return problems;
}

} // namespace tavolo
