#pragma once

#include "core/domain/history.h"
#include "core/domain/problem.h"

#include <QCoreApplication>

namespace tavolo {

// The participation cycle's records other than submissions: cycles, planning tables and their
// participants, calls with their forms, and the adhesions to the programme agreement (R-M).
class CycleRules
{
    Q_DECLARE_TR_FUNCTIONS(CycleRules)
public:
    static Problems addProblems(const History &history, const PlanningCycle &cycle);
    static Problems updateProblems(const History &history, const PlanningCycle &cycle);
    static Problems tableProblems(const History &history, const PlanningTable &table);
    static Problems participantProblems(const History &history, qint64 tableId, qint64 personId,
                                        QDate from);
    static Problems callProblems(const History &history, const Call &call);

    // The held meetings of the cycle's tables and plenaries at which someone of the
    // organisation was recorded present: its participation record (R-M).
    static QList<Meeting> participationRecord(const History &history, qint64 cycleId,
                                              qint64 organisationId);
    // R-M: refused for a body with no participation record, naming what was checked.
    static Problems adhesionProblems(const History &history, const Adhesion &adhesion);

    // "the planning table "Minori" (Casalasco)" for the sentences of the rules.
    static QString tableName(const History &history, qint64 tableId);

private:
    static Problems actProblems(const std::optional<ActRecord> &act, const QString &field,
                                const PlanningCycle &cycle);
};

} // namespace tavolo
