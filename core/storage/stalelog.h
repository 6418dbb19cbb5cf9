#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>

namespace tavolo {

// A write-ahead log (<archive>-wal) beside an archive that no running program holds open: left by
// a program that crashed, or copied there with another file (a backup copied over an archive
// after a crash brings the old archive's log with it). The first connection to open the archive
// would replay it into the file and delete it, so before that the pair is kept as it is.
class StaleLog
{
    Q_DECLARE_TR_FUNCTIONS(StaleLog)
public:
    // Whether `archivePath` has a log that no connection holds open.
    static bool present(const QString &archivePath);

    // How many kept pairs of an archive its backups folder holds: each stale log seen adds one
    // (a machine that crashes often, or a test that kills the program a thousand times, would
    // fill the disk), so after a new pair is kept the oldest beyond this number are removed.
    static constexpr int KeptCopies = 10;

    // Copies the archive and its log, as they are, into the archive's backups folder, then
    // removes the pairs older than the newest KeptCopies; the path of the copy of the archive
    // (its log is beside it, with "-wal" appended).
    static Result<QString> keep(const QString &archivePath);

    // Tavolo's own connections in this process, which the lock test below cannot see. opened()
    // returns the key to give closed() (the file's canonical path at opening).
    static QString opened(const QString &archivePath);
    static void closed(const QString &key);

private:
    // Whether another connection holds the archive open: SQLite keeps a shared lock on byte
    // 128 of the "-shm" file (the "dead man switch") for as long as a connection is open.
    static bool heldByAnotherProcess(const QString &archivePath);
};

} // namespace tavolo
