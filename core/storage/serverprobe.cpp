#include "serverprobe.h"

#include "archive.h"
#include "server.h"
#include "serveraddress.h"
#include "sql.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <atomic>

namespace tavolo {

Result<ServerProbe::Found> ServerProbe::test(const QString &location, const QString &password)
{
    static std::atomic<int> counter {0};
    const QString name = QStringLiteral("tavolo-probe-%1").arg(++counter);
    const QString shown = ServerAddress::shown(location);
    Result<Found> found = Result<Found>::refused(Problems {});
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(server::driverName, name);
        found = [&]() -> Result<Found> {
            if (!db.isValid())
                return Result<Found>::refused(Problem::refused(
                    QStringLiteral("ARCHIVE"),
                    Archive::tr("This installation of Tavolo cannot reach a PostgreSQL server "
                                "(Qt's PostgreSQL driver is missing).")));
            if (auto configured = server::configure(db, location, Archive::systemUserName());
                !configured)
                return Result<Found>::from(configured);
            if (!password.isEmpty())
                db.setPassword(password);
            if (!db.open())
                return Result<Found>::refused(server::notConnected(db.lastError(), shown));
            Found what;
            what.schemaVersion = server::schemaVersion(db);
            if (auto usable = server::usableVersion(what.schemaVersion, shown); !usable)
                return Result<Found>::from(usable);
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SHOW server_version")) && query.next())
                what.serverVersion = query.value(0).toString().section(QLatin1Char(' '), 0, 0);
            return Result<Found>::ok(what);
        }();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return found;
}

} // namespace tavolo
