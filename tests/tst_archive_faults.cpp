// Damaged and hostile files ("nothing lost, ever"): each is refused or survived with a clear
// sentence, never a crash, and a file that is refused keeps every byte it had.
#include "archivefixture.h"
#include "clirunner.h"
#include "core/storage/archivefile.h"
#include "core/storage/lockinfo.h"
#include "core/storage/sql.h"
#include "storagehelpers.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
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
    QSKIP("Windows ignores a folder's read-only attribute (its permissions decide, and Wine runs the tests as root); packaging/windows/smoke.sh refuses a folder its unprivileged user may not write");
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
    QSKIP("needs the Linux sqlite3 holding a lock, which a Windows program cannot drive; packaging/windows/smoke.sh has a second Tavolo refused while the first writes");
#endif
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QVERIFY2(!sqlite3.isEmpty(), "the sqlite3 command-line program is missing (scripts/deps.sh installs it)");
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
    const qint64 pages = sql::scalar(f.archive.database(), QStringLiteral("PRAGMA page_count"));
    QVERIFY(sql::exec(f.archive.database(),
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
    QCOMPARE(sql::scalar(f.archive.database(),
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
    QVERIFY2(refusal.contains(QStringLiteral("not saved")), qPrintable(refusal));
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
    QSKIP("Windows does not let a folder be removed while a file in it is open: the case exists on Unix only");
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

QTEST_GUILESS_MAIN(TestArchiveFaults)
#include "tst_archive_faults.moc"
