#pragma once

#ifndef TAVOLO_STORAGE_INTERNAL
#error "core/storage/internal is for the stores only: other layers ask a store of core/storage"
#endif

#include "core/domain/result.h"

#include <QSqlDatabase>

namespace tavolo {

// What every connection to an archive file does before it trusts the file: SQLite's defences
// against a crafted database, then a look at the pages and at the schema.
class ArchiveCheck
{
public:
    // Right after opening: where the program links SQLite itself, SQLITE_DBCONFIG_DEFENSIVE
    // forbids writing the schema or the pages directly (see the .cpp for trusted_schema).
    static Result<Done> harden(const QSqlDatabase &db);

    struct Finding
    {
        enum class Kind { Sound, Damaged, Altered } kind = Kind::Sound;
        QString detail; // SQLite's verdict, or what in the schema is not Tavolo's
    };
    // quick_check, then the schema against the one the migrations build for the file's version.
    static Finding inspect(const QSqlDatabase &db);
};

} // namespace tavolo
