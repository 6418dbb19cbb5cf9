#pragma once

#include "core/domain/history.h"
#include "core/domain/problem.h"
#include "measures.h"

#include <QCoreApplication>

namespace tavolo {

// The objectives (seed 002): what an objective sheet must hold, and how its phases and
// indicators change. Refusals name the field; a refusal changes nothing (the store writes only
// what passes).
class ObjectiveRules
{
    Q_DECLARE_TR_FUNCTIONS(ObjectiveRules)
public:
    // A new objective: code (unique), title, years in order, at least one phase, the phases'
    // weights adding up to 100, each phase's dates in order and progress within 0-100, each
    // indicator described with a known measure (or none).
    static Problems addProblems(const History &history, const Objective &objective);
    // A phase changed (the id says which): dates in order, progress within 0-100.
    static Problems phaseProblems(const History &history, const ObjectivePhase &phase);
    // A value typed in for the indicator `indicatorId`: it must take typed values (not be
    // computed), have a day, and be a ratio exactly when the expected value is one.
    static Problems readingProblems(const History &history, qint64 indicatorId,
                                    const IndicatorReading &reading);

    // Refused unless the weights add up to 100, saying the sum.
    static Problems weightProblems(const QList<ObjectivePhase> &phases);

    // Where an objective's phase or indicator is, by id.
    static const Objective *objectiveOfPhase(const History &history, qint64 phaseId);
    static const Objective *objectiveOfIndicator(const History &history, qint64 indicatorId);
    static const ObjectivePhase *phase(const History &history, qint64 phaseId);
    static const Indicator *indicator(const History &history, qint64 indicatorId);

private:
    static Problems phaseOwnProblems(const ObjectivePhase &phase, const QString &field);
};

// An indicator's actual value as of a date: the latest typed reading on or before it, or the
// measure computed as of it.
struct IndicatorValue
{
    std::optional<Quantity> actual; // none: nothing typed in yet
    QDate date; // the reading's day, or the date measured at
    std::optional<Measurement> measurement; // a computed indicator's count and what it counted
    bool percent = false; // the measure is a rate
};

class IndicatorValues
{
public:
    static IndicatorValue on(const History &history, const Indicator &indicator, QDate date);
};

} // namespace tavolo
