#pragma once

#include "core/domain/history.h"
#include "core/domain/result.h"

namespace tavolo {

// Where a valid request to convene stands on a date (R-D).
struct RequestStatus
{
    qint64 requestId = 0;
    QDate deadline; // the request's date + the days the regulation allows
    std::optional<qint64> answeredBy; // the requested meeting convened for it
    bool overdue = false; // still unanswered past the deadline
    int daysLeft = 0; // before the deadline, when still open
};

class RequestRules
{
    Q_DECLARE_TR_FUNCTIONS(RequestRules)
public:
    // request.add: motivated, by distinct TS representatives in office on its date, at least
    // ceil(n/3) of the n in office.
    static Problems problems(const History &history, const ConvocationRequest &request);
    static RequestStatus status(const History &history, const ConvocationRequest &request,
                                QDate asOf);
    // "4 of 11 — threshold 4": the count the clerk sees while picking signatories.
    struct Count
    {
        int signatories = 0;
        int representatives = 0;
        int threshold = 0;
        bool enough() const { return representatives > 0 && signatories >= threshold; }
    };
    static Count count(const History &history, QDate date, int signatories);
};

} // namespace tavolo
