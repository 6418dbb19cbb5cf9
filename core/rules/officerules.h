#pragma once

#include "core/domain/history.h"
#include "core/domain/result.h"

namespace tavolo {

// What a new term of office or delegation does to the one before it: an open-ended earlier term
// of the same office is ended the day before the new one starts (the ASL director changed);
// any other overlap is refused, because an office has one holder and one delegate at a time.
struct Succession
{
    std::optional<qint64> ends; // the id of the earlier term to end
    QDate endsOn;
};

class OfficeRules
{
    Q_DECLARE_TR_FUNCTIONS(OfficeRules)
public:
    // office.assign (R-A, R-B)
    static Result<Succession> assign(const History &history, const OfficeTerm &term);
    // delegation.add (R-A, R-B): only where the seed says "o suo delegato", by an act, while the
    // office has a holder.
    static Result<Succession> delegate(const History &history, const Delegation &delegation);

    // office.end: the holder leaves the office on `to`; the term is kept (R-J).
    static Problems endProblems(const History &history, qint64 termId, QDate to);

    static QString ruleOf(Office office); // R-A for the chair, R-B for the mandatory members
};

} // namespace tavolo
