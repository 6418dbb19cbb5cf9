#pragma once

#include "core/domain/planningcycle.h"
#include "core/domain/result.h"

#include <QCoreApplication>

class QUndoStack;

namespace tavolo {

class Archive;

// The clerk's actions on the Piano di Zona's cycle (R-L, R-M), each a named command on the undo
// stack (StoreCommand) over one ruled write of CycleStore. None has an undo pair: the store
// keeps the cycle's history (a submission received, a decision, an adhesion are records, R-J)
// and has no operation taking them back, so the stack is cleared.
class CycleCommands
{
    Q_DECLARE_TR_FUNCTIONS(CycleCommands)
public:
    CycleCommands(Archive &archive, QUndoStack *undo)
        : m_archive(archive)
        , m_undo(undo)
    { }

    Result<qint64> addCycle(const PlanningCycle &cycle);
    Result<qint64> updateCycle(const PlanningCycle &cycle);
    Result<qint64> addTable(const PlanningTable &table);
    Result<qint64> addParticipant(qint64 table, qint64 person, QDate from);
    Result<qint64> addSubmission(const Submission &submission);
    Result<qint64> decide(qint64 submission, bool admit, QDate date, const QString &reason);
    Result<qint64> addAdhesion(const Adhesion &adhesion);

private:
    Archive &m_archive;
    QUndoStack *m_undo;
};

} // namespace tavolo
