#pragma once

#include "core/domain/result.h"
#include "core/domain/tavoloterms.h"

#include <QCoreApplication>

class QUndoStack;

namespace tavolo {

class Archive;

// The clerk's changes of the Tavolo's composition (R-A, R-B, R-E), each a named command on the
// undo stack (see MeetingCommands). A designation made by mistake is revoked by undo; the end
// of a term, an office and a delegation are history (R-J): they clear the stack instead.
class CompositionCommands
{
    Q_DECLARE_TR_FUNCTIONS(CompositionCommands)
public:
    CompositionCommands(Archive &archive, QUndoStack *undo)
        : m_archive(archive)
        , m_undo(undo)
    { }

    Result<qint64> designate(const Designation &designation, const QString &personName);
    Result<qint64> endDesignation(qint64 designation, QDate to);
    Result<qint64> assignOffice(const OfficeTerm &term);
    Result<qint64> addDelegation(const Delegation &delegation);

private:
    Archive &m_archive;
    QUndoStack *m_undo;
};

} // namespace tavolo
