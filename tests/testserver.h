#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUrl>
#include <QUrlQuery>
#include <atomic>

// The tests' PostgreSQL server (issue 18). ctest registers a second variant of the storage
// tests with TAVOLO_TEST_DB set to the connection string of a private server
// (scripts/pg-test-server.sh, started by the fixture test pg_server_start): the same test
// source then runs against an archive on that server instead of a file.
namespace testserver {

inline QString baseLocation()
{
    return qEnvironmentVariable("TAVOLO_TEST_DB");
}

inline bool active()
{
    return !baseLocation().isEmpty();
}

// Points `db` (a QPSQL connection) at the database that `location` names on the test server.
inline void configure(QSqlDatabase &db, const QString &location)
{
    const QUrl url(location);
    const QUrlQuery query(url);
    db.setHostName(query.hasQueryItem(QStringLiteral("host"))
                       ? query.queryItemValue(QStringLiteral("host"))
                       : url.host());
    if (query.hasQueryItem(QStringLiteral("port")))
        db.setPort(query.queryItemValue(QStringLiteral("port")).toInt());
    else if (url.port() > 0)
        db.setPort(url.port());
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
}

// Runs `statement` in the server's maintenance database (CREATE/DROP DATABASE).
inline bool admin(const QString &statement)
{
    const QString name = QStringLiteral("tavolo-test-admin");
    bool done = false;
    {
        QUrl url(baseLocation());
        url.setPath(QStringLiteral("/postgres"));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        configure(db, url.toString());
        if (db.open()) {
            QSqlQuery q(db);
            done = q.exec(statement);
            if (!done)
                qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
        } else {
            qWarning("test server: %s", qPrintable(db.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

// A new, empty database on the test server; its connection string.
inline QString createDatabase(QString *name)
{
    static std::atomic<int> counter {0};
    *name = QStringLiteral("t_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    if (!admin(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0").arg(*name)))
        return {};
    QUrl url(baseLocation());
    url.setPath(QLatin1Char('/') + *name);
    return url.toString();
}

inline void dropDatabase(const QString &name)
{
    admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

// An archive's place for one test: in the PostgreSQL variant a new database, dropped at the end;
// otherwise the file `fallback`.
class Place
{
public:
    explicit Place(const QString &fallback)
    {
        if (active())
            m_location = createDatabase(&m_database);
        else
            m_location = fallback;
    }
    ~Place()
    {
        if (!m_database.isEmpty())
            dropDatabase(m_database);
    }
    Place(const Place &) = delete;
    Place &operator=(const Place &) = delete;

    QString location() const { return m_location; }

private:
    QString m_location;
    QString m_database;
};

} // namespace testserver

// For a test of what only a file has (its bytes, its folder, its journal): skipped in the
// PostgreSQL variant.
#define SKIP_ON_SERVER()                                                                           \
    do {                                                                                           \
        if (testserver::active())                                                                  \
            QSKIP("a property of the archive file: not for an archive on a server");               \
    } while (false)
