#pragma once

#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantMap>

namespace tavolo::sql {

// Runs one statement with named bindings (":name" → value). A failure becomes a refusal with
// rule STORAGE that says what the database answered.
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement,
                       const QVariantMap &bindings = {});

// INSERT of `values` (column → value) into `table`; the new row's id. Table and column names
// come from the program, never from input.
Result<qint64> insert(const QSqlDatabase &db, const QString &table, const QVariantMap &values);
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

// The single integer a scalar query returns, or `fallback`.
qint64 scalar(const QSqlDatabase &db, const QString &statement, const QVariantMap &bindings = {},
              qint64 fallback = 0);

} // namespace tavolo::sql
