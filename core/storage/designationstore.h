#pragma once

#include "core/domain/history.h"
#include "core/domain/result.h"

#include <QCoreApplication>

namespace tavolo {

class Archive;

// Designations of representatives by the organisations (R-E), ended but never deleted (R-J).
class DesignationStore
{
    Q_DECLARE_TR_FUNCTIONS(DesignationStore)
public:
    explicit DesignationStore(Archive &archive);

    // The category is taken from the organisation as it is today and kept with the term.
    Result<qint64> add(const Designation &designation);
    Result<qint64> end(qint64 id, QDate to);
    // Undoing a designation just recorded by mistake: the row is deleted, which is allowed only
    // while nothing in the history rests on it (no request signed, no amendment approved, no
    // attendance recorded by its person during its term, and it has not been ended). Anything
    // older is ended, never deleted (R-J).
    Result<qint64> revoke(qint64 id);

private:
    Archive &m_archive;
};

} // namespace tavolo
