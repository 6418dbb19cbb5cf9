#pragma once

#include "core/domain/history.h"
#include "core/domain/result.h"

namespace tavolo {

// regulation.amend: the changes asked for, and who approved them (R-H).
struct Amendment
{
    QDate date;
    std::optional<int> minMeetingsPerYear;
    std::optional<int> noticeDays;
    std::optional<int> requestDeadlineDays;
    std::optional<std::pair<int, int>> threshold; // numerator, denominator
    std::optional<QMap<Category, int>> seats;
    std::optional<QList<Office>> offices; // the offices the Tavolo includes
    QList<qint64> approvals;
    // The held meeting at which it was approved, when named: its approvers must be among those
    // present there (R-H, R-K).
    std::optional<qint64> atMeeting;
};

class RegulationRules
{
    Q_DECLARE_TR_FUNCTIONS(RegulationRules)
public:
    // The new version of the regulation in force from the amendment's date, or the refusals:
    // requirements a–e kept whatever the votes, and the approval of every member in office.
    static Result<Regulation> amend(const History &history, const Amendment &amendment);

private:
    static Problems requirementProblems(const Regulation &current, const Amendment &a);
    static Problems approvalProblems(const History &history, const Amendment &a);
    static Problems meetingProblems(const History &history, const Amendment &a);
};

} // namespace tavolo
