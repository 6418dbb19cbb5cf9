#include "server.h"

#include "sql.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSysInfo>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

namespace tavolo::server {

bool isLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

bool isServer(const QSqlDatabase &db)
{
    return db.driverName() == driverName;
}

QString shown(const QString &location)
{
    QUrl url(location);
    url.setPassword(QString());
    return url.toString(QUrl::RemovePassword);
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
                .arg(shown(location))));
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
            QStringLiteral("Tavolo - %1 on %2").arg(who, QSysInfo::machineHostName()).left(63))};
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

void pauseBeforeAttempt(int attempt)
{
    const auto pause = static_cast<unsigned long>(QRandomGenerator::global()->bounded(5, 20));
    QThread::msleep(pause * static_cast<unsigned long>(attempt));
}

} // namespace tavolo::server
