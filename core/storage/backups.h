#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace tavolo {

class Archive;

// Copies of an archive, made with SQLite's consistent copy (VACUUM INTO) so that a copy taken
// while someone saves is never half old, half new. They live in a folder beside the archive,
// "<name>-backups" (tavolo.sqlite → tavolo-backups/tavolo-20261123-091500.sqlite): it moves with
// the archive, sits on the same (possibly backed-up network) drive, and the clerk finds it.
// An archive on the office server is copied the same way into the same kind of single SQLite
// file (ArchiveCopy, from one snapshot of the server), kept in the user's application-data
// folder, "backups/<database>" (…/Tavolo/Tavolo/backups/tavolo/tavolo-20261123-091500.sqlite).
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)
public:
    explicit Backups(const QString &archivePath, const QString &folder = {});

    static QString defaultFolder(const QString &archivePath);
    QString folder() const { return m_folder; }

    // The automatic and manual copies in the folder, newest first (copies kept by a restore
    // are listed apart and never rotated away).
    QStringList list() const;

    // A copy now, into the folder; its path.
    Result<QString> create(Archive &archive, const QDateTime &when = QDateTime::currentDateTime());
    // The copy made when the program opens the archive: at most one a day; then only the
    // newest `keep` copies are kept. The path of the new copy, or empty when today's exists.
    Result<QString> createDaily(Archive &archive, int keep,
                                const QDateTime &when = QDateTime::currentDateTime());
    void rotate(int keep);
    // A copy named with `suffix`: with one ("-before-network-drive", a copy made before the
    // archive is converted) it is not among list()'s copies, so it is never rotated away.
    Result<QString> createKept(Archive &archive, const QString &suffix,
                               const QDateTime &when = QDateTime::currentDateTime());

    // A consistent copy of the open archive at `target`, which must not exist yet.
    static Result<QString> copyTo(Archive &archive, const QString &target);

    // Replaces the archive (which must not be open anywhere) with `backupFile`, atomically,
    // after checking that it is a sound Tavolo archive this program can open. The archive
    // replaced is kept in the folder; its path is returned (empty when there was none).
    // On a server the backup's rows replace the archive's in one transaction, after the
    // archive as it was is kept as a backup file.
    Result<QString> restore(const QString &backupFile,
                            const QDateTime &when = QDateTime::currentDateTime());
    // The password restore() connects to a server with (the GUI's, from the system keychain);
    // without one, libpq's password file.
    void setServerPassword(const QString &password) { m_serverPassword = password; }

private:
    // Checks `backupFile` and copies it to `incoming`, on its own, without a journal.
    Result<Done> checkedCopy(const QString &backupFile, const QString &incoming) const;
    Result<QString> restoreOntoServer(const QString &backupFile, const QDateTime &when);
    QString stem() const;
    QString pathFor(const QDateTime &when, const QString &suffix) const;

    QString m_archivePath;
    QString m_folder;
    QString m_serverPassword;
};

} // namespace tavolo
