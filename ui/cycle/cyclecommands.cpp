#include "cyclecommands.h"

#include "core/storage/cyclestore.h"
#include "ui/tavolo/storecommand.h"

namespace tavolo {

Result<qint64> CycleCommands::addCycle(const PlanningCycle &cycle)
{
    Archive &a = m_archive;
    return StoreCommand::run(m_undo, tr("New cycle"),
                             [&a, cycle] { return CycleStore(a).add(cycle); });
}

Result<qint64> CycleCommands::updateCycle(const PlanningCycle &cycle)
{
    Archive &a = m_archive;
    return StoreCommand::run(m_undo, tr("Edit cycle"),
                             [&a, cycle] { return CycleStore(a).update(cycle); });
}

Result<qint64> CycleCommands::addTable(const PlanningTable &table)
{
    Archive &a = m_archive;
    return StoreCommand::run(m_undo, tr("New planning table"),
                             [&a, table] { return CycleStore(a).addTable(table); });
}

Result<qint64> CycleCommands::addParticipant(qint64 table, qint64 person, QDate from)
{
    Archive &a = m_archive;
    return StoreCommand::run(m_undo, tr("Add table participant"), [&a, table, person, from] {
        return CycleStore(a).addParticipant(table, person, from);
    });
}

Result<qint64> CycleCommands::addSubmission(const Submission &submission)
{
    Archive &a = m_archive;
    return StoreCommand::run(m_undo, tr("Record submission"),
                             [&a, submission] { return CycleStore(a).addSubmission(submission); });
}

Result<qint64> CycleCommands::decide(qint64 submission, bool admit, QDate date,
                                     const QString &reason)
{
    Archive &a = m_archive;
    return StoreCommand::run(m_undo, tr("Decide late submission"),
                             [&a, submission, admit, date, reason] {
                                 return CycleStore(a).decide(submission, admit, date, reason);
                             });
}

Result<qint64> CycleCommands::addAdhesion(const Adhesion &adhesion)
{
    Archive &a = m_archive;
    return StoreCommand::run(m_undo, tr("Record adhesion"),
                             [&a, adhesion] { return CycleStore(a).addAdhesion(adhesion); });
}

} // namespace tavolo
