#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>

namespace tavolo {

// Tries a connection to an archive on the office's PostgreSQL server without opening it as the
// archive, and without writing anything: the connect dialog's "Test the connection" (issue 18).
// Refused with a sentence saying why (the server cannot be reached, the password is wrong, the
// database does not exist or holds something else, …); else what a connection would find.
class ServerProbe
{
    Q_DECLARE_TR_FUNCTIONS(ServerProbe)
public:
    struct Found
    {
        int schemaVersion = 0; // 0: an empty database, where the first connection makes the archive
        QString serverVersion; // "15.5"
    };

    // `password` empty: libpq's password file (PGPASSFILE, ~/.pgpass), or none.
    static Result<Found> test(const QString &location, const QString &password);
};

} // namespace tavolo
