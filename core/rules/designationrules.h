#pragma once

#include "core/domain/history.h"
#include "core/domain/result.h"

namespace tavolo {

// designation.add / designation.end (R-E seats per category by formal act, R-J history).
class DesignationRules
{
    Q_DECLARE_TR_FUNCTIONS(DesignationRules)
public:
    // The problems of designating `d` (its category already taken from the organisation).
    static Problems problems(const History &history, const Designation &d);
    // Ending designation `id` on `to`; the term is kept, only its end is set.
    static Problems endProblems(const History &history, qint64 id, QDate to);

private:
    static Problems seatProblems(const History &history, const Designation &d);
    static Problems doubleSeatProblems(const History &history, const Designation &d);
    // Warnings: the representative belongs to another organisation in the register, or holds
    // (or is the delegate for) an office of the Tavolo on the first day.
    static Problems mismatchProblems(const History &history, const Designation &d);
};

} // namespace tavolo
