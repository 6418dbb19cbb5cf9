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
#ifdef TAVOLO_HAVE_SQLITE_API
    // Only where Qt's driver uses the same SQLite library as this program (Linux: the system's).
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        if (auto *native = *static_cast<sqlite3 *const *>(handle.data()))
            sqlite3_db_config(native, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    }
#endif
    const auto done = sql::exec(db, QStringLiteral("PRAGMA trusted_schema = OFF"));
    return done ? Result<Done>::ok({}) : Result<Done>::from(done);
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
