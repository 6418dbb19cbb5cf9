#pragma once

#include "core/domain/history.h"
#include "core/domain/result.h"

#include <QCoreApplication>

namespace tavolo {

class Archive;

// The objectives (seed 002): every change is one ruled write (ObjectiveRules decides, a
// refusal changes nothing). What a page or the report reads comes from HistoryStore
// (History::objectives) and from IndicatorValues / Measures over it.
class ObjectiveStore
{
    Q_DECLARE_TR_FUNCTIONS(ObjectiveStore)
public:
    explicit ObjectiveStore(Archive &archive);

    // The objective with its phases and indicators (their numbers are their order, from 1).
    Result<qint64> add(const Objective &objective);
    // Replaces the phase's planned and actual days, progress, responsible, centre and notes
    // (the id says which; its description and weight stay).
    Result<qint64> updatePhase(const ObjectivePhase &phase);
    // An actual value typed in for a typed-in indicator; the new reading's id.
    Result<qint64> record(qint64 indicatorId, const IndicatorReading &reading);

private:
    Archive &m_archive;
};

} // namespace tavolo
