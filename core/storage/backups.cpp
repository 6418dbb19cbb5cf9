#include "backups.h"

#include "archive.h"
#include "archivecheck.h"
#include "archivecopy.h"
#include "archivefile.h"
#include "archivepath.h"
#include "filereplace.h"
#include "migrations.h"
#include "server.h"
#include "serveraddress.h"
#include "sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <algorithm>
#include <functional>

namespace tavolo {

namespace {

// The name of the database an archive on a server lives in ("tavolo" of
// postgresql://clerk@server:5432/tavolo), which names its copies.
QString serverDatabase(const QString &location)
{
    return QUrl(location).path().mid(1);
}

Result<QString> refused(const QString &message)
{
    return Result<QString>::refused(Problem::refused(QStringLiteral("BACKUP"), message));
}

Result<Done> refusedDone(const QString &message)
{
    return Result<Done>::refused(Problem::refused(QStringLiteral("BACKUP"), message));
}

// The other Tavolo programs connected to the archive's database (each names itself in
// application_name: server::configure), as the server lists them; empty when none.
QString otherPrograms(Archive &archive)
{
    auto sessions = sql::exec(sql::database(archive),
                              QStringLiteral("SELECT application_name FROM pg_stat_activity WHERE "
                                             "datname = current_database() AND pid <> "
                                             "pg_backend_pid() AND application_name LIKE "
                                             "'Tavolo%' ORDER BY backend_start"));
    QStringList names;
    while (sessions && sessions.value().next())
        names << sessions.value().value(0).toString();
    return names.join(QStringLiteral("; "));
}

// Runs `body` on a private connection to `path`, outside any Archive.
template<typename Body> auto withConnection(const QString &path, Body body)
{
    const QString name = QStringLiteral("tavolo-backup-%1").arg(quintptr(&path));
    auto result = [&] {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        db.open();
        auto r = body(db);
        db.close();
        return r;
    }();
    QSqlDatabase::removeDatabase(name);
    return result;
}

// Makes `path` a self-contained file in rollback-journal mode: the write-ahead log copied back
// and removed. Refused when another program has the archive open.
Result<Done> detachLog(const QString &path)
{
    return withConnection(path, [](QSqlDatabase &db) {
        if (!db.isOpen())
            return Result<Done>::refused(sql::storageProblem(db.lastError()));
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) || !query.next()
            || query.value(0).toString() != QLatin1String("delete"))
            return Result<Done>::refused(Problem::refused(
                QStringLiteral("BACKUP"),
                Backups::tr("The archive is open in another program (or in Tavolo): close it "
                            "there first. Nothing was changed.")));
        return Result<Done>::ok({});
    });
}

} // namespace

Backups::Backups(const QString &archivePath, const QString &folder)
    : m_archivePath(archivePath)
    , m_folder(folder.isEmpty() ? defaultFolder(archivePath) : folder)
{ }

QString Backups::defaultFolder(const QString &archivePath)
{
    // An archive on a server has no folder beside it: its copies are the workstation's, in the
    // user's application-data folder, one folder per database.
    if (ServerAddress::isLocation(archivePath))
        return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(QStringLiteral("backups/") + serverDatabase(archivePath));
    const QFileInfo info(archivePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-backups"));
}

QString Backups::stem() const
{
    if (ServerAddress::isLocation(m_archivePath))
        return serverDatabase(m_archivePath);
    return QFileInfo(m_archivePath).completeBaseName();
}

QString Backups::pathFor(const QDateTime &when, const QString &suffix) const
{
    const QString base =
        stem() + QLatin1Char('-') + when.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = QDir(m_folder).filePath(base + suffix + QStringLiteral(".sqlite"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(m_folder).filePath(QStringLiteral("%1%2-%3.sqlite").arg(base, suffix).arg(n));
    return path;
}

QStringList Backups::list() const
{
    const QRegularExpression pattern(QStringLiteral("^%1-\\d{8}-\\d{6}(-\\d+)?\\.sqlite$")
                                         .arg(QRegularExpression::escape(stem())));
    QStringList names = QDir(m_folder).entryList({QStringLiteral("*.sqlite")}, QDir::Files);
    names.removeIf([&](const QString &name) { return !pattern.match(name).hasMatch(); });
    std::sort(names.begin(), names.end(), std::greater<>());
    QStringList paths;
    for (const QString &name : names)
        paths << QDir(m_folder).filePath(name);
    return paths;
}

Result<QString> Backups::copyTo(Archive &archive, const QString &target)
{
    if (!archive.isOpen())
        return refused(tr("No archive is open."));
    if (QFileInfo::exists(target))
        return refused(tr("%1 already exists: a backup never overwrites a file.")
                           .arg(ArchivePath::shown(target)));
    if (archive.inTransaction())
        return refused(tr("A backup cannot be made in the middle of a change."));
    // The same single SQLite file from a server: every row copied into a new archive file.
    if (archive.onServer()) {
        auto copied = ArchiveCopy::intoNewFile(archive, target);
        if (!copied)
            return Result<QString>::refused(copied.problems());
        return Result<QString>::ok(target);
    }
    auto done = sql::exec(sql::database(archive), QStringLiteral("VACUUM INTO :target"),
                          {{QStringLiteral("target"), target}});
    if (!done) {
        QFile::remove(target); // a partial copy (a full disk) is worth nothing
        return Result<QString>::refused(done.problems());
    }
    return Result<QString>::ok(target);
}

Result<QString> Backups::create(Archive &archive, const QDateTime &when)
{
    return createKept(archive, {}, when);
}

Result<QString> Backups::createKept(Archive &archive, const QString &suffix, const QDateTime &when)
{
    if (!QDir().mkpath(m_folder))
        return refused(
            tr("The backup folder %1 cannot be created.").arg(ArchivePath::shown(m_folder)));
    return copyTo(archive, pathFor(when, suffix));
}

Result<QString> Backups::createDaily(Archive &archive, int keep, const QDateTime &when)
{
    const QString today = stem() + QLatin1Char('-') + when.toString(QStringLiteral("yyyyMMdd"));
    for (const QString &path : list()) {
        if (QFileInfo(path).fileName().startsWith(today))
            return Result<QString>::ok(QString());
    }
    auto made = create(archive, when);
    if (made)
        rotate(keep);
    return made;
}

void Backups::rotate(int keep)
{
    const QStringList paths = list();
    for (qsizetype i = qMax(keep, 1); i < paths.size(); ++i)
        QFile::remove(paths.at(i));
}

Result<Done> Backups::checkedCopy(const QString &backupFile, const QString &incoming) const
{
    const ArchiveFile candidate = ArchiveFile::inspect(backupFile);
    if (candidate.kind == ArchiveFile::Kind::Missing)
        return refusedDone(tr("There is no file %1.").arg(ArchivePath::shown(backupFile)));
    if (candidate.kind == ArchiveFile::Kind::NotAFile)
        return refusedDone(tr("%1 is not an ordinary file (a folder, a pipe or a device): nothing "
                              "was restored.")
                               .arg(ArchivePath::shown(backupFile)));
    if (candidate.kind != ArchiveFile::Kind::Tavolo)
        return refusedDone(
            tr("%1 is not a Tavolo archive (or it is damaged): nothing was restored.")
                .arg(ArchivePath::shown(backupFile)));
    if (candidate.schemaVersion > Migrations::latestVersion())
        return refusedDone(tr("%1 was written by a newer version of Tavolo (schema %2; this "
                              "program knows up to %3): nothing was restored.")
                               .arg(ArchivePath::shown(backupFile))
                               .arg(candidate.schemaVersion)
                               .arg(Migrations::latestVersion()));
    if (!QDir().mkpath(m_folder))
        return refusedDone(
            tr("The backup folder %1 cannot be created.").arg(ArchivePath::shown(m_folder)));
    QFile::remove(incoming);
    if (!QFile::copy(backupFile, incoming))
        return refusedDone(
            tr("%1 cannot be copied beside the archive.").arg(ArchivePath::shown(backupFile)));
    const auto finding = withConnection(incoming, [](QSqlDatabase &db) {
        if (!db.isOpen() || !ArchiveCheck::harden(db))
            return ArchiveCheck::Finding {ArchiveCheck::Finding::Kind::Damaged,
                                          db.lastError().text()};
        return ArchiveCheck::inspect(db);
    });
    if (finding.kind != ArchiveCheck::Finding::Kind::Sound || !detachLog(incoming)) {
        QFile::remove(incoming);
        if (finding.kind == ArchiveCheck::Finding::Kind::Altered)
            return refusedDone(tr("%1 was altered outside Tavolo, or is damaged: %2. Nothing "
                                  "was restored.")
                                   .arg(ArchivePath::shown(backupFile), finding.detail));
        return refusedDone(tr("%1 is damaged (%2): nothing was restored.")
                               .arg(ArchivePath::shown(backupFile), finding.detail));
    }
    return Result<Done>::ok({});
}

Result<QString> Backups::restore(const QString &backupFile, const QDateTime &when)
{
    if (ServerAddress::isLocation(m_archivePath))
        return restoreOntoServer(backupFile, when);
    // The archive's name is replaced by a rename: on a link that would replace the link and
    // leave the real archive as it was.
    if (QFileInfo(m_archivePath).isSymLink())
        return refused(tr("The archive %1 is a link to another file: restore onto the file itself "
                          "(%2). Nothing was restored.")
                           .arg(ArchivePath::shown(m_archivePath),
                                ArchivePath::shown(QFileInfo(m_archivePath).symLinkTarget())));
    // Work on a copy beside the archive, so that the final step is one rename on one drive.
    const QString incoming = m_archivePath + QStringLiteral(".restoring");
    if (auto checked = checkedCopy(backupFile, incoming); !checked)
        return Result<QString>::refused(checked.problems());

    QString kept;
    if (QFileInfo::exists(m_archivePath)) {
        if (ArchiveFile::inspect(m_archivePath).kind == ArchiveFile::Kind::Tavolo) {
            if (auto detached = detachLog(m_archivePath); !detached) {
                QFile::remove(incoming);
                return Result<QString>::refused(detached.problems());
            }
        }
        kept = pathFor(when, QStringLiteral("-before-restore"));
        // A damaged archive is kept as it is, its log (if any) beside it.
        const QString log = m_archivePath + QStringLiteral("-wal");
        if (!QFile::copy(m_archivePath, kept)
            || (QFileInfo::exists(log) && !QFile::copy(log, kept + QStringLiteral("-wal")))) {
            QFile::remove(incoming);
            return refused(tr("The current archive cannot be copied to %1: nothing was restored.")
                               .arg(ArchivePath::shown(kept)));
        }
        QFile::remove(log);
        QFile::remove(m_archivePath + QStringLiteral("-shm"));
    }
    if (const QString why = FileReplace::replace(incoming, m_archivePath); !why.isEmpty()) {
        QFile::remove(incoming);
        return refused(tr("The archive could not be replaced (%1): it is unchanged.").arg(why));
    }
    return Result<QString>::ok(kept);
}

// On a server there is no file to swap: the backup's rows replace the archive's in one
// transaction (ArchiveCopy::replace), after the archive as it was is kept as a backup file.
Result<QString> Backups::restoreOntoServer(const QString &backupFile, const QDateTime &when)
{
    const QString incoming = QDir(m_folder).filePath(stem() + QStringLiteral("-restoring.sqlite"));
    if (auto checked = checkedCopy(backupFile, incoming); !checked)
        return Result<QString>::refused(checked.problems());
    auto restored = [&]() -> Result<QString> {
        Archive backup; // the checked copy, brought to this program's schema if it is older
        if (auto opened = backup.open(incoming, Archive::OpenMode::MustExist); !opened)
            return Result<QString>::refused(opened.problems());
        Archive archive;
        archive.setPassword(m_serverPassword);
        if (auto opened = archive.open(m_archivePath); !opened)
            return Result<QString>::refused(opened.problems());
        if (const QString others = otherPrograms(archive); !others.isEmpty())
            return refused(tr("The archive %1 is open in other programs (%2): close it there "
                              "first. Nothing was restored.")
                               .arg(ServerAddress::shown(m_archivePath), others));
        const QString kept = pathFor(when, QStringLiteral("-before-restore"));
        if (auto copied = ArchiveCopy::intoNewFile(archive, kept); !copied)
            return refused(tr("The archive as it is cannot be kept as %1 (%2): nothing was "
                              "restored.")
                               .arg(ArchivePath::shown(kept), describe(copied.problems())));
        if (auto replaced = ArchiveCopy::replace(backup, archive); !replaced)
            return Result<QString>::refused(replaced.problems());
        return Result<QString>::ok(kept);
    }();
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(incoming + QLatin1String(suffix));
    return restored;
}

} // namespace tavolo
