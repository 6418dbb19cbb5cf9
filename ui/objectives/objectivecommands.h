#pragma once

#include "core/domain/history.h"
#include "core/domain/result.h"

#include <QCoreApplication>

class QUndoStack;

namespace tavolo {

class Archive;

// The clerk's actions on the objectives (seed 002), each one ruled write of ObjectiveStore as a
// named command on the undo stack (StoreCommand).
class ObjectiveCommands
{
    Q_DECLARE_TR_FUNCTIONS(ObjectiveCommands)
public:
    ObjectiveCommands(Archive &archive, QUndoStack *undo)
        : m_archive(archive)
        , m_undo(undo)
    { }

    // A phase edited in the table (the id says which). A new weight is checked against the other
    // phases' (ObjectiveRules::weightProblems: refused unless they add up to 100, saying the
    // sum); the store keeps the weights the sheet was added with. Undo puts the phase back.
    Result<qint64> updatePhase(const History &history, const ObjectivePhase &changed);
    // A value typed in for an indicator. A reading is a record (R-J) with no operation taking it
    // back, so the stack is cleared.
    Result<qint64> record(qint64 indicatorId, const IndicatorReading &reading);
    // The operations of a JSON file (objective.add, phase.update, indicator.record, …), each as
    // `tavolo-cli apply` runs it; the refusals, each naming its operation. `applied` counts
    // those that succeeded. The stack is cleared: the batch has no undo.
    Problems applyFile(const QString &path, int *applied);

private:
    Archive &m_archive;
    QUndoStack *m_undo;
};

} // namespace tavolo
