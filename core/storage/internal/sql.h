#pragma once

#ifndef TAVOLO_STORAGE_INTERNAL
#error "core/storage/internal is for the stores only: other layers ask a store of core/storage"
#endif

#include "core/domain/result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTime>
#include <QVariantMap>

namespace tavolo {
class Archive;
}

namespace tavolo::sql {

// The archive's connection. Only the stores (this layer) and the tests' raw checks reach it:
// Archive's public header names no SQL type, and Qt Sql is linked privately to this layer, so
// a query written in ui/, app/, core/operations or core/exports does not build.
QSqlDatabase database(const Archive &archive);

// Runs one statement with named bindings (":name" → value). A failure becomes a refusal with
// rule STORAGE that says what the database answered.
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement,
                       const QVariantMap &bindings = {});

// exec() for a statement whose rows are not wanted.
Result<Done> execDone(const QSqlDatabase &db, const QString &statement,
                      const QVariantMap &bindings = {});

// Runs a script of statements without bindings in one call (PostgreSQL only: the migrations).
Result<Done> execScript(const QSqlDatabase &db, const QString &script);

// Whether a statement on this connection lost a race with another program's transaction since
// the last call (PostgreSQL's serialization failure or deadlock: server::isConflict); clears it.
bool takeConflict(const QSqlDatabase &db);

// INSERT of `values` (column → value) into `table`; the new row's id (for a table without an id
// column, its row number: SQLite's rowid, the `rowid` column on PostgreSQL). Table and column
// names come from the program, never from input.
Result<qint64> insert(const QSqlDatabase &db, const QString &table, const QVariantMap &values);
// INSERT of a row and of its child rows in `childTable`, each pointing at it through
// `parentColumn` (a request and its signatories, a meeting and its agenda).
Result<qint64> insertWithChildren(const QSqlDatabase &db, const QString &table,
                                  const QVariantMap &values, const QString &childTable,
                                  const QString &parentColumn, const QList<QVariantMap> &children);
// UPDATE of the row `id` of `table` with `values`.
Result<Done> update(const QSqlDatabase &db, const QString &table, qint64 id,
                    const QVariantMap &values);

// The problem for a database error, in words for the clerk.
Problem storageProblem(const QString &what);
// The same for an error of the driver: a full disk, a read-only or vanished file, an I/O error
// and a damaged file each get a sentence of their own.
Problem storageProblem(const QSqlError &error);

// Empty text is stored as NULL, so that UNIQUE columns accept many blanks.
QVariant nullable(const QString &text);
QVariant nullable(const std::optional<qint64> &id);

// Dates and times as the schema keeps them: ISO text, NULL when null.
QVariant day(QDate date);
QDate dayOf(const QVariant &value);
QVariant clock(QTime time); // HH:MM
QTime clockOf(const QVariant &value);

// The single integer a scalar query returns, or `fallback`.
qint64 scalar(const QSqlDatabase &db, const QString &statement, const QVariantMap &bindings = {},
              qint64 fallback = 0);

} // namespace tavolo::sql
