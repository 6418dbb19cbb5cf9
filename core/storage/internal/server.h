#pragma once

#ifndef TAVOLO_STORAGE_INTERNAL
#error "core/storage/internal is for the stores only: other layers ask a store of core/storage"
#endif

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

namespace tavolo::server {

// An archive on the office's PostgreSQL server (issue 18) is named by a connection string,
// "postgresql://user@host:5432/tavolo?sslmode=require", instead of a file. What differs from a
// SQLite file is kept here and in resources/migrations/pg; the stores' SQL is the same for both.

inline const QString driverName = QStringLiteral("QPSQL");
// The channel of LISTEN/NOTIFY on which every commit to the archive is announced.
inline const QString changesChannel = QStringLiteral("tavolo_changed");

bool isLocation(const QString &location); // postgresql:// or postgres://
bool isServer(const QSqlDatabase &db);

// The connection string shown to the clerk: without the password, if one was written in it.
QString shown(const QString &location);

// Sets host, port, user, database and libpq's options (sslmode, connect_timeout, …) of `db`
// from the connection string; names this program and user in application_name, so that the
// server's list of sessions says who is connected. A password written in the string is used
// for this connection only; otherwise libpq reads PGPASSFILE or ~/.pgpass.
Result<Done> configure(QSqlDatabase &db, const QString &location, const QString &who);

// A serialization failure (SQLSTATE 40001) or a deadlock (40P01): the transaction lost a race
// with another clerk's and, run again, sees what that one saved.
bool isConflict(const QSqlError &error);

// The problem for an error the server reported (its SQLSTATE), in words for the clerk.
Problem problem(const QSqlError &error);

// The schema version of the archive in the database: 0 when the database holds no table at all
// (a new archive); -1 when it holds tables but no Tavolo archive.
int schemaVersion(const QSqlDatabase &db);

// How many times a write that lost a race is run again before it is refused, and the pause
// before each new run (a few random milliseconds, longer each time, so that two programs that
// collided do not collide again in step).
constexpr int WriteAttempts = 8;
void pauseBeforeAttempt(int attempt);

} // namespace tavolo::server
