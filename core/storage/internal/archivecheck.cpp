#include "archivecheck.h"

#include "archiveschema.h"
#include "migrations.h"
#include "sql.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#ifdef TAVOLO_HAVE_SQLITE_API
#include <sqlite3.h>
#endif

namespace tavolo {

Result<Done> ArchiveCheck::harden(const QSqlDatabase &db)
{
    // PRAGMA trusted_schema=OFF is not used: on the SQLite of Debian 12 (3.40) the JSON
    // functions are not marked innocuous, and Tavolo's own schema uses json_valid() in CHECK
    // constraints and json_object() in the audit triggers ("unsafe use of json_valid()"). What
    // the pragma would guard against, code in a crafted file, is refused by inspect(): a file
    // whose triggers and views are not exactly Tavolo's is never written to.
#ifdef TAVOLO_HAVE_SQLITE_API
    // Only where Qt's driver uses the same SQLite library as this program (Linux: the system's).
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        if (auto *native = *static_cast<sqlite3 *const *>(handle.data()))
            sqlite3_db_config(native, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    }
#else
    Q_UNUSED(db);
#endif
    return Result<Done>::ok({});
}

ArchiveCheck::Finding ArchiveCheck::inspect(const QSqlDatabase &db)
{
    QSqlQuery check(db);
    const bool ran = check.exec(QStringLiteral("PRAGMA quick_check")) && check.next();
    const QString verdict = ran ? check.value(0).toString() : check.lastError().text();
    if (verdict != QLatin1String("ok"))
        return {Finding::Kind::Damaged, verdict};
    const int version = int(sql::scalar(db, QStringLiteral("PRAGMA user_version")));
    if (version > Migrations::latestVersion())
        return {}; // refused by the caller as written by a newer Tavolo
    if (const QString difference = ArchiveSchema::difference(db, version); !difference.isEmpty())
        return {Finding::Kind::Altered, difference};
    return {};
}

} // namespace tavolo
