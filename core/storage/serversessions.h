#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tavolo {

class Archive;

// Who else works on an archive on the office's PostgreSQL server: the other connections to the
// same database that a Tavolo program opened (their application_name, set by every window and
// tavolo-cli: "Tavolo - Maria Rossi (mrossi) on UFFICIO-2"). The server shows every user that
// much of every session (pg_stat_activity), so no privilege is needed. For an archive file the
// same question is answered by Presence.
class ServerSessions
{
    Q_DECLARE_TR_FUNCTIONS(ServerSessions)
public:
    // One line each ("Maria Rossi (mrossi) on UFFICIO-2"), the same workstation once; empty for
    // an archive that is not on a server, or when the server does not answer.
    static QStringList others(const Archive &archive);
};

} // namespace tavolo
