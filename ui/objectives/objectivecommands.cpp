#include "objectivecommands.h"

#include "core/operations/batch.h"
#include "core/rules/objectiverules.h"
#include "core/storage/objectivestore.h"
#include "ui/tavolo/storecommand.h"

#include <QFile>
#include <QUndoStack>

namespace tavolo {

Result<qint64> ObjectiveCommands::updatePhase(const History &history, const ObjectivePhase &changed)
{
    const ObjectivePhase *old = ObjectiveRules::phase(history, changed.id);
    const Objective *objective = ObjectiveRules::objectiveOfPhase(history, changed.id);
    if (old && objective && old->weight != changed.weight) {
        QList<ObjectivePhase> phases = objective->phases;
        for (ObjectivePhase &p : phases)
            if (p.id == changed.id)
                p.weight = changed.weight;
        if (const Problems problems = ObjectiveRules::weightProblems(phases); hasRefusal(problems))
            return Result<qint64>::refused(problems);
    }
    Archive &a = m_archive;
    StoreCommand::Undo undo;
    if (old)
        undo = [&a, before = *old](qint64) {
            return ObjectiveStore(a).updatePhase(before);
        };
    return StoreCommand::run(
        m_undo, tr("Edit phase %1").arg(changed.number),
        [&a, changed] { return ObjectiveStore(a).updatePhase(changed); }, undo);
}

Result<qint64> ObjectiveCommands::record(qint64 indicatorId, const IndicatorReading &reading)
{
    Archive &a = m_archive;
    return StoreCommand::run(m_undo, tr("Record indicator value"), [&a, indicatorId, reading] {
        return ObjectiveStore(a).record(indicatorId, reading);
    });
}

Problems ObjectiveCommands::applyFile(const QString &path, int *applied)
{
    *applied = 0;
    QFile file(path);
    if (file.size() > Batch::MaxBytes)
        return {Batch::tooLarge(path)};
    if (!file.open(QIODevice::ReadOnly))
        return {Problem::refused(QStringLiteral("FILE"),
                                 tr("Cannot read %1: %2").arg(path, file.errorString()))};
    const Result<QJsonArray> operations = Batch::parse(file.readAll());
    if (!operations)
        return operations.problems();
    Problems problems;
    Batch(m_archive).run(operations.value(), [&](const OperationResult &r) {
        if (r.outcome) {
            ++*applied;
            return;
        }
        for (const Problem &p : r.outcome.problems()) {
            Problem named = p;
            named.message = tr("Operation %1 (%2): %3").arg(r.index + 1).arg(r.op, p.message);
            problems << named;
        }
    });
    if (*applied > 0)
        m_undo->clear();
    return problems;
}

} // namespace tavolo
