#pragma once

#include "composition.h"
#include "core/domain/problem.h"
#include "requestrules.h"

namespace tavolo {

// Is the Tavolo in order on a date? The composition and every problem found (R-A … R-I, and
// the minutes of every body, R-K; the participation cycles in progress, R-L).
// Severity: `refused` for a breach already made (a missing office, a year with too few
// meetings, a request left unanswered past its deadline, a group flagged), `warning` for what
// can still be put right (a vacant seat, meetings still due this year, a request still open).
struct Compliance
{
    Composition composition;
    QList<RequestStatus> requests; // the requests made up to the date
    int meetingsThisYear = 0; // of the date's year, held or convened as of the date
    Problems problems;
};

class ComplianceRules
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceRules)
public:
    static Compliance on(const History &history, QDate date);

private:
    static Problems compositionProblems(const Composition &c);
    static Problems meetingProblems(const History &history, QDate date, int *thisYear);
    static Problems requestProblems(const History &history, QDate date,
                                    QList<RequestStatus> *statuses);
    static Problems groupProblems(const History &history, QDate date);
};

} // namespace tavolo
