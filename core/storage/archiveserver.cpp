// Archive on a PostgreSQL server (issue 18): opening, and the retry of a write that lost a race.
// The rest of Archive is shared with the SQLite file (archive.cpp), each place that differs
// asking onServer().
#include "archive.h"
#include "migrations.h"
#include "server.h"
#include "serveraddress.h"
#include "sql.h"

#include <QSqlDriver>
#include <QSqlError>

namespace tavolo {

namespace {

Result<Done> refusedOpen(const QString &message)
{
    return Result<Done>::refused(Problem::refused(QStringLiteral("ARCHIVE"), message));
}

QString nextServerConnectionName()
{
    static std::atomic<int> counter {0};
    return QStringLiteral("tavolo-server-%1").arg(++counter);
}

} // namespace

Result<Done> Archive::openServer(const QString &location, OpenMode mode)
{
    const QString shown = ServerAddress::shown(location);
    m_connection = nextServerConnectionName();
    m_path = location;
    m_server = true;
    m_actor = systemUserName();
    int version = 0;
    // The connection handle lives in this block only: close() on a refusal must find it unused.
    auto opened = [&]() -> Result<Done> {
        QSqlDatabase db = QSqlDatabase::addDatabase(server::driverName, m_connection);
        if (!db.isValid())
            return refusedOpen(tr("This installation of Tavolo cannot reach a PostgreSQL server "
                                  "(Qt's PostgreSQL driver is missing)."));
        if (auto configured = server::configure(db, location, m_actor); !configured)
            return configured;
        if (!m_password.isEmpty())
            db.setPassword(m_password);
        if (!db.open())
            return Result<Done>::refused(server::notConnected(db.lastError(), shown));
        version = server::schemaVersion(db);
        if (auto usable = server::usableVersion(version, shown); !usable)
            return usable;
        if (version == 0 && mode == OpenMode::MustExist)
            return refusedOpen(tr("There is no archive at %1.").arg(shown));
        if (auto migrated = Migrations::upgrade(db, version); !migrated)
            return migrated;
        // Every commit notifies (commit()); another program's notification is delivered while
        // the event loop runs and the connection is idle, and becomes changed() at once.
        QSqlDriver *driver = db.driver();
        if (driver->subscribeToNotification(server::changesChannel))
            connect(
                driver, &QSqlDriver::notification, this,
                [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
                    if (source == QSqlDriver::OtherSource)
                        announceOutsideChanges();
                });
        return Result<Done>::ok({});
    }();
    if (!opened)
        close();
    return opened;
}

bool Archive::lostRace(int attempt)
{
    if (!m_server || m_depth > 0 || !sql::takeConflict(sql::database(*this)))
        return false;
    if (attempt >= server::WriteAttempts)
        return false;
    server::pauseBeforeAttempt(attempt);
    return true;
}

} // namespace tavolo
