#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>

namespace tavolo {

class Archive;

// Moving an archive between a file and the office server, either way (issue 18, point 4): every
// row of every table — the register, the history, the documents, the audit trail as it is —
// with the same ids, in one transaction, read from one consistent snapshot of the source; the
// target's ids then continue after the highest copied (a server's identity sequences are set; a
// file gives the next id after the highest by itself). The triggers that would record or
// renumber the rows again are off for that transaction only. One routine for every pair of
// backends: what differs (listing the tables, turning triggers off, the sequences) is asked of
// each archive's own backend.
class ArchiveCopy
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveCopy)
public:
    // Copies `from` into `to`, both open at the same schema version; a target that holds any
    // row is refused untouched. Returns how many rows were copied.
    static Result<qint64> copy(Archive &from, Archive &to);
    // The same, but the target's rows are deleted first, in the same transaction: the target
    // then holds exactly the source's rows, or (refused) what it held before.
    static Result<qint64> replace(Archive &from, Archive &to);
    // Copies `from` into a new archive file at `target`, which must not exist. The file is
    // written under a temporary name beside it and renamed at the end, so that `target` is
    // either a whole copy or absent. Returns how many rows were copied.
    static Result<qint64> intoNewFile(Archive &from, const QString &target);
};

} // namespace tavolo
