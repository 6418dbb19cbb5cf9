#include "compositioncommands.h"

#include "core/storage/designationstore.h"
#include "core/storage/officestore.h"
#include "storecommand.h"

namespace tavolo {

Result<qint64> CompositionCommands::designate(const Designation &designation,
                                              const QString &personName)
{
    Archive &a = m_archive;
    return StoreCommand::run(
        m_undo, tr("Designate %1").arg(personName),
        [&a, designation] { return DesignationStore(a).add(designation); },
        [&a](qint64 id) { return DesignationStore(a).revoke(id); });
}

Result<qint64> CompositionCommands::endDesignation(qint64 designation, QDate to)
{
    Archive &a = m_archive;
    return StoreCommand::run(m_undo, tr("End designation"), [&a, designation, to] {
        return DesignationStore(a).end(designation, to);
    });
}

Result<qint64> CompositionCommands::assignOffice(const OfficeTerm &term)
{
    Archive &a = m_archive;
    return StoreCommand::run(m_undo, tr("Assign office"),
                             [&a, term] { return OfficeStore(a).assign(term); });
}

Result<qint64> CompositionCommands::addDelegation(const Delegation &delegation)
{
    Archive &a = m_archive;
    return StoreCommand::run(m_undo, tr("Add delegation"),
                             [&a, delegation] { return OfficeStore(a).delegate(delegation); });
}

} // namespace tavolo
