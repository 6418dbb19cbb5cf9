#pragma once

#ifndef TAVOLO_STORAGE_INTERNAL
#error "core/storage/internal is for the stores only: other layers ask a store of core/storage"
#endif

#include <QCoreApplication>
#include <QSqlDatabase>

namespace tavolo {

// The tables, indexes, triggers and views an archive of a given schema version holds: exactly
// those the migrations up to that version build, no more and no fewer. A file that holds
// anything else was altered outside Tavolo (a trigger that copies data away, a view, a table
// left by another program) or lost its tables, and is refused before anything runs on it.
class ArchiveSchema
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveSchema)
public:
    // Empty when the schema of `db` is the one migrations 1..`version` build; otherwise a
    // sentence naming the first object that is foreign, altered or missing.
    static QString difference(const QSqlDatabase &db, int version);
};

} // namespace tavolo
