#include "backups.h"

#include "archive.h"
#include "archivecheck.h"
#include "archivefile.h"
#include "filereplace.h"
#include "migrations.h"
#include "server.h"
#include "sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <algorithm>
#include <functional>

namespace tavolo {

namespace {

// Backups of an archive on a PostgreSQL server are not made by Tavolo yet (issue 18, point 4).
QString notOnServer()
{
    return Backups::tr("Tavolo does not yet make or restore backups of an archive on the office "
                       "server: the server's own backup (pg_dump) keeps it. Nothing was changed.");
}

Result<QString> refused(const QString &message)
{
    return Result<QString>::refused(Problem::refused(QStringLiteral("BACKUP"), message));
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
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
    const QFileInfo info(archivePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-backups"));
}

QString Backups::stem() const
{
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
    if (archive.onServer())
        return refused(notOnServer());
    if (QFileInfo::exists(target))
        return refused(
            tr("%1 already exists: a backup never overwrites a file.").arg(shown(target)));
    if (archive.inTransaction())
        return refused(tr("A backup cannot be made in the middle of a change."));
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
    if (archive.onServer())
        return refused(notOnServer());
    if (!QDir().mkpath(m_folder))
        return refused(tr("The backup folder %1 cannot be created.").arg(shown(m_folder)));
    return copyTo(archive, pathFor(when, suffix));
}

Result<QString> Backups::createDaily(Archive &archive, int keep, const QDateTime &when)
{
    const QString today = stem() + QLatin1Char('-') + when.toString(QStringLiteral("yyyyMMdd"));
    if (archive.onServer())
        return refused(notOnServer());
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

Result<QString> Backups::restore(const QString &backupFile, const QDateTime &when)
{
    // The archive's name is replaced by a rename: on a link that would replace the link and
    // leave the real archive as it was.
    if (server::isLocation(m_archivePath))
        return refused(notOnServer());
    if (QFileInfo(m_archivePath).isSymLink())
        return refused(
            tr("The archive %1 is a link to another file: restore onto the file itself "
               "(%2). Nothing was restored.")
                .arg(shown(m_archivePath), shown(QFileInfo(m_archivePath).symLinkTarget())));
    const ArchiveFile candidate = ArchiveFile::inspect(backupFile);
    if (candidate.kind == ArchiveFile::Kind::Missing)
        return refused(tr("There is no file %1.").arg(shown(backupFile)));
    if (candidate.kind == ArchiveFile::Kind::NotAFile)
        return refused(tr("%1 is not an ordinary file (a folder, a pipe or a device): nothing was "
                          "restored.")
                           .arg(shown(backupFile)));
    if (candidate.kind != ArchiveFile::Kind::Tavolo)
        return refused(tr("%1 is not a Tavolo archive (or it is damaged): nothing was restored.")
                           .arg(shown(backupFile)));
    if (candidate.schemaVersion > Migrations::latestVersion())
        return refused(tr("%1 was written by a newer version of Tavolo (schema %2; this program "
                          "knows up to %3): nothing was restored.")
                           .arg(shown(backupFile))
                           .arg(candidate.schemaVersion)
                           .arg(Migrations::latestVersion()));
    if (!QDir().mkpath(m_folder))
        return refused(tr("The backup folder %1 cannot be created.").arg(shown(m_folder)));

    // Work on a copy beside the archive, so that the final step is one rename on one drive.
    const QString incoming = m_archivePath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backupFile, incoming))
        return refused(tr("%1 cannot be copied beside the archive.").arg(shown(backupFile)));
    const auto finding = withConnection(incoming, [](QSqlDatabase &db) {
        if (!db.isOpen() || !ArchiveCheck::harden(db))
            return ArchiveCheck::Finding {ArchiveCheck::Finding::Kind::Damaged,
                                          db.lastError().text()};
        return ArchiveCheck::inspect(db);
    });
    if (finding.kind != ArchiveCheck::Finding::Kind::Sound || !detachLog(incoming)) {
        QFile::remove(incoming);
        if (finding.kind == ArchiveCheck::Finding::Kind::Altered)
            return refused(tr("%1 was altered outside Tavolo, or is damaged: %2. Nothing was "
                              "restored.")
                               .arg(shown(backupFile), finding.detail));
        return refused(
            tr("%1 is damaged (%2): nothing was restored.").arg(shown(backupFile), finding.detail));
    }

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
                               .arg(shown(kept)));
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

} // namespace tavolo
