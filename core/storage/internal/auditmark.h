#pragma once

#ifndef TAVOLO_STORAGE_INTERNAL
#error "core/storage/internal is for the stores only: other layers ask a store of core/storage"
#endif

#include "core/storage/archivechanges.h"

#include <QSqlDatabase>

namespace tavolo {

// A place in the audit trail (003_audit.sql): its last row when the mark was set. What was
// written after it is what changed since, record by record, on SQLite and on the server alike
// (the audit rows are written by the archive's own triggers, for every audited table).
class AuditMark
{
public:
    // The end of the audit trail now.
    static AuditMark now(const QSqlDatabase &db);

    // The records of the audit rows written after the mark, which then moves past them.
    // Everything when the audit trail no longer holds the mark's row as it was (the archive was
    // replaced, by a restore), or when there are more than ArchiveChanges::MostListed.
    ArchiveChanges advance(const QSqlDatabase &db);
    // advance() inside the transaction that set the mark (now()), which holds its row.
    ArchiveChanges written(const QSqlDatabase &db);

    bool operator==(const AuditMark &) const = default;

private:
    bool stillThere(const QSqlDatabase &db) const;

    qint64 m_id = 0; // 0: the audit trail was empty
    QString m_at;
};

} // namespace tavolo
