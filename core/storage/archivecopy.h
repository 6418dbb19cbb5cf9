#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>

namespace tavolo {

class Archive;

// Moving an archive from a file to the office server (issue 18, point 4): every row of every
// table — the register, the history, the documents, the audit trail as it is — with the same
// ids, into a new archive on the server, in one transaction; the server's identity sequences
// then continue after the highest id. A target that holds any row is refused untouched.
class ArchiveCopy
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveCopy)
public:
    // `from` is an open archive file, `to` an open archive on a server at the same schema
    // version. Returns how many rows were copied.
    static Result<qint64> fileToServer(Archive &from, Archive &to);
};

} // namespace tavolo
