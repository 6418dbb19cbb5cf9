#include "server.h"

#include "core/storage/serveraddress.h"
#include "migrations.h"
#include "sql.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSysInfo>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

namespace tavolo::server {

bool isServer(const QSqlDatabase &db)
{
    return db.driverName() == driverName;
}

namespace {

// A value for libpq's key='value' connection options.
QString quoted(QString value)
{
    value.remove(QLatin1Char(';')); // Qt's driver turns every ';' of the options into a space
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

} // namespace

Result<Done> configure(QSqlDatabase &db, const QString &location, const QString &who)
{
    const QUrl url(location, QUrl::StrictMode);
    const QString database = url.path().mid(1);
    if (!url.isValid() || database.isEmpty() || database.contains(QLatin1Char('/')))
        return Result<Done>::refused(Problem::refused(
            QStringLiteral("ARCHIVE"),
            QCoreApplication::translate("tavolo::Archive",
                                        "%1 is not a connection string Tavolo understands: write "
                                        "it as postgresql://user@server:5432/database.")
                .arg(ServerAddress::shown(location))));
    db.setDatabaseName(database);
    if (!url.userName().isEmpty())
        db.setUserName(url.userName());
    if (!url.password().isEmpty())
        db.setPassword(url.password());
    if (!url.host().isEmpty())
        db.setHostName(url.host());
    if (url.port() > 0)
        db.setPort(url.port());
    QStringList options {
        QStringLiteral("application_name=")
        + quoted(
            (applicationPrefix + QStringLiteral("%1 on %2").arg(who, QSysInfo::machineHostName()))
                .left(63))};
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            db.setHostName(value); // a folder: the server's Unix socket
        else if (key == QLatin1String("port"))
            db.setPort(value.toInt());
        else if (key != QLatin1String("password"))
            options << key + QLatin1Char('=') + quoted(value);
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
    return Result<Done>::ok({});
}

Problem notConnected(const QSqlError &error, const QString &shown)
{
    const QString said = error.databaseText().trimmed();
    const auto has = [&said](const char *text) {
        return said.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    const auto refused = [](const QString &message) {
        return Problem::refused(QStringLiteral("ARCHIVE"), message);
    };
    const auto words = [](const char *text) {
        return QCoreApplication::translate("tavolo::Archive", text);
    };
    if (has("password authentication failed") || has("authentication failed for user")
        || (has("role") && has("does not exist")))
        return refused(
            words(QT_TRANSLATE_NOOP(
                      "tavolo::Archive",
                      "The office server refused the password of %1: the password is wrong, "
                      "or the user does not exist. Nothing was changed."))
                .arg(shown));
    if (has("no password supplied") || has("password is required"))
        return refused(words(QT_TRANSLATE_NOOP(
                                 "tavolo::Archive",
                                 "The office server asks for a password for %1 and none was given: "
                                 "type it, or put it in your password file (pgpass)."))
                           .arg(shown));
    if (has("does not exist") && has("database"))
        return refused(
            words(QT_TRANSLATE_NOOP("tavolo::Archive",
                                    "The office server has no database named as in %1: check the "
                                    "name, or ask whoever looks after the server to create it."))
                .arg(shown));
    if (has("could not connect") || has("could not translate host name")
        || has("connection refused") || has("timeout expired") || has("no route to host")
        || has("network is unreachable") || has("connection to server"))
        return refused(
            words(QT_TRANSLATE_NOOP(
                      "tavolo::Archive",
                      "The office server of %1 cannot be reached: check the server's name "
                      "and port, that it is running, and the network. Nothing was changed."))
                .arg(shown));
    if (has("ssl") || has("certificate"))
        return refused(words(QT_TRANSLATE_NOOP(
                                 "tavolo::Archive",
                                 "The secure connection (TLS) to %1 failed: check the TLS mode, or "
                                 "ask whoever looks after the server. The server answered: %2"))
                           .arg(shown, said));
    if (has("no pg_hba.conf entry") || has("permission denied"))
        return refused(
            words(QT_TRANSLATE_NOOP(
                      "tavolo::Archive",
                      "The office server does not let this user or this computer use %1: "
                      "ask whoever looks after the server. The server answered: %2"))
                .arg(shown, said));
    return refused(
        words(QT_TRANSLATE_NOOP("tavolo::Archive",
                                "The archive %1 cannot be opened: the server answered: %2"))
            .arg(shown, said.isEmpty() ? error.text() : said));
}

bool isConflict(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    return state == QLatin1String("40001") || state == QLatin1String("40P01");
}

Problem problem(const QSqlError &error)
{
    // PostgreSQL's error codes: postgresql.org/docs/15/errcodes-appendix.html
    const QString state = error.nativeErrorCode();
    const auto say = [](const char *text) {
        return Problem::refused(QStringLiteral("STORAGE"),
                                QCoreApplication::translate("tavolo::Archive", text));
    };
    if (isConflict(error))
        return say(QT_TRANSLATE_NOOP(
            "tavolo::Archive",
            "Another workstation was saving a change to the same records at the same "
            "moment, again and again: this change was not saved. Try again."));
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P"))
        || (state.isEmpty() && error.type() == QSqlError::ConnectionError))
        return say(QT_TRANSLATE_NOOP(
            "tavolo::Archive",
            "The connection to the office server was lost: this change was not saved, "
            "and everything saved before it is safe. Check the network and try again."));
    if (state == QLatin1String("53100"))
        return say(QT_TRANSLATE_NOOP(
            "tavolo::Archive",
            "The office server's disk is full: this change was not saved, and everything "
            "saved before it is safe. Tell whoever looks after the server."));
    if (state == QLatin1String("42501") || state == QLatin1String("25006"))
        return say(QT_TRANSLATE_NOOP(
            "tavolo::Archive",
            "Your account on the office server is not allowed to change the archive: "
            "this change was not saved. Ask whoever looks after the server."));
    return sql::storageProblem(error.text());
}

int schemaVersion(const QSqlDatabase &db)
{
    const qint64 tables =
        sql::scalar(db,
                    QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                   "WHERE table_schema = current_schema()"));
    if (tables == 0)
        return 0;
    const qint64 hasVersions =
        sql::scalar(db,
                    QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE "
                                   "table_schema = current_schema() AND table_name = "
                                   "'schema_version'"));
    if (hasVersions == 0)
        return -1;
    return int(sql::scalar(db, QStringLiteral("SELECT max(version) FROM schema_version"), {}, -1));
}

Result<Done> usableVersion(int version, const QString &shown)
{
    const auto refused = [](const QString &message) {
        return Result<Done>::refused(Problem::refused(QStringLiteral("ARCHIVE"), message));
    };
    if (version < 0)
        return refused(QCoreApplication::translate(
                           "tavolo::Archive",
                           "The database %1 holds tables that are not a Tavolo archive. "
                           "Nothing was changed: name an empty database, or Tavolo's.")
                           .arg(shown));
    if (version > Migrations::latestServerVersion())
        return refused(QCoreApplication::translate(
                           "tavolo::Archive",
                           "The archive %1 was written by a newer version of Tavolo "
                           "(schema %2; this program knows up to %3). Update Tavolo to "
                           "open it. It was left untouched.")
                           .arg(shown)
                           .arg(version)
                           .arg(Migrations::latestServerVersion()));
    return Result<Done>::ok({});
}

void pauseBeforeAttempt(int attempt)
{
    const auto pause = static_cast<unsigned long>(QRandomGenerator::global()->bounded(5, 20));
    QThread::msleep(pause * static_cast<unsigned long>(attempt));
}

} // namespace tavolo::server
