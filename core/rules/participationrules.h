#pragma once

#include "core/domain/history.h"
#include "core/domain/problem.h"

#include <QCoreApplication>

namespace tavolo {

// A table participation taken back or cut short: ended on a day (table.participant.end) or
// removed when a corrected submission no longer admits its contact. The record of the
// meetings wins: a participation is not cut before a meeting of that table at which the person's
// attendance is recorded.
class ParticipationRules
{
    Q_DECLARE_TR_FUNCTIONS(ParticipationRules)
public:
    // The first meeting of the table after `day` at which the person's attendance is recorded.
    static const Meeting *attendedAfter(const History &history, qint64 tableId, qint64 personId,
                                        QDate day);
    // The person's latest participation in the table, if any.
    static const TableParticipant *latest(const History &history, qint64 tableId, qint64 personId);
    // Ending the person's latest participation in the table on `to` (its last day): refused
    // before its first day, after an end already recorded, or before a meeting she attended.
    static Problems endProblems(const History &history, qint64 tableId, qint64 personId, QDate to);
    // Removing a participation (table, person, from) that a corrected submission no longer
    // gives: refused when the person's attendance is recorded at a meeting of it since then.
    static Problems removalProblems(const History &history, qint64 tableId, qint64 personId,
                                    QDate from);
};

} // namespace tavolo
