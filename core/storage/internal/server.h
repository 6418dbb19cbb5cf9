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
// How every Tavolo program's session starts its application_name on the server, before "<user>
// on <computer>": the server's list of sessions (pg_stat_activity) then says who is connected.
inline const QString applicationPrefix = QStringLiteral("Tavolo - ");
// The channel of LISTEN/NOTIFY on which every commit to the archive is announced.
inline const QString changesChannel = QStringLiteral("tavolo_changed");

bool isServer(const QSqlDatabase &db);

// Sets host, port, user, database and libpq's options (sslmode, connect_timeout, …) of `db`
// from the connection string; names this program and user in application_name, so that the
// server's list of sessions says who is connected. A password written in the string is used
// for this connection only; otherwise libpq reads PGPASSFILE or ~/.pgpass.
Result<Done> configure(QSqlDatabase &db, const QString &location, const QString &who);

// A serialization failure (SQLSTATE 40001) or a deadlock (40P01): the transaction lost a race
// with another clerk's and, run again, sees what that one saved.
bool isConflict(const QSqlError &error);

// Why a connection to the server failed, in a sentence for the clerk: the server cannot be
// reached, the password is wrong or missing, the database does not exist; else what libpq said.
// `shown` names the archive (ServerAddress::shown). libpq's messages are matched in English, as the
// server and libpq write them without a translation installed; another language gets the
// server's own words.
Problem notConnected(const QSqlError &error, const QString &shown);

// The problem for an error the server reported (its SQLSTATE), in words for the clerk.
Problem problem(const QSqlError &error);

// The schema version of the archive in the database: 0 when the database holds no table at all
// (a new archive); -1 when it holds tables but no Tavolo archive.
int schemaVersion(const QSqlDatabase &db);

// Whether an archive of schema `version` (schemaVersion) can be opened by this program: refused
// with a sentence for a database holding something else (-1) or a newer Tavolo's archive.
Result<Done> usableVersion(int version, const QString &shown);

// How many times a write that lost a race is run again before it is refused, and the pause
// before each new run (a few random milliseconds, longer each time, so that two programs that
// collided do not collide again in step).
constexpr int WriteAttempts = 8;
void pauseBeforeAttempt(int attempt);

} // namespace tavolo::server
