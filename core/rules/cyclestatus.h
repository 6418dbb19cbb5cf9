#pragma once

#include "core/domain/history.h"
#include "core/domain/problem.h"

#include <QCoreApplication>

namespace tavolo {

// Where a cycle stands on a date, for `check` and the dashboard: its tables and those with no
// meeting yet, its calls' submissions and the late ones still undecided, its adhesions.
struct CycleStatus
{
    qint64 cycleId = 0;
    QString name;
    bool inProgress = false; // the date falls within the cycle
    int tables = 0;
    QList<qint64> tablesWithoutMeetings;
    int submissions = 0;
    int late = 0;
    int lateUndecided = 0;
    int admitted = 0;
    int adhesions = 0;
};

class CycleStatusRules
{
    Q_DECLARE_TR_FUNCTIONS(CycleStatusRules)
public:
    static CycleStatus of(const History &history, const PlanningCycle &cycle, QDate date);
    // Warnings of R-L for every cycle in progress on the date: calls whose deadline has passed
    // with late submissions undecided, tables with no meeting yet.
    static Problems complianceProblems(const History &history, QDate date);
};

} // namespace tavolo
