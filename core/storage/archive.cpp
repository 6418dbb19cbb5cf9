#include "archive.h"

#include "archivecheck.h"
#include "archivefile.h"
#include "auditmark.h"
#include "backups.h"
#include "localsystem.h"
#include "lockinfo.h"
#include "migrations.h"
#include "presence.h"
#include "server.h"
#include "serveraddress.h"
#include "sql.h"
#include "stalelog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>

namespace tavolo {

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter {0};
    return QStringLiteral("tavolo-archive-%1").arg(++counter);
}

Result<Done> refusedOpen(const QString &message)
{
    return Result<Done>::refused(Problem::refused(QStringLiteral("ARCHIVE"), message));
}

// Why an archive the check found unsound is not opened.
Result<Done> refusalFor(const ArchiveCheck::Finding &finding, const QString &shown)
{
    switch (finding.kind) {
    case ArchiveCheck::Finding::Kind::Sound:
        break;
    case ArchiveCheck::Finding::Kind::Damaged:
        return refusedOpen(Archive::tr("The archive %1 is damaged (%2). It was left untouched: "
                                       "restore it from a backup with \"tavolo-cli restore\".")
                               .arg(shown, finding.detail));
    case ArchiveCheck::Finding::Kind::Altered:
        return refusedOpen(
            Archive::tr("The archive %1 was altered outside Tavolo, or is damaged: %2. "
                        "Tavolo does not use it, so that nothing hidden in it can act. It "
                        "was left untouched: restore it from a backup with \"tavolo-cli "
                        "restore\".")
                .arg(shown, finding.detail));
    }
    return Result<Done>::ok({});
}

// The first column of the first row `statement` gives, or what SQLite said when it failed.
QString firstText(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return query.lastError().text();
    return query.next() ? query.value(0).toString() : QString();
}

// Who has the archive open, in words: the programs that announced themselves beside it (the
// window, a command-line write), else the program holding its lock.
QString holderOf(const QString &path)
{
    QStringList who = Presence(path).others();
    if (who.isEmpty())
        who << LockInfo(path).holder();
    who.removeAll(QString());
    return who.join(QStringLiteral("; "));
}

// On a network drive: SQLite's lock on the whole file, taken now and kept until the connection
// closes (PRAGMA locking_mode = EXCLUSIVE, sqlite.org/pragma.html#pragma_locking_mode). Set
// before the file is first read, so that an archive still in write-ahead-log mode keeps its log
// index in this program's memory instead of a shared "-shm" file.
Result<Done> takeWholeFile(const QSqlDatabase &db, const QString &path, int busyTimeout)
{
    const auto run = [&db](const QString &statement) {
        return sql::exec(db, statement);
    };
    // In exclusive mode a lock held by another program is held until that program closes:
    // waiting the whole busy timeout for it would only delay the refusal.
    run(QStringLiteral("PRAGMA busy_timeout = %1").arg(qMin(busyTimeout, 500)));
    auto locked = run(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"));
    if (locked)
        locked = run(QStringLiteral("BEGIN EXCLUSIVE"));
    if (locked)
        locked = run(QStringLiteral("COMMIT"));
    run(QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeout));
    if (locked)
        return Result<Done>::ok({});
    const QString shown = QDir::toNativeSeparators(path);
    const QString holder = holderOf(path);
    if (holder.isEmpty())
        return refusedOpen(
            Archive::tr("The archive %1 is on a network drive, where only one program at a time "
                        "can use it, and another program (on this computer or on another one) "
                        "has it open. Nothing was changed: close it there, then try again.")
                .arg(shown));
    return refusedOpen(Archive::tr("The archive %1 is on a network drive, where only one "
                                   "program at a time can use it, and it is open in %2. "
                                   "Nothing was changed: close it there, then try again.")
                           .arg(shown, holder));
}

// Said once at each opening of an archive on a network drive.
Problem networkDriveNotice(const QString &path)
{
    return Problem::warning(
        QStringLiteral("ARCHIVE"),
        Archive::tr("The archive %1 is on a network drive. There only one program at a time can "
                    "use it safely, so while it is open here no other program (on this computer "
                    "or on another one) can open it. For several workstations working together, "
                    "the right place for the archive is the office server (File › Connect to the "
                    "office server…; see \"The office server\" in the README).")
            .arg(QDir::toNativeSeparators(path)));
}

} // namespace

Archive::Archive(QObject *parent)
    : QObject(parent)
{
    m_watch.setInterval(1000);
    connect(&m_watch, &QTimer::timeout, this, &Archive::checkForOutsideChanges);
}

Archive::~Archive()
{
    close();
}

bool Archive::isOpen() const
{
    return !m_connection.isEmpty() && QSqlDatabase::database(m_connection, false).isOpen();
}

int Archive::schemaVersion() const
{
    if (m_server)
        return server::schemaVersion(sql::database(*this));
    return int(sql::scalar(sql::database(*this), QStringLiteral("PRAGMA user_version")));
}

void Archive::close()
{
    m_watch.stop();
    if (m_connection.isEmpty())
        return;
    if (!m_server && (m_depth > 0 || m_exclusive))
        LockInfo(m_path).release();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    if (!m_registeredKey.isEmpty())
        StaleLog::closed(m_registeredKey);
    m_registeredKey.clear();
    m_connection.clear();
    m_path.clear();
    m_depth = 0;
    m_exclusive = false;
    m_server = false;
    m_dataVersion = -1;
    m_begun.reset();
    m_seen.reset();
}

Result<Done> Archive::open(const QString &path, OpenMode mode)
{
    close();
    if (ServerAddress::isLocation(path))
        return openServer(path, mode);
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
    case ArchiveFile::Kind::NotAFile:
        return refusedOpen(tr("%1 is not an ordinary file (a folder, a pipe or a device), so it "
                              "cannot be an archive. Nothing was changed.")
                               .arg(shown));
    case ArchiveFile::Kind::NotDatabase:
        return refusedOpen(tr("The file %1 is not a Tavolo archive: it is not a database, or it "
                              "is damaged. It was left untouched.")
                               .arg(shown));
    case ArchiveFile::Kind::Damaged:
        return refusedOpen(tr("The archive %1 is damaged: the file is shorter than its own "
                              "header says (it was cut short, perhaps by an interrupted copy). "
                              "It was left untouched: restore it from a backup with "
                              "\"tavolo-cli restore\".")
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
    // SQLite keeps its write-ahead log beside the archive, so the folder must be writable too.
    const QString folder = QFileInfo(path).absolutePath();
    if (!ArchiveFile::folderAcceptsNewFiles(folder)) {
        if (file.kind == ArchiveFile::Kind::Missing)
            return refusedOpen(tr("The folder %1 is read-only: a new archive cannot be created "
                                  "there. Choose a folder of yours.")
                                   .arg(QDir::toNativeSeparators(folder)));
        return refusedOpen(tr("The folder of the archive %1 is read-only: Tavolo needs to keep "
                              "a journal file beside the archive while it works. Ask for write "
                              "permission, or copy the archive to a folder of yours.")
                               .arg(shown));
    }

    Problems warnings;
    if (file.kind == ArchiveFile::Kind::Tavolo && StaleLog::present(path)) {
        auto kept = keepLeftLog(path);
        if (!kept)
            return kept;
        warnings = kept.warnings();
    }

    m_connection = nextConnectionName();
    m_path = path;
    const bool networkDrive = LocalSystem::onNetworkDrive(path);
    m_registeredKey = StaleLog::opened(path);
    // The connection handle lives in this block only: close() on a refusal must find it unused.
    auto opened = [&]() -> Result<Done> {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeout));
        if (!db.open())
            return refusedOpen(
                tr("The archive %1 cannot be opened: %2").arg(shown, db.lastError().text()));
        if (auto hardened = ArchiveCheck::harden(db); !hardened)
            return hardened;
        if (networkDrive) {
            if (auto taken = takeWholeFile(db, path, m_busyTimeout); !taken)
                return taken; // the other program's lock-info stays as it is
            m_exclusive = true;
            LockInfo(path).claim(); // held until close(): names this program to the others
        }
        if (file.kind != ArchiveFile::Kind::Tavolo)
            return Result<Done>::ok({});
        // Damage inside the file (a header that looks right over broken pages) and a schema
        // that is not Tavolo's are found before anything is written to it.
        return refusalFor(ArchiveCheck::inspect(db), shown);
    }();
    if (!opened) {
        close();
        return opened;
    }
    m_actor = systemUserName();
    if (auto configured = configure(); !configured) {
        close();
        return configured;
    }
    m_dataVersion = dataVersion();
    m_seen = std::make_unique<AuditMark>(AuditMark::now(sql::database(*this)));
    if (m_watch.interval() > 0)
        m_watch.start();
    if (m_exclusive)
        warnings << networkDriveNotice(path);
    return Result<Done>::ok({}, warnings);
}

Result<Done> Archive::keepLeftLog(const QString &path)
{
    // The pair is copied as it is, then a second copy of it is opened and checked: the log is
    // applied to the archive itself only when the result is sound, so that a refused archive
    // keeps its bytes and its log.
    const QString shown = QDir::toNativeSeparators(path);
    const auto kept = StaleLog::keep(path);
    if (!kept)
        return Result<Done>::from(kept);
    const QString probe = kept.value() + QStringLiteral(".check");
    const auto removeProbe = [&probe] {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(probe + QLatin1String(suffix));
    };
    removeProbe();
    Result<Done> verdict = Result<Done>::ok({});
    if (!QFile::copy(kept.value(), probe)
        || !QFile::copy(kept.value() + QStringLiteral("-wal"), probe + QStringLiteral("-wal"))) {
        verdict = refusedOpen(tr("The journal left beside the archive %1 cannot be checked (no "
                                 "room for a copy). Nothing was changed.")
                                  .arg(shown));
    } else {
        const QString name = nextConnectionName();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(probe);
            if (!db.open() || !ArchiveCheck::harden(db))
                verdict = refusedOpen(
                    tr("The archive %1 cannot be opened: %2").arg(shown, db.lastError().text()));
            else
                verdict = refusalFor(ArchiveCheck::inspect(db), shown);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    removeProbe();
    const QString keptShown = QDir::toNativeSeparators(kept.value());
    if (!verdict)
        return Result<Done>::refused(Problem::refused(
            QStringLiteral("ARCHIVE"),
            tr("%1 The archive had a journal file (-wal) left beside it by a program that is no "
               "longer running; with it applied the archive cannot be used. Both files were left "
               "as they are, and a copy of them is in %2.")
                .arg(verdict.problems().constFirst().message, keptShown)));
    return Result<Done>::ok(
        {},
        {Problem::warning(QStringLiteral("ARCHIVE"),
                          tr("The archive %1 had a journal file (-wal) left beside it by a "
                             "program that is no longer running (a crash, or a copy of "
                             "another archive's files). Its changes were applied; the archive "
                             "and the journal as they were are kept in %2 (the newest %3 such "
                             "copies are kept, older ones are removed).")
                              .arg(shown, keptShown)
                              .arg(StaleLog::KeptCopies))});
}

void Archive::setBusyTimeout(int milliseconds)
{
    m_busyTimeout = milliseconds;
    if (isOpen() && m_server)
        sql::exec(sql::database(*this), QStringLiteral("SET lock_timeout = %1").arg(milliseconds));
    else if (isOpen())
        sql::exec(sql::database(*this),
                  QStringLiteral("PRAGMA busy_timeout = %1").arg(milliseconds));
}

void Archive::setWatchInterval(int milliseconds)
{
    m_watch.setInterval(milliseconds);
    if (milliseconds <= 0)
        m_watch.stop();
    else if (isOpen())
        m_watch.start();
}

qint64 Archive::dataVersion() const
{
    if (m_server)
        return -1;
    return sql::scalar(sql::database(*this), QStringLiteral("PRAGMA data_version"), {}, -1);
}

bool Archive::checkForOutsideChanges()
{
    // PRAGMA data_version changes only when another connection commits (sqlite.org/pragma.html).
    if (!isOpen() || m_depth > 0)
        return false;
    const qint64 now = dataVersion();
    if (now == m_dataVersion)
        return false;
    m_dataVersion = now;
    const ArchiveChanges changes =
        m_seen ? m_seen->advance(sql::database(*this)) : ArchiveChanges::everything();
    emit changed(changes.madeElsewhere());
    return true;
}

void Archive::announceOutsideChanges()
{
    if (m_depth == 0)
        emit changed(ArchiveChanges::everything().madeElsewhere());
}

Result<Done> Archive::checkStillThere() const
{
    // On Linux and macOS a file moved or deleted while open stays writable through the open
    // handle: without this check the changes would go to a file nobody can find again.
    if (QFileInfo::exists(m_path))
        return Result<Done>::ok({});
    return refusedOpen(tr("The archive %1 is no longer where it was opened: it was moved, "
                          "renamed or deleted, or its drive was disconnected. This change was "
                          "not saved. Open the archive again from where it is now.")
                           .arg(QDir::toNativeSeparators(m_path)));
}

Result<Done> Archive::refuseBusy() const
{
    const QString holder = LockInfo(m_path).holder();
    if (holder.isEmpty())
        return refusedOpen(tr("The archive is in use by another program that is saving "
                              "changes. Nothing was changed; try again in a moment."));
    return refusedOpen(tr("The archive is in use by %1, which is saving changes. Nothing was "
                          "changed; try again in a moment.")
                           .arg(holder));
}

Result<Done> Archive::configure()
{
    const QSqlDatabase db = sql::database(*this);
    const int version = schemaVersion();
    const auto appId = quint32(sql::scalar(db, QStringLiteral("PRAGMA application_id")));
    // The header read before opening may be stale when a write-ahead log holds newer pages.
    if (version > Migrations::latestVersion()
        || (version > 0 && appId != ArchiveFile::applicationId))
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
    if (m_exclusive)
        return leaveWriteAheadLog();
    if (auto done = run("PRAGMA journal_mode = WAL"); !done)
        return Result<Done>::refused(done.problems());
    return Result<Done>::ok({});
}

Result<Done> Archive::leaveWriteAheadLog()
{
    // On a network drive the archive is one file with a rollback journal. One that was in
    // write-ahead-log mode (it was used from a local folder, or by an older Tavolo) is copied
    // into its backups folder first, as it was, then converted.
    const QSqlDatabase db = sql::database(*this);
    const QString mode = firstText(db, QStringLiteral("PRAGMA journal_mode"));
    if (mode == QLatin1String("wal")) {
        const auto kept =
            Backups(m_path).createKept(*this, QStringLiteral("-before-network-drive"));
        if (!kept)
            return Result<Done>::from(kept);
    }
    const QString now = firstText(db, QStringLiteral("PRAGMA journal_mode = DELETE"));
    if (now == QLatin1String("delete"))
        return Result<Done>::ok({});
    return refusedOpen(tr("The archive %1 is on a network drive and cannot leave the "
                          "write-ahead-log mode, which is unsafe there (SQLite says: %2). It was "
                          "not used.")
                           .arg(QDir::toNativeSeparators(m_path), now));
}

Result<Done> Archive::begin()
{
    if (!isOpen())
        return refusedOpen(tr("No archive is open."));
    if (m_depth == 0 && m_server) {
        sql::takeConflict(sql::database(*this)); // left by a read outside a transaction
        m_begun = std::make_unique<AuditMark>(AuditMark::now(sql::database(*this)));
        if (auto begun = sql::exec(sql::database(*this),
                                   QStringLiteral("BEGIN ISOLATION LEVEL SERIALIZABLE"));
            !begun)
            return Result<Done>::from(begun);
    } else if (m_depth == 0) {
        if (auto there = checkStillThere(); !there)
            return there;
        QSqlQuery query(sql::database(*this));
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            const int code = query.lastError().nativeErrorCode().toInt() & 0xff;
            if (code == 5 || code == 6) // SQLITE_BUSY, SQLITE_LOCKED
                return refuseBusy();
            return Result<Done>::refused(sql::storageProblem(query.lastError()));
        }
        if (!m_exclusive && !LockInfo(m_path).claim()) {
            sql::exec(sql::database(*this), QStringLiteral("ROLLBACK"));
            return refusedOpen(
                tr("%1 is a link to another file. Tavolo writes there who is saving, and will "
                   "not write through a link: remove it. Nothing was changed.")
                    .arg(QDir::toNativeSeparators(LockInfo::sidecarPath(m_path))));
        }
    } else if (auto done = sql::exec(sql::database(*this),
                                     QStringLiteral("SAVEPOINT tavolo_%1").arg(m_depth));
               !done) {
        return Result<Done>::refused(done.problems());
    }
    ++m_depth;
    if (m_depth == 1) {
        if (auto applied = applyAuditContext(); !applied) {
            rollback();
            return applied;
        }
        if (!m_server)
            m_begun = std::make_unique<AuditMark>(AuditMark::now(sql::database(*this)));
    }
    return Result<Done>::ok({});
}

Result<Done> Archive::applyAuditContext()
{
    auto done =
        sql::exec(sql::database(*this),
                  QStringLiteral("UPDATE audit_context SET actor = COALESCE(:actor, ''), "
                                 "operation = COALESCE(:operation, ''), scrub_person = NULL"),
                  {{QStringLiteral("actor"), m_actor}, {QStringLiteral("operation"), m_operation}});
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
    return LocalSystem::userName();
}

Result<Done> Archive::commit()
{
    --m_depth;
    if (m_depth > 0) {
        if (auto released =
                sql::exec(sql::database(*this), QStringLiteral("RELEASE tavolo_%1").arg(m_depth));
            !released) {
            rollbackAt(m_depth);
            return Result<Done>::refused(released.problems());
        }
        return Result<Done>::ok({});
    }
    // What this transaction wrote is read from the audit trail after the mark set as it began
    // (AuditMark). On a file before the commit, while the transaction holds the file, so that
    // nothing but its own rows follow the mark. On the server before BEGIN and after COMMIT,
    // outside the transaction: read inside it, the end of the audit trail, where every write
    // adds its rows, would make any two transactions running at once a serialization conflict
    // (PostgreSQL's SSI), and one of them would be run again. Rows of another program's commit
    // may come along there, which only means that a view reads a record again.
    // The notification goes with the commit (PostgreSQL sends it at COMMIT, never without it)
    // and says only that something changed: the other programs read again what they show.
    const bool seenAll = m_seen && m_begun && *m_seen == *m_begun;
    ArchiveChanges changes = ArchiveChanges::everything();
    if (m_begun && !m_server)
        changes = m_begun->written(sql::database(*this));
    // PostgreSQL answers COMMIT of a transaction in which a statement failed by rolling it back
    // without an error: a statement now says whether it can still be committed.
    auto done = m_server
        ? sql::exec(sql::database(*this), QStringLiteral("NOTIFY %1").arg(server::changesChannel))
        : Result<QSqlQuery>::ok(QSqlQuery());
    if (done)
        done = sql::exec(sql::database(*this), QStringLiteral("COMMIT"));
    if (!done) {
        rollbackAt(0);
        return Result<Done>::refused(done.problems());
    }
    if (m_begun && m_server)
        changes = m_begun->written(sql::database(*this));
    if (!m_exclusive && !m_server)
        LockInfo(m_path).release();
    if (seenAll)
        *m_seen = *m_begun; // nothing from another program came between
    emit changed(changes);
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
        sql::exec(sql::database(*this), QStringLiteral("ROLLBACK"));
        if (!m_exclusive && !m_server)
            LockInfo(m_path).release();
        return;
    }
    sql::exec(sql::database(*this), QStringLiteral("ROLLBACK TO tavolo_%1").arg(depth));
    sql::exec(sql::database(*this), QStringLiteral("RELEASE tavolo_%1").arg(depth));
}

} // namespace tavolo
