// An archive on a network drive (issue 18, point 3): SQLite's write-ahead log is unsafe there
// (its index is memory shared by the programs of one computer only, sqlite.org/wal.html), so
// such an archive is opened with a rollback journal and locked for one program at a time; a
// second program is refused naming who has it. TAVOLO_TEST_NETWORK_DRIVE makes every path a
// network drive, for this process and the tavolo-cli it starts.
#include "archivefixture.h"
#include "clirunner.h"
#include "core/storage/backups.h"
#include "core/storage/localsystem.h"
#include "core/storage/lockinfo.h"
#include "core/storage/organisationstore.h"
#include "sql.h"
#include "storagehelpers.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

using namespace tavolo;
using namespace storagehelpers;

namespace {

const char *const kForce = "TAVOLO_TEST_NETWORK_DRIVE";

// Every path is on a network drive while one of these lives.
struct NetworkDrive
{
    NetworkDrive() { qputenv(kForce, "1"); }
    ~NetworkDrive() { qunsetenv(kForce); }
    NetworkDrive(const NetworkDrive &) = delete;
    NetworkDrive &operator=(const NetworkDrive &) = delete;
};

QString journalMode(Archive &archive)
{
    QSqlQuery query(sql::database(archive));
    return query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next()
        ? query.value(0).toString()
        : QString();
}

// The file format's read and write versions (offsets 18 and 19): 2 in write-ahead-log mode,
// 1 with a rollback journal (sqlite.org/fileformat.html).
int headerJournalVersion(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray header = file.read(20);
    return header.size() == 20 && header.at(18) == header.at(19) ? int(header.at(18)) : -1;
}

QString messages(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.message;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestNetworkDrive : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv(kForce);
    }
    void uncPathsAndDriveLetters();
    void networkFileSystemTypes();
    void aLocalFolderIsNotANetworkDrive();
    void theTestHookForcesANetworkDrive();
    void aNetworkArchiveHasNoWriteAheadLog();
    void aSecondProgramIsRefusedNamingWhoHasIt();
    void afterClosingAnotherProgramMayOpenIt();
    void anArchiveInWriteAheadLogModeIsConvertedAfterABackup();
    void aLocalArchiveKeepsTheWriteAheadLog();
    void theCommandLineIsRefusedAndSaysWhyOnce();
};

void TestNetworkDrive::uncPathsAndDriveLetters()
{
    using namespace LocalSystem;
    QVERIFY(isUncPath(QStringLiteral("\\\\server\\share\\tavolo.sqlite")));
    QVERIFY(isUncPath(QStringLiteral("\\\\?\\UNC\\server\\share\\tavolo.sqlite")));
    QVERIFY(!isUncPath(QStringLiteral("\\\\?\\C:\\Dati\\tavolo.sqlite")));
    QVERIFY(!isUncPath(QStringLiteral("C:\\Dati\\tavolo.sqlite")));
    QVERIFY(!isUncPath(QStringLiteral("/home/maria/tavolo.sqlite")));
    QCOMPARE(driveRoot(QStringLiteral("z:\\Ufficio\\tavolo.sqlite")), QStringLiteral("Z:\\"));
    QCOMPARE(driveRoot(QStringLiteral("\\\\?\\Z:\\Ufficio\\tavolo.sqlite")),
             QStringLiteral("Z:\\"));
    QCOMPARE(driveRoot(QStringLiteral("\\\\server\\share\\tavolo.sqlite")), QString());
    QCOMPARE(driveRoot(QStringLiteral("/home/maria/tavolo.sqlite")), QString());
}

void TestNetworkDrive::networkFileSystemTypes()
{
    using LocalSystem::isNetworkFileSystem;
    // linux/magic.h: NFS_SUPER_MAGIC, SMB_SUPER_MAGIC; the CIFS client's SMB2 and CIFS magics.
    QVERIFY(isNetworkFileSystem(0x6969));
    QVERIFY(isNetworkFileSystem(0x517B));
    QVERIFY(isNetworkFileSystem(0xFE534D42));
    QVERIFY(isNetworkFileSystem(0xFF534D42));
    QVERIFY(!isNetworkFileSystem(0xEF53)); // ext4
    QVERIFY(!isNetworkFileSystem(0x01021994)); // tmpfs
    QVERIFY(!isNetworkFileSystem(0x9123683E)); // btrfs
    // FUSE: sshfs is a network client, ntfs-3g (fuseblk) a local disk.
    QVERIFY(isNetworkFileSystem(0x65735546, QStringLiteral("fuse.sshfs")));
    QVERIFY(!isNetworkFileSystem(0x65735546, QStringLiteral("fuseblk")));
    QVERIFY(!isNetworkFileSystem(0x65735546, QString()));
}

void TestNetworkDrive::aLocalFolderIsNotANetworkDrive()
{
    // The test's temporary folder is on this computer's disk (or in memory).
    const QTemporaryDir dir;
    QVERIFY(!LocalSystem::onNetworkDrive(dir.filePath(QStringLiteral("tavolo.sqlite"))));
    QVERIFY(!LocalSystem::onNetworkDrive(dir.filePath(QStringLiteral("not/yet/tavolo.sqlite"))));
}

void TestNetworkDrive::theTestHookForcesANetworkDrive()
{
    const QTemporaryDir dir;
    const NetworkDrive network;
    QVERIFY(LocalSystem::onNetworkDrive(dir.filePath(QStringLiteral("tavolo.sqlite"))));
}

void TestNetworkDrive::aNetworkArchiveHasNoWriteAheadLog()
{
    const NetworkDrive network;
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tavolo.sqlite"));
    Archive archive;
    const auto opened = archive.open(path);
    QVERIFY2(opened, qPrintable(messages(opened.problems())));
    QVERIFY(archive.oneProgramAtATime());
    QCOMPARE(journalMode(archive), QStringLiteral("delete"));
    QCOMPARE(addOrganisations(archive, 0, 3), 3);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
    // The clerk is told why, once, at the opening.
    QCOMPARE(opened.warnings().size(), 1);
    QVERIFY(opened.warnings().constFirst().message.contains(QStringLiteral("network drive")));
    QVERIFY(opened.warnings().constFirst().message.contains(QStringLiteral("office server")));
    archive.close();
    QCOMPARE(headerJournalVersion(path), 1);
}

void TestNetworkDrive::aSecondProgramIsRefusedNamingWhoHasIt()
{
    const NetworkDrive network;
    ArchiveFixture first;
    QVERIFY(first.archive.isOpen());
    QCOMPARE(addOrganisations(first.archive, 0, 1), 1);

    Archive second;
    second.setBusyTimeout(100);
    const auto refused = second.open(first.path());
    QVERIFY(!refused);
    QVERIFY(!second.isOpen());
    const QString why = messages(refused.problems());
    QVERIFY2(why.contains(QStringLiteral("network drive")), qPrintable(why));
    QVERIFY2(why.contains(QStringLiteral("only one program at a time")), qPrintable(why));
    QVERIFY2(why.contains(LockInfo::self()), qPrintable(why)); // this program has it
    // The refused program leaves the first's name beside the archive for the next one.
    QCOMPARE(LockInfo(first.path()).holder(), LockInfo::self());
    const auto again = second.open(first.path());
    QVERIFY(!again);
    QVERIFY(messages(again.problems()).contains(LockInfo::self()));

    // The first goes on working, between the refusals and after them.
    QCOMPARE(addOrganisations(first.archive, 1, 2), 2);
    QCOMPARE(OrganisationStore(first.archive).list().size(), 3);
    QVERIFY(first.archive.isOpen());
    QCOMPARE(journalMode(first.archive), QStringLiteral("delete"));
}

void TestNetworkDrive::afterClosingAnotherProgramMayOpenIt()
{
    const NetworkDrive network;
    ArchiveFixture first;
    QCOMPARE(addOrganisations(first.archive, 0, 2), 2);
    first.archive.close();
    QVERIFY(!QFileInfo::exists(LockInfo::sidecarPath(first.path())));
    Archive second;
    const auto opened = second.open(first.path());
    QVERIFY2(opened, qPrintable(messages(opened.problems())));
    QCOMPARE(OrganisationStore(second).list().size(), 2);
}

void TestNetworkDrive::anArchiveInWriteAheadLogModeIsConvertedAfterABackup()
{
    // Made in a local folder (write-ahead log), then found on a network drive: the archive
    // moved, or the drive was mapped.
    ArchiveFixture local;
    QCOMPARE(addOrganisations(local.archive, 0, 4), 4);
    QCOMPARE(journalMode(local.archive), QStringLiteral("wal"));
    local.archive.close();
    QCOMPARE(headerJournalVersion(local.path()), 2);

    const NetworkDrive network;
    Archive archive;
    const auto opened = archive.open(local.path());
    QVERIFY2(opened, qPrintable(messages(opened.problems())));
    QCOMPARE(journalMode(archive), QStringLiteral("delete"));
    QCOMPARE(OrganisationStore(archive).list().size(), 4);
    QCOMPARE(headerJournalVersion(local.path()), 1);

    // The copy made before, as it was: write-ahead-log mode, the same four organisations.
    const QDir backups(Backups::defaultFolder(local.path()));
    const QStringList kept =
        backups.entryList({QStringLiteral("*-before-network-drive.sqlite")}, QDir::Files);
    QCOMPARE(kept.size(), 1);
    QCOMPARE(rawScalar(backups.filePath(kept.constFirst()),
                       QStringLiteral("SELECT COUNT(*) FROM organisations")),
             4);
    // Not a daily copy: rotation never removes it.
    QVERIFY(Backups(local.path()).list().isEmpty());
}

void TestNetworkDrive::aLocalArchiveKeepsTheWriteAheadLog()
{
    ArchiveFixture local;
    QVERIFY(local.archive.isOpen());
    QVERIFY(!local.archive.oneProgramAtATime());
    QCOMPARE(journalMode(local.archive), QStringLiteral("wal"));
    Archive second;
    const auto opened = second.open(local.path());
    QVERIFY2(opened, qPrintable(messages(opened.problems())));
    QVERIFY(opened.warnings().isEmpty());
    QCOMPARE(addOrganisations(second, 0, 1), 1);
    QCOMPARE(addOrganisations(local.archive, 1, 1), 1);
}

void TestNetworkDrive::theCommandLineIsRefusedAndSaysWhyOnce()
{
    const NetworkDrive network; // inherited by tavolo-cli
    ArchiveFixture first;
    QCOMPARE(addOrganisations(first.archive, 0, 1), 1);
    const CliRun refused = runCli(
        first.path(), {QStringLiteral("org"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY(refused.out.isEmpty());
    const QString why = QString::fromUtf8(refused.err);
    QVERIFY2(why.contains(QStringLiteral("only one program at a time")), qPrintable(why));
    QVERIFY2(why.contains(LockInfo::self()), qPrintable(why));

    first.archive.close();
    const CliRun listed = runCli(
        first.path(), {QStringLiteral("org"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(listed.array().size(), 1); // standard output stays pure JSON
    const QString notice = QString::fromUtf8(listed.err);
    QCOMPARE(notice.count(QStringLiteral("is on a network drive")), 1);
    QVERIFY(notice.contains(QStringLiteral("office server")));
}

QTEST_GUILESS_MAIN(TestNetworkDrive)
#include "tst_network_drive.moc"
