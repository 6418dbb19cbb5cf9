#pragma once

#include "archivechanges.h"
#include "core/domain/result.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace tavolo {

namespace sql {
struct ConnectionOf;
}
class AuditMark;

// The archive: one SQLite file holding the register and the Tavolo's whole history, or a
// database on the office's PostgreSQL server named by a connection string
// ("postgresql://user@server:5432/tavolo", issue 18), with the same tables and guarantees.
// Owns the connection; every public mutation of the stores runs inside write(), which is one
// transaction (or a savepoint inside an outer one, so that a batch can be made atomic).
// The connection itself stays inside core/storage: the stores reach it through
// sql::database() (core/storage/internal/sql.h); every other layer asks a store.
class Archive : public QObject
{
    Q_OBJECT
public:
    enum class OpenMode { MustExist, CreateIfMissing };

    explicit Archive(QObject *parent = nullptr);
    ~Archive() override;

    // Refuses, leaving the file byte-for-byte untouched, anything that is not a Tavolo archive
    // of this version or older, or whose schema is not exactly Tavolo's; upgrades an older one.
    // A journal (-wal) left beside it by a program no longer running is kept in the backups
    // folder with the archive before it is applied: a warning of the result says so.
    // `path` may be a connection string (postgresql://…): then a database without tables becomes
    // a new archive, and one holding anything else is refused untouched.
    Result<Done> open(const QString &path, OpenMode mode = OpenMode::CreateIfMissing);
    void close();
    // The password for an archive on a server, used by the next open() instead of libpq's
    // password file (the GUI's connect dialog reads it from the system keychain). Never part of
    // path(), never written anywhere.
    void setPassword(const QString &password) { m_password = password; }
    // The password set above, for another connection to the same server (a restore's).
    const QString &password() const { return m_password; }

    bool isOpen() const;
    // The archive is a database on a PostgreSQL server, shared by several workstations.
    bool onServer() const { return m_server; }
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Runs `body` (returning a Result) in a transaction: committed when it succeeds, rolled back
    // when it is refused. Nested calls become savepoints of the outer transaction.
    // On a server the transaction is SERIALIZABLE: when it loses a race with another
    // workstation's (both read what the other changes), the server refuses one of them and
    // `body` is run again from the start, a few times, so it must do nothing but read and write
    // the archive.
    template<typename Body> auto write(Body &&body) -> decltype(body())
    {
        using R = decltype(body());
        for (int attempt = 1;; ++attempt) {
            if (auto begun = begin(); !begun)
                return R::refused(begun.problems());
            R result = body();
            if (!result) {
                rollback();
                if (lostRace(attempt))
                    continue;
                return result;
            }
            if (auto committed = commit(); !committed) {
                if (lostRace(attempt))
                    continue;
                return R::refused(committed.problems());
            }
            return result;
        }
    }

    bool inTransaction() const { return m_depth > 0; }

    // An archive on a network drive (LocalSystem::onNetworkDrive) is opened without the
    // write-ahead log, which is unsafe there, and locked for this program alone until it is
    // closed: another program opening it is refused with the name of who has it.
    bool oneProgramAtATime() const { return m_exclusive; }

    // Who and what the audit trail records for the writes that follow (003_audit.sql): the
    // operating-system user (set at open from the environment) and the name of the operation
    // ("org.update", "import orgs", an undo command's text). Applied at the start of every
    // transaction, and at once when a transaction is running. Prefer AuditScope for operations.
    void setActor(const QString &actor);
    QString actor() const { return m_actor; }
    void setOperation(const QString &operation);
    QString operation() const { return m_operation; }

    // The user the audit trail names for this process: the full name the system keeps for the
    // account with the login ("Maria Rossi (mrossi)"), or the login alone (LocalSystem).
    static QString systemUserName();
    // How long a write waits for another program that is saving (default 5 s) before it is
    // refused with the name of that program.
    void setBusyTimeout(int milliseconds);
    // How often the archive looks for changes saved by another program (default 1 s; 0 stops).
    void setWatchInterval(int milliseconds);
    // Looks now; emits changed() when another program committed since the last look.
    bool checkForOutsideChanges();

signals:
    // A transaction was committed, here or by another program on the same archive: views over
    // the archive should refresh, the records `changes` names or everything.
    void changed(const tavolo::ArchiveChanges &changes);

private:
    friend struct sql::ConnectionOf;

    Result<Done> begin();
    Result<Done> commit();
    void rollback();
    void rollbackAt(int depth);
    bool lostRace(int attempt);
    Result<Done> openServer(const QString &location, OpenMode mode);
    Result<Done> configure();
    Result<Done> leaveWriteAheadLog();
    static Result<Done> keepLeftLog(const QString &path);
    Result<Done> applyAuditContext();
    Result<Done> refuseBusy() const;
    Result<Done> checkStillThere() const;
    qint64 dataVersion() const;
    // Another program committed on the server: its notification names nothing (see commit()).
    void announceOutsideChanges();

    QString m_path;
    QString m_connection;
    int m_depth = 0;
    bool m_exclusive = false; // on a network drive: see oneProgramAtATime()
    bool m_server = false; // on a PostgreSQL server: see onServer()
    QString m_registeredKey; // in StaleLog's list of archives open in this process
    QString m_password;
    QString m_actor;
    QString m_operation;
    int m_busyTimeout = 5000;
    qint64 m_dataVersion = -1;
    // The audit trail's end when the running transaction began, and (SQLite) when this program
    // last looked: what was written after them is what a commit changed (AuditMark).
    std::unique_ptr<AuditMark> m_begun;
    std::unique_ptr<AuditMark> m_seen;
    QTimer m_watch;
};

} // namespace tavolo
