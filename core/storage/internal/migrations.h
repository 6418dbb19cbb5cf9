#pragma once

#ifndef TAVOLO_STORAGE_INTERNAL
#error "core/storage/internal is for the stores only: other layers ask a store of core/storage"
#endif

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace tavolo {

// The numbered SQL files under resources/migrations, applied in order. File NNN_name.sql brings
// the schema from version NNN-1 to NNN; the version is kept in PRAGMA user_version.
// An archive on a PostgreSQL server (server.h) has its own files, resources/migrations/pg
// (generated from the SQLite ones by scripts/pg-schema.py), and keeps its version in the table
// schema_version, one row per step applied.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)
public:
    struct Step
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    static QList<Step> steps(); // sorted by version
    static int latestVersion();
    static QList<Step> serverSteps();
    static int latestServerVersion();

    // Applies every step after `fromVersion` (up to `toVersion`, when given), each in its own
    // transaction.
    static Result<Done> upgrade(const QSqlDatabase &db, int fromVersion, int toVersion = -1);

    // Splits an SQL script into statements: at a ';' that ends a line, except inside the
    // BEGIN … END body of a trigger. Comment lines ("--") are dropped.
    static QStringList statements(const QString &script);
};

} // namespace tavolo
