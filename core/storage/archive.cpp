#include "archive.h"

#include "archivefile.h"
#include "migrations.h"
#include "sql.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>

#include <atomic>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace tavolo {

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("tavolo-archive-%1").arg(++counter);
}

Result<Done> refusedOpen(const QString &message)
{
    return Result<Done>::refused(Problem::refused(QStringLiteral("ARCHIVE"), message));
}

} // namespace

Archive::Archive(QObject *parent)
    : QObject(parent)
{
}

Archive::~Archive()
{
    close();
}

bool Archive::isOpen() const
{
    return !m_connection.isEmpty() && QSqlDatabase::database(m_connection, false).isOpen();
}

QSqlDatabase Archive::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

int Archive::schemaVersion() const
{
    return int(sql::scalar(database(), QStringLiteral("PRAGMA user_version")));
}

void Archive::close()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
    m_path.clear();
    m_depth = 0;
}

Result<Done> Archive::open(const QString &path, OpenMode mode)
{
    close();
    const QString shown = QDir::toNativeSeparators(path);
    const ArchiveFile file = ArchiveFile::inspect(path);
    switch (file.kind) {
    case ArchiveFile::Kind::Missing:
        if (mode == OpenMode::MustExist)
            return refusedOpen(tr("There is no archive at %1.").arg(shown));
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return refusedOpen(tr("The folder for the archive %1 cannot be created.").arg(shown));
        break;
    case ArchiveFile::Kind::Empty:
        break;
    case ArchiveFile::Kind::Unreadable:
        return refusedOpen(tr("The file %1 cannot be read: %2").arg(shown, file.detail));
    case ArchiveFile::Kind::NotDatabase:
        return refusedOpen(tr("The file %1 is not a Tavolo archive: it is not a database, or it "
                              "is damaged. It was left untouched.")
                               .arg(shown));
    case ArchiveFile::Kind::Foreign:
        return refusedOpen(tr("The file %1 is a database of another program, not a Tavolo "
                              "archive. It was left untouched.")
                               .arg(shown));
    case ArchiveFile::Kind::Tavolo:
        if (file.schemaVersion > Migrations::latestVersion())
            return refusedOpen(tr("The archive %1 was written by a newer version of Tavolo "
                                  "(schema %2; this program knows up to %3). Update Tavolo to "
                                  "open it. The file was left untouched.")
                                   .arg(shown)
                                   .arg(file.schemaVersion)
                                   .arg(Migrations::latestVersion()));
        break;
    }
    if (file.kind != ArchiveFile::Kind::Missing && !QFileInfo(path).isWritable())
        return refusedOpen(tr("The archive %1 is read-only: Tavolo needs to write to it. Ask "
                              "for write permission or copy it to a folder of yours.")
                               .arg(shown));

    m_connection = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const QString error = db.lastError().text();
        close();
        return refusedOpen(tr("The archive %1 cannot be opened: %2").arg(shown, error));
    }
    m_path = path;
    m_actor = systemUserName();
    if (auto configured = configure(); !configured) {
        close();
        return configured;
    }
    return Result<Done>::ok({});
}

Result<Done> Archive::configure()
{
    const QSqlDatabase db = database();
    const int version = schemaVersion();
    const auto appId = quint32(sql::scalar(db, QStringLiteral("PRAGMA application_id")));
    // The header read before opening may be stale when a write-ahead log holds newer pages.
    if (version > Migrations::latestVersion() || (version > 0 && appId != ArchiveFile::applicationId))
        return refusedOpen(tr("The file %1 is not an archive this version of Tavolo can open. "
                              "It was left untouched.")
                               .arg(QDir::toNativeSeparators(m_path)));
    const auto run = [&db](const char *pragma) {
        return sql::exec(db, QString::fromLatin1(pragma));
    };
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL"}) {
        if (auto done = run(pragma); !done)
            return Result<Done>::refused(done.problems());
    }
    // Migrate before switching to the write-ahead log: the first migration then writes the
    // application id into the file itself, so that a crash right after creation never leaves
    // a file whose header (read before opening) looks like another program's database.
    if (auto migrated = Migrations::upgrade(db, version); !migrated)
        return migrated;
    if (auto done = run("PRAGMA journal_mode = WAL"); !done)
        return Result<Done>::refused(done.problems());
    return Result<Done>::ok({});
}

Result<Done> Archive::begin()
{
    if (!isOpen())
        return refusedOpen(tr("No archive is open."));
    const QString statement = m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                           : QStringLiteral("SAVEPOINT tavolo_%1").arg(m_depth);
    auto done = sql::exec(database(), statement);
    if (!done) {
        const QString error = done.problems().constFirst().message;
        if (error.contains(QLatin1String("locked")) || error.contains(QLatin1String("busy")))
            return refusedOpen(tr("The archive is in use by another program that is saving "
                                  "changes. Try again in a moment."));
        return Result<Done>::refused(done.problems());
    }
    ++m_depth;
    if (m_depth == 1) {
        if (auto applied = applyAuditContext(); !applied) {
            rollback();
            return applied;
        }
    }
    return Result<Done>::ok({});
}

Result<Done> Archive::applyAuditContext()
{
    auto done = sql::exec(database(),
                          QStringLiteral("UPDATE audit_context SET actor = COALESCE(:actor, ''), "
                                         "operation = COALESCE(:operation, ''), scrub_person = NULL"),
                          {{QStringLiteral("actor"), m_actor},
                           {QStringLiteral("operation"), m_operation}});
    return done ? Result<Done>::ok({}) : Result<Done>::from(done);
}

void Archive::setActor(const QString &actor)
{
    m_actor = actor;
    if (inTransaction())
        applyAuditContext();
}

void Archive::setOperation(const QString &operation)
{
    m_operation = operation;
    if (inTransaction())
        applyAuditContext();
}

QString Archive::systemUserName()
{
    for (const char *name : {"USERNAME", "USER", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
#ifdef Q_OS_UNIX
    // Services and containers often run without USER in the environment.
    if (const passwd *entry = getpwuid(geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return QStringLiteral("unknown");
}

Result<Done> Archive::commit()
{
    --m_depth;
    const QString statement = m_depth == 0 ? QStringLiteral("COMMIT")
                                           : QStringLiteral("RELEASE tavolo_%1").arg(m_depth);
    auto done = sql::exec(database(), statement);
    if (!done) {
        rollbackAt(m_depth);
        return Result<Done>::refused(done.problems());
    }
    if (m_depth == 0)
        emit changed();
    return Result<Done>::ok({});
}

void Archive::rollback()
{
    --m_depth;
    rollbackAt(m_depth);
}

void Archive::rollbackAt(int depth)
{
    if (depth == 0) {
        sql::exec(database(), QStringLiteral("ROLLBACK"));
        return;
    }
    sql::exec(database(), QStringLiteral("ROLLBACK TO tavolo_%1").arg(depth));
    sql::exec(database(), QStringLiteral("RELEASE tavolo_%1").arg(depth));
}

} // namespace tavolo
