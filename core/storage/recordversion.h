#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>

namespace tavolo {

class Archive;

// Optimistic concurrency of the register's records (migration 007): a dialog keeps the version
// of the record it opened, and the save checks it in its own transaction, so that of two
// programs editing the same record the second save is refused instead of silently undoing the
// first.
class RecordVersion
{
    Q_DECLARE_TR_FUNCTIONS(RecordVersion)
public:
    static const QString rule; // "CHANGED"

    // Inside the write's transaction: refused when the row of `table` has a version other than
    // `expected`, naming who saved it last and when (from the audit trail). An `expected` of 0
    // is not checked (a script that read no version).
    static Result<Done> check(Archive &archive, const QString &table, qint64 id, int expected);
    // The refusal is a change made meanwhile (the clerk may reload the record).
    static bool changedMeanwhile(const Problems &problems);

    // Settings kept as keys and values in `table` with no version column (document_settings,
    // the letterhead): the id of the table's last audit row is their stamp. It moves exactly
    // when a value changes (migration 006 audits changes only), so no migration is needed.
    static qint64 tableStamp(Archive &archive, const QString &table);
    // Inside the write's transaction: refused when `table` was changed since `expected` was
    // read (tableStamp), naming who saved it last and when. A negative `expected` is not checked.
    static Result<Done> checkTable(Archive &archive, const QString &table, qint64 expected);

private:
    // "by Maria Rossi (mrossi) on 30/11/2026 14:05" from the audit row `auditId`.
    static QString changedBy(Archive &archive, qint64 auditId, const QString &withDate,
                             const QString &withoutDate);
};

} // namespace tavolo
