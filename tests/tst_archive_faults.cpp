// Damaged and hostile files ("nothing lost, ever"): each is refused or survived with a clear
// sentence, never a crash, and a file that is refused keeps every byte it had.
#include "archivefixture.h"
#include "clirunner.h"
#include "core/storage/archivefile.h"
#include "core/storage/backups.h"
#include "core/storage/internal/sql.h"
#include "core/storage/lockinfo.h"
#include "core/storage/stalelog.h"
#include "storagehelpers.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace tavolo;
using namespace storagehelpers;

namespace {

// Opens `path` and expects a refusal whose sentence contains `expected`, with the file's bytes
// unchanged.
void expectRefusedUntouched(const QString &path, const QString &expected)
{
    const QByteArray before = digestOf(path);
    Archive archive;
    const auto opened = archive.open(path, Archive::OpenMode::MustExist);
    QVERIFY(!opened);
    const QString message = opened.problems().constFirst().message;
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY(!archive.isOpen());
    QCOMPARE(digestOf(path), before);
}

// An archive with `count` organisations, closed (so its log is folded back into the file).
QString makeArchive(const QTemporaryDir &dir, int count,
                    const QString &name = QStringLiteral("a.sqlite"))
{
    const QString path = dir.filePath(name);
    Archive archive;
    if (!archive.open(path))
        return {};
    addOrganisations(archive, 0, count);
    return path;
}

// runAsUser's exit code when setpriv could not start the program as "nobody" (126/127: a build
// folder "nobody" may not enter): the only case the caller may skip, saying so.
constexpr int kCannotRunAsNobody = -126;

// Runs tavolo-cli as a user the permissions apply to: as root (which bypasses them) it drops to
// "nobody" with setpriv, so that the read-only cases are tested for real in CI too. A missing
// setpriv, a crash or a timeout give exit code -1 and fail the caller's checks.
CliRun runAsUser(const QString &db, const QStringList &arguments, const QByteArray &input = {})
{
#ifdef Q_OS_UNIX
    if (::geteuid() == 0) {
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty())
            return {-1, {}, "setpriv (util-linux) is missing: cannot run as \"nobody\""};
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TAVOLO_LANGUAGE"), QStringLiteral("en"));
        environment.insert(QStringLiteral("HOME"), QDir::tempPath());
        process.setProcessEnvironment(environment);
        process.start(setpriv,
                      QStringList {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                   QStringLiteral("--clear-groups"), QStringLiteral(TAVOLO_CLI),
                                   QStringLiteral("--db"), db}
                          + arguments);
        if (!input.isNull()) {
            process.write(input);
            process.closeWriteChannel();
        }
        CliRun run;
        if (!process.waitForFinished(60000)) {
            run.err = "tavolo-cli run as \"nobody\" did not finish in 60 s";
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        if (run.exitCode == 126 || run.exitCode == 127)
            run.exitCode = kCannotRunAsNobody;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }
#endif
    return runCli(db, arguments, input);
}

// An archive with `count` organisations (and `statements` run by another program) copied with
// its write-ahead log while it is open: "copy.sqlite" has a log no program holds, as a copy
// taken after a crash has.
QString copyWithLiveLog(const QTemporaryDir &dir, int count, const QStringList &statements = {})
{
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    Archive open;
    if (!open.open(dir.filePath(QStringLiteral("a.sqlite")))
        || addOrganisations(open, 0, count) != count)
        return {};
    if (!statements.isEmpty())
        rawExec(open.path(), statements);
    if (QFileInfo(open.path() + QStringLiteral("-wal")).size() <= 0
        || !QFile::copy(open.path(), copy)
        || !QFile::copy(open.path() + QStringLiteral("-wal"), copy + QStringLiteral("-wal")))
        return {};
    return copy;
}

// The backups folder of `path` holds its archive and log with the digests they had.
void expectKeptAsTheyWere(const QString &path, const QByteArray &file, const QByteArray &log)
{
    const QDir folder(Backups::defaultFolder(path));
    const QStringList kept =
        folder.entryList({QFileInfo(path).completeBaseName() + QStringLiteral("-*-left-log*")},
                         QDir::Files, QDir::Name);
    QCOMPARE(kept.size(), 2);
    QCOMPARE(digestOf(folder.filePath(kept.at(0))), file);
    QCOMPARE(digestOf(folder.filePath(kept.at(1))), log);
}

const QByteArray kOneOrganisation = R"([{"op":"org.add","name":"Alfa","taxCode":"00095450144"}])";

} // namespace

class TestArchiveFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void notADatabase();
    void truncatedFile();
    void damagedPage();
    void wrongApplication();
    void newerSchema();
    void readOnlyFile();
    void readOnlyFolder();
    void lockedByAnotherArchive();
    void lockedByAnotherProcess();
    void diskFull();
    void fileSizeLimitInChildProcess();
    void folderRenamedWhileOpen();
    void folderRemovedWhileOpen();
    void staleLogKeptBeforeItIsApplied();
    void keptLogCopiesAreRotated();
    void staleLogThatBreaksTheArchiveLeavesBothUntouched();
    void logOfAnotherArchiveKeptAside();
    void craftedTriggerOrViewRefused();
    void tavoloHeaderWithoutTablesRefused();
    void pipeGivenAsArchive();
    void lockInfoLinkIsNotFollowed();
};

void TestArchiveFaults::notADatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("letter.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("Gentile Presidente,\n").repeated(500));
    file.close();
    expectRefusedUntouched(path, QStringLiteral("not a Tavolo archive"));
}

void TestArchiveFaults::truncatedFile()
{
    QTemporaryDir dir;
    const QString path = makeArchive(dir, 400);
    QVERIFY(QFileInfo(path).size() > 16384);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    QFile file(path);
    QVERIFY(file.resize(QFileInfo(path).size() / 2));
    expectRefusedUntouched(path, QStringLiteral("damaged"));
    QVERIFY(file.resize(60)); // not even a whole header left
    expectRefusedUntouched(path, QStringLiteral("not a Tavolo archive"));
}

void TestArchiveFaults::damagedPage()
{
    // The header is sound but a page in the middle is overwritten: found by the check on open.
    QTemporaryDir dir;
    const QString path = makeArchive(dir, 400);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(3 * 4096));
    file.write(QByteArray(4096, '\xA5'));
    file.close();
    expectRefusedUntouched(path, QStringLiteral("damaged"));
}

void TestArchiveFaults::wrongApplication()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    rawExec(path,
            {QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"),
             QStringLiteral("INSERT INTO invoices (total) VALUES (12.5)")});
    expectRefusedUntouched(path, QStringLiteral("another program"));
}

void TestArchiveFaults::newerSchema()
{
    QTemporaryDir dir;
    const QString path = makeArchive(dir, 3);
    rawExec(path, {QStringLiteral("PRAGMA user_version = 999")});
    expectRefusedUntouched(path, QStringLiteral("newer version"));
}

void TestArchiveFaults::readOnlyFile()
{
    QTemporaryDir dir;
    const QString path = makeArchive(dir, 3);
    QVERIFY(QFile::setPermissions(dir.path(),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                      | QFile::ReadOther | QFile::ExeOther));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadOther));
    const QByteArray before = digestOf(path);
    const CliRun run =
        runAsUser(path, {QStringLiteral("apply"), QStringLiteral("-")}, kOneOrganisation);
    if (run.exitCode == kCannotRunAsNobody)
        QSKIP("running as root, and \"nobody\" cannot run the built tavolo-cli (a folder it may "
              "not enter): permissions cannot be tested");
    QVERIFY2(run.exitCode == 3, run.err.constData());
    QVERIFY2(run.err.contains("read-only"), run.err.constData());
    QCOMPARE(digestOf(path), before);
}

void TestArchiveFaults::readOnlyFolder()
{
#ifdef Q_OS_WIN
    QSKIP("Windows ignores a folder's read-only attribute (its permissions decide, and Wine runs "
          "the tests as root); packaging/windows/smoke.sh refuses a folder its unprivileged user "
          "may not write");
#endif
    QTemporaryDir dir;
    const QString existing = makeArchive(dir, 3);
    const QString fresh = dir.filePath(QStringLiteral("new.sqlite"));
    QVERIFY(QFile::setPermissions(
        dir.path(), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
    const QByteArray before = digestOf(existing);
    const CliRun created = runAsUser(fresh, {QStringLiteral("init")});
    const CliRun applied =
        runAsUser(existing, {QStringLiteral("apply"), QStringLiteral("-")}, kOneOrganisation);
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (created.exitCode == kCannotRunAsNobody)
        QSKIP("running as root, and \"nobody\" cannot run the built tavolo-cli (a folder it may "
              "not enter): permissions cannot be tested");
    QVERIFY2(created.exitCode == 3, created.err.constData());
    QVERIFY2(created.err.contains("read-only"), created.err.constData());
    QVERIFY(!QFileInfo::exists(fresh));
    QCOMPARE(applied.exitCode, 3);
    QVERIFY2(applied.err.contains("read-only"), applied.err.constData());
    QCOMPARE(digestOf(existing), before);
}

void TestArchiveFaults::lockedByAnotherArchive()
{
    // Two programs (here two connections of one process): the second waits its busy timeout,
    // then is refused with the name of the one that is saving, and its change is not made.
    ArchiveFixture first;
    Archive second;
    QVERIFY(second.open(first.path()));
    second.setBusyTimeout(200);
    Result<Done> refused = Result<Done>::ok({});
    const auto held = first.archive.write([&] {
        addOrganisations(first.archive, 0, 1);
        refused = second.write([&] { return Result<Done>::ok({}); });
        return Result<Done>::ok({});
    });
    QVERIFY(held);
    QVERIFY(!refused);
    const QString message = refused.problems().constFirst().message;
    QVERIFY2(message.contains(LockInfo::self()), qPrintable(message));
    QVERIFY(!QFileInfo::exists(LockInfo::sidecarPath(first.path()))); // released after commit
    QCOMPARE(addOrganisations(second, 1, 1), 1); // and the second can write now
    QCOMPARE(OrganisationStore(first.archive).list().size(), 2);
}

void TestArchiveFaults::lockedByAnotherProcess()
{
#ifdef Q_OS_WIN
    QSKIP("needs the Linux sqlite3 holding a lock, which a Windows program cannot drive; "
          "packaging/windows/smoke.sh has a second Tavolo refused while the first writes");
#endif
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QVERIFY2(!sqlite3.isEmpty(),
             "the sqlite3 command-line program is missing (scripts/deps.sh installs it)");
    ArchiveFixture f;
    f.archive.setBusyTimeout(200);
    QProcess other;
    other.start(sqlite3, {f.path()});
    QVERIFY(other.waitForStarted());
    other.write("BEGIN IMMEDIATE;\nINSERT INTO organisations (name, tax_code, category) "
                "VALUES ('Beta', '00000000000', 'other');\nSELECT 'held';\n");
    while (!other.readAllStandardOutput().contains("held"))
        QVERIFY(other.waitForReadyRead(10000));
    const auto refused = OrganisationStore(f.archive).add(organisation(1));
    QVERIFY(!refused);
    QVERIFY2(refused.problems().constFirst().message.contains(QStringLiteral("another program")),
             qPrintable(refused.problems().constFirst().message));
    other.write("ROLLBACK;\n");
    other.closeWriteChannel();
    QVERIFY(other.waitForFinished(10000));
    QVERIFY(OrganisationStore(f.archive).add(organisation(1)));
    QCOMPARE(OrganisationStore(f.archive).list().size(), 1);
}

void TestArchiveFaults::diskFull()
{
    // A full disk (or quota) is simulated by capping the database's size: the write that does
    // not fit is refused with a clear sentence, and everything saved before it stays.
    ArchiveFixture f;
    QCOMPARE(addOrganisations(f.archive, 0, 20), 20);
    const qint64 pages = sql::scalar(sql::database(f.archive), QStringLiteral("PRAGMA page_count"));
    QVERIFY(sql::exec(sql::database(f.archive),
                      QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));
    OrganisationStore store(f.archive);
    int saved = 20;
    Result<qint64> last = Result<qint64>::ok(0);
    for (int n = 20; n < 5000 && last; ++n) {
        Organisation o = organisation(n);
        o.notes = QString(400, QLatin1Char('x'));
        last = store.add(o);
        saved += last ? 1 : 0;
    }
    QVERIFY(!last);
    const QString message = last.problems().constFirst().message;
    QVERIFY2(message.contains(QStringLiteral("disk is full")), qPrintable(message));
    QCOMPARE(store.list().size(), saved);
    QCOMPARE(sql::scalar(sql::database(f.archive),
                         QStringLiteral("SELECT count(*) FROM pragma_integrity_check "
                                        "WHERE integrity_check = 'ok'")),
             1);
    f.archive.close();
    Archive reopened;
    QVERIFY(reopened.open(f.path()));
    QCOMPARE(OrganisationStore(reopened).list().size(), saved);
    QVERIFY(OrganisationStore(reopened).add(organisation(9999))); // space again: writes go on
}

void TestArchiveFaults::fileSizeLimitInChildProcess()
{
#ifdef Q_OS_UNIX
    // A quota, as the system enforces it: tavolo-cli runs under RLIMIT_FSIZE, so its writes
    // beyond the limit fail. Every operation it acknowledged is kept; the rest is refused.
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("q.sqlite"));
    QCOMPARE(runCli(db, {QStringLiteral("init")}).exitCode, 0);
    QByteArray batch = "[";
    for (int n = 0; n < 400; ++n) {
        const Organisation o = organisation(n);
        batch += QStringLiteral(R"(%1{"op":"org.add","name":"%2","taxCode":"%3","notes":"%4"})")
                     .arg(n ? QStringLiteral(",") : QString(), o.name, o.taxCode,
                          QString(300, QLatin1Char('n')))
                     .toUtf8();
    }
    batch += ']';
    const rlim_t limit = rlim_t(QFileInfo(db).size() + 40000);
    QProcess process;
    // In Italian, as the clerk reads it: the storage sentences must reach the translation.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TAVOLO_LANGUAGE"), QStringLiteral("it"));
    process.setProcessEnvironment(environment);
    process.setChildProcessModifier([limit] {
        const rlimit capped {limit, limit};
        ::setrlimit(RLIMIT_FSIZE, &capped);
    });
    process.start(QStringLiteral(TAVOLO_CLI),
                  {QStringLiteral("--db"), db, QStringLiteral("apply"), QStringLiteral("-")});
    process.write(batch);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1); // some operations refused, none crashed the program
    CliRun run;
    run.out = process.readAllStandardOutput();
    int acknowledged = 0;
    QString refusal;
    for (const QJsonObject &line : run.lines()) {
        if (line[QStringLiteral("ok")].toBool())
            ++acknowledged;
        else if (refusal.isEmpty())
            refusal = line[QStringLiteral("problems")]
                          .toArray()
                          .first()[QStringLiteral("message")]
                          .toString();
    }
    QVERIFY(acknowledged > 0 && acknowledged < 400);
    QVERIFY2(refusal.contains(QStringLiteral("non è stata salvata")), qPrintable(refusal));
    Archive archive;
    QVERIFY(archive.open(db, Archive::OpenMode::MustExist));
    QCOMPARE(OrganisationStore(archive).list().size(), acknowledged);
#else
    QSKIP("file-size limits are a Unix feature");
#endif
}

void TestArchiveFaults::folderRenamedWhileOpen()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("share")));
    Archive archive;
    QVERIFY(archive.open(dir.filePath(QStringLiteral("share/a.sqlite"))));
    QCOMPARE(addOrganisations(archive, 0, 2), 2);
    QVERIFY(QDir(dir.path()).rename(QStringLiteral("share"), QStringLiteral("moved")));
    const auto refused = OrganisationStore(archive).add(organisation(5));
    QVERIFY(!refused);
    QVERIFY2(refused.problems().constFirst().message.contains(QStringLiteral("no longer")),
             qPrintable(refused.problems().constFirst().message));
    archive.close();
    Archive moved;
    QVERIFY(
        moved.open(dir.filePath(QStringLiteral("moved/a.sqlite")), Archive::OpenMode::MustExist));
    QCOMPARE(OrganisationStore(moved).list().size(), 2);
}

void TestArchiveFaults::folderRemovedWhileOpen()
{
#ifdef Q_OS_WIN
    QSKIP("Windows does not let a folder be removed while a file in it is open: the case exists on "
          "Unix only");
#endif
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("usb")));
    Archive archive;
    QVERIFY(archive.open(dir.filePath(QStringLiteral("usb/a.sqlite"))));
    QCOMPARE(addOrganisations(archive, 0, 2), 2);
    QVERIFY(QDir(dir.filePath(QStringLiteral("usb"))).removeRecursively());
    const auto refused = OrganisationStore(archive).add(organisation(5));
    QVERIFY(!refused);
    QVERIFY2(refused.problems().constFirst().message.contains(QStringLiteral("no longer")),
             qPrintable(refused.problems().constFirst().message));
    OrganisationStore(archive).list(); // reading what is still open does not crash
    archive.close();
}

void TestArchiveFaults::staleLogKeptBeforeItIsApplied()
{
    QTemporaryDir dir;
    const QString copy = copyWithLiveLog(dir, 4);
    QVERIFY(!copy.isEmpty());
    const QByteArray file = digestOf(copy);
    const QByteArray log = digestOf(copy + QStringLiteral("-wal"));
    Archive archive;
    const auto opened = archive.open(copy, Archive::OpenMode::MustExist);
    QVERIFY2(opened, qPrintable(describe(opened.problems())));
    QCOMPARE(opened.warnings().size(), 1);
    QVERIFY2(opened.warnings().constFirst().message.contains(QStringLiteral("no longer running")),
             qPrintable(opened.warnings().constFirst().message));
    QCOMPARE(OrganisationStore(archive).list().size(), 4); // the log's changes are there
    expectKeptAsTheyWere(copy, file, log);
    archive.close();
    // Its own log is not a stale one: the next open says nothing.
    const auto again = archive.open(copy, Archive::OpenMode::MustExist);
    QVERIFY(again);
    QVERIFY(again.warnings().isEmpty());
}

void TestArchiveFaults::keptLogCopiesAreRotated()
{
    // Twelve pairs kept earlier (two in the same second, told apart by "-2"), a backup and a
    // pair of another archive: a new stale log keeps its pair and leaves the newest ten.
    QTemporaryDir dir;
    const QString copy = copyWithLiveLog(dir, 3);
    QVERIFY(!copy.isEmpty());
    const QDir folder(Backups::defaultFolder(copy));
    QVERIFY(QDir().mkpath(folder.path()));
    QStringList earlier;
    for (int n = 1; n <= 11; ++n)
        earlier << QStringLiteral("copy-20250101-0000%1-left-log.sqlite")
                       .arg(n, 2, 10, QLatin1Char('0'));
    earlier << QStringLiteral("copy-20250101-000011-left-log-2.sqlite");
    const QStringList others {QStringLiteral("copy-20240101-000000.sqlite"),
                              QStringLiteral("other-20240101-000000-left-log.sqlite")};
    for (const QString &name : earlier + others) {
        for (const QString &file : {name, name + QStringLiteral("-wal")}) {
            QFile out(folder.filePath(file));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(file.toUtf8());
        }
    }
    Archive archive;
    const auto opened = archive.open(copy, Archive::OpenMode::MustExist);
    QVERIFY2(opened, qPrintable(describe(opened.problems())));
    QCOMPARE(opened.warnings().size(), 1);
    QVERIFY2(opened.warnings().constFirst().message.contains(QStringLiteral("newest 10")),
             qPrintable(opened.warnings().constFirst().message));
    const QStringList pairs =
        folder.entryList({QStringLiteral("copy-*-left-log*.sqlite")}, QDir::Files, QDir::Name);
    QCOMPARE(pairs.size(), StaleLog::KeptCopies);
    // The three oldest went, with their logs; the new pair and the nine newest stayed.
    for (const QString &gone : earlier.mid(0, 3)) {
        QVERIFY2(!pairs.contains(gone), qPrintable(gone));
        QVERIFY(!QFileInfo::exists(folder.filePath(gone + QStringLiteral("-wal"))));
    }
    for (const QString &kept : earlier.mid(3)) {
        QVERIFY2(pairs.contains(kept), qPrintable(kept));
        QVERIFY(QFileInfo::exists(folder.filePath(kept + QStringLiteral("-wal"))));
    }
    QCOMPARE(pairs.filter(QRegularExpression(QStringLiteral("^copy-2025"))).size(), 9);
    for (const QString &other : others)
        QVERIFY2(QFileInfo::exists(folder.filePath(other)), qPrintable(other));
}

void TestArchiveFaults::staleLogThatBreaksTheArchiveLeavesBothUntouched()
{
    // The log carries a trigger written by another program: applied, the schema is not
    // Tavolo's. Neither file may change, even through a command that only reads.
    QTemporaryDir dir;
    const QString copy = copyWithLiveLog(
        dir, 2,
        {QStringLiteral("CREATE TRIGGER copy_names AFTER UPDATE ON people BEGIN UPDATE "
                        "organisations SET notes = old.family_name; END")});
    QVERIFY(!copy.isEmpty());
    const QByteArray file = digestOf(copy);
    const QByteArray log = digestOf(copy + QStringLiteral("-wal"));
    const CliRun run = runCli(copy, {QStringLiteral("check")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("copy_names") && run.err.contains("left beside"),
             run.err.constData());
    QCOMPARE(digestOf(copy), file);
    QCOMPARE(digestOf(copy + QStringLiteral("-wal")), log);
    expectRefusedUntouched(copy, QStringLiteral("copy_names"));
    QCOMPARE(digestOf(copy + QStringLiteral("-wal")), log);
    expectKeptAsTheyWere(copy, file, log);
}

void TestArchiveFaults::logOfAnotherArchiveKeptAside()
{
    // The issue's case: a backup copied over an archive after a crash, beside the crashed
    // archive's log. Whatever SQLite makes of the pair, both files are kept as they were.
    QTemporaryDir dir;
    const QString target = makeArchive(dir, 30, QStringLiteral("target.sqlite"));
    {
        Archive other;
        QVERIFY(other.open(dir.filePath(QStringLiteral("other.sqlite"))));
        QCOMPARE(addOrganisations(other, 100, 3), 3);
        QVERIFY(
            QFile::copy(other.path() + QStringLiteral("-wal"), target + QStringLiteral("-wal")));
    }
    const QByteArray file = digestOf(target);
    const QByteArray log = digestOf(target + QStringLiteral("-wal"));
    Archive archive;
    const auto opened = archive.open(target, Archive::OpenMode::MustExist);
    const Problems said = opened.problems();
    QVERIFY(!said.isEmpty()); // refused, or opened with a warning: never in silence
    QVERIFY2(said.constFirst().message.contains(QStringLiteral("no longer running")),
             qPrintable(said.constFirst().message));
    expectKeptAsTheyWere(target, file, log);
    if (!opened) {
        QCOMPARE(digestOf(target), file);
        QCOMPARE(digestOf(target + QStringLiteral("-wal")), log);
    }
}

void TestArchiveFaults::craftedTriggerOrViewRefused()
{
    QTemporaryDir dir;
    const QString path = makeArchive(dir, 3);
    rawExec(path,
            {QStringLiteral("CREATE TABLE hidden (name TEXT)"),
             QStringLiteral("CREATE TRIGGER keep_names AFTER UPDATE ON people BEGIN "
                            "INSERT INTO hidden VALUES (old.family_name); END")});
    expectRefusedUntouched(path, QStringLiteral("hidden"));
    const QByteArray before = digestOf(path);
    const CliRun run =
        runCli(path, {QStringLiteral("apply"), QStringLiteral("-")}, kOneOrganisation);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("altered outside Tavolo"), run.err.constData());
    QCOMPARE(digestOf(path), before);

    const QString viewed = makeArchive(dir, 1, QStringLiteral("view.sqlite"));
    rawExec(viewed, {QStringLiteral("CREATE VIEW everyone AS SELECT * FROM people")});
    expectRefusedUntouched(viewed, QStringLiteral("everyone"));
    // A trigger of Tavolo's rewritten is as foreign as a new one.
    const QString altered = makeArchive(dir, 1, QStringLiteral("altered.sqlite"));
    const qint64 triggers = rawScalar(
        altered, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"));
    QVERIFY(triggers > 0);
    QString name;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
        db.setDatabaseName(altered);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name LIMIT 1")));
        QVERIFY(query.next());
        name = query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("t"));
    rawExec(altered,
            {QStringLiteral("DROP TRIGGER %1").arg(name),
             QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON people BEGIN "
                            "SELECT 1; END")
                 .arg(name)});
    expectRefusedUntouched(altered, name);
}

void TestArchiveFaults::tavoloHeaderWithoutTablesRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hollow.sqlite"));
    rawExec(path,
            {QStringLiteral("PRAGMA application_id = %1").arg(ArchiveFile::applicationId),
             QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion()),
             QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("DROP TABLE t")});
    QCOMPARE(ArchiveFile::inspect(path).kind, ArchiveFile::Kind::Tavolo);
    expectRefusedUntouched(path, QStringLiteral("missing"));
    const QByteArray before = digestOf(path);
    for (const QStringList &arguments :
         {QStringList {QStringLiteral("org"), QStringLiteral("list")},
          QStringList {QStringLiteral("audit")}, QStringList {QStringLiteral("backup")}}) {
        const CliRun run = runCli(path, arguments);
        const QString command = arguments.join(QLatin1Char(' '));
        QVERIFY2(run.exitCode == 3,
                 qPrintable(command + QLatin1Char(' ') + QString::fromUtf8(run.err)));
    }
    QCOMPARE(digestOf(path), before);
}

void TestArchiveFaults::pipeGivenAsArchive()
{
#ifdef Q_OS_UNIX
    // A FIFO is opened only when a writer comes: reading it would hang the command for ever.
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.sqlite"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    // (Its bytes cannot be compared: reading a FIFO is what hangs.)
    Archive archive;
    const auto opened = archive.open(fifo, Archive::OpenMode::MustExist);
    QVERIFY(!opened);
    QVERIFY2(
        opened.problems().constFirst().message.contains(QStringLiteral("not an ordinary file")),
        qPrintable(opened.problems().constFirst().message));
    const CliRun run = runCli(fifo, {QStringLiteral("org"), QStringLiteral("list")});
    QCOMPARE(run.exitCode, 3); // a hang would end in -1 after a minute
    QVERIFY(QFileInfo(fifo).exists() && !QFileInfo(fifo).isFile());
#else
    QSKIP("FIFOs in the file system are a Unix feature (Windows names pipes apart)");
#endif
}

void TestArchiveFaults::lockInfoLinkIsNotFollowed()
{
#ifdef Q_OS_WIN
    QSKIP("QFile::link makes a Windows shortcut (.lnk), a file of its own that nothing follows, "
          "not a symbolic link (which needs privileges): the case is tested on Unix");
#endif
    QTemporaryDir dir;
    const QString path = makeArchive(dir, 1);
    const QString victim = dir.filePath(QStringLiteral("precious.txt"));
    QFile file(victim);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("do not overwrite\n");
    file.close();
    if (!QFile::link(victim, LockInfo::sidecarPath(path)))
        QSKIP("this file system cannot make links");
    const QByteArray before = digestOf(victim);
    Archive archive;
    QVERIFY(archive.open(path, Archive::OpenMode::MustExist));
    const auto refused = OrganisationStore(archive).add(organisation(7));
    QVERIFY(!refused);
    QVERIFY2(refused.problems().constFirst().message.contains(QStringLiteral("link")),
             qPrintable(refused.problems().constFirst().message));
    QCOMPARE(digestOf(victim), before);
    QVERIFY(QFileInfo(LockInfo::sidecarPath(path)).isSymLink()); // left for the clerk to see
    QCOMPARE(OrganisationStore(archive).list().size(), 1);
}

QTEST_GUILESS_MAIN(TestArchiveFaults)
#include "tst_archive_faults.moc"
