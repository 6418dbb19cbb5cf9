// Backups (VACUUM INTO copies beside the archive) and restore.
#include "archivefixture.h"
#include "clirunner.h"
#include "core/config/settings.h"
#include "core/storage/archivefile.h"
#include "core/storage/backups.h"
#include "storagehelpers.h"

#include <QDir>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace tavolo;
using namespace storagehelpers;

namespace {

const QDateTime kMonday(QDate(2026, 11, 23), QTime(9, 15));

QList<Organisation> organisationsIn(const QString &path)
{
    Archive archive;
    if (!archive.open(path, Archive::OpenMode::MustExist))
        return {};
    return OrganisationStore(archive).list();
}

} // namespace

class TestBackups : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void backupIsAConsistentTavoloArchive();
    void restoreGivesBackExactlyTheSavedData();
    void restoreRefusesForeignAndNewerFiles();
    void restoreRefusedWhileOpen();
    void restoreRefusesSchemasTavoloDoesNotMake();
    void restoreOntoLinkRefused();
    void restoreFromPipeRefused();
    void dailyLimit();
    void rotationKeepsN();
    void commandLineBackupAndRestore();
    void settingKeepsThirtyByDefault();
};

void TestBackups::backupIsAConsistentTavoloArchive()
{
    ArchiveFixture f;
    QCOMPARE(addOrganisations(f.archive, 0, 5), 5);
    Backups backups(f.path());
    QCOMPARE(backups.folder(), f.dir.filePath(QStringLiteral("archive-backups")));
    const auto made = backups.create(f.archive, kMonday);
    QVERIFY2(made, qPrintable(describe(made.problems())));
    QCOMPARE(QFileInfo(made.value()).fileName(), QStringLiteral("archive-20261123-091500.sqlite"));
    QCOMPARE(ArchiveFile::inspect(made.value()).kind, ArchiveFile::Kind::Tavolo);
    QCOMPARE(organisationsIn(made.value()), OrganisationStore(f.archive).list());
    QCOMPARE(backups.list(), QStringList {made.value()});
}

void TestBackups::restoreGivesBackExactlyTheSavedData()
{
    ArchiveFixture f;
    QCOMPARE(addOrganisations(f.archive, 0, 3), 3);
    const QList<Organisation> saved = OrganisationStore(f.archive).list();
    Backups backups(f.path());
    const QString copy = backups.create(f.archive, kMonday).value();
    QCOMPARE(addOrganisations(f.archive, 3, 2), 2);
    Organisation changed = saved.first();
    changed.notes = QStringLiteral("changed after the backup");
    QVERIFY(OrganisationStore(f.archive).update(changed));
    const QList<Organisation> later = OrganisationStore(f.archive).list();
    f.archive.close();

    const auto restored = backups.restore(copy, kMonday.addSecs(60));
    QVERIFY2(restored, qPrintable(describe(restored.problems())));
    QCOMPARE(organisationsIn(f.path()), saved);
    QVERIFY(QFileInfo(restored.value()).fileName().contains(QStringLiteral("before-restore")));
    QCOMPARE(organisationsIn(restored.value()), later); // the replaced archive is kept
    QCOMPARE(backups.list(), QStringList {copy}); // listed apart from the copies…
    QVERIFY(!QFileInfo::exists(f.path() + QStringLiteral(".restoring")));
    // …and never rotated away: two newer copies, rotation down to one, and it is still there.
    Archive reopened;
    QVERIFY(reopened.open(f.path(), Archive::OpenMode::MustExist));
    const QString tuesday = backups.create(reopened, kMonday.addDays(1)).value();
    const QString wednesday = backups.create(reopened, kMonday.addDays(2)).value();
    backups.rotate(1);
    QCOMPARE(backups.list(), QStringList {wednesday});
    QVERIFY(!QFileInfo::exists(copy) && !QFileInfo::exists(tuesday)); // rotation did remove
    QVERIFY(QFileInfo::exists(restored.value()));
    QCOMPARE(organisationsIn(restored.value()), later);
}

void TestBackups::restoreRefusesForeignAndNewerFiles()
{
    ArchiveFixture f;
    QCOMPARE(addOrganisations(f.archive, 0, 2), 2);
    const QString foreign = f.dir.filePath(QStringLiteral("other.sqlite"));
    rawExec(foreign, {QStringLiteral("CREATE TABLE t (x)")});
    const QString newer = f.dir.filePath(QStringLiteral("newer.sqlite"));
    QVERIFY(Backups::copyTo(f.archive, newer));
    rawExec(newer, {QStringLiteral("PRAGMA user_version = 999")});
    f.archive.close();
    const QByteArray before = digestOf(f.path());
    Backups backups(f.path());
    const auto notOurs = backups.restore(foreign);
    QVERIFY(!notOurs);
    QVERIFY(
        notOurs.problems().constFirst().message.contains(QStringLiteral("not a Tavolo archive")));
    const auto tooNew = backups.restore(newer);
    QVERIFY(!tooNew);
    QVERIFY(tooNew.problems().constFirst().message.contains(QStringLiteral("newer version")));
    QVERIFY(!backups.restore(f.dir.filePath(QStringLiteral("missing.sqlite"))));
    QCOMPARE(digestOf(f.path()), before);
    QCOMPARE(organisationsIn(f.path()).size(), 2);
}

void TestBackups::restoreRefusedWhileOpen()
{
    ArchiveFixture f;
    QCOMPARE(addOrganisations(f.archive, 0, 2), 2);
    Backups backups(f.path());
    const QString copy = backups.create(f.archive, kMonday).value();
    QCOMPARE(addOrganisations(f.archive, 2, 1), 1);
    const auto refused = backups.restore(copy);
    QVERIFY(!refused);
    QVERIFY2(refused.problems().constFirst().message.contains(QStringLiteral("open in another")),
             qPrintable(refused.problems().constFirst().message));
    QCOMPARE(OrganisationStore(f.archive).list().size(), 3);
    QCOMPARE(addOrganisations(f.archive, 3, 1), 1); // the open archive still works
}

void TestBackups::restoreRefusesSchemasTavoloDoesNotMake()
{
    ArchiveFixture f;
    QCOMPARE(addOrganisations(f.archive, 0, 2), 2);
    // Tavolo's application id, schema version 0 and tables of another program.
    const QString zero = f.dir.filePath(QStringLiteral("zero.sqlite"));
    rawExec(zero,
            {QStringLiteral("PRAGMA application_id = %1").arg(ArchiveFile::applicationId),
             QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")});
    // A sound backup that carries a trigger.
    const QString crafted = f.dir.filePath(QStringLiteral("crafted.sqlite"));
    QVERIFY(Backups::copyTo(f.archive, crafted));
    rawExec(crafted,
            {QStringLiteral("CREATE TRIGGER spy AFTER DELETE ON people BEGIN "
                            "UPDATE organisations SET notes = old.tax_code; END")});
    f.archive.close();
    const QByteArray before = digestOf(f.path());
    Backups backups(f.path());
    const auto fromZero = backups.restore(zero);
    QVERIFY(!fromZero);
    QVERIFY2(fromZero.problems().constFirst().message.contains(QStringLiteral("invoices")),
             qPrintable(fromZero.problems().constFirst().message));
    const auto fromCrafted = backups.restore(crafted);
    QVERIFY(!fromCrafted);
    QVERIFY2(fromCrafted.problems().constFirst().message.contains(QStringLiteral("spy")),
             qPrintable(fromCrafted.problems().constFirst().message));
    QCOMPARE(digestOf(f.path()), before);
    QVERIFY(!QFileInfo::exists(f.path() + QStringLiteral(".restoring")));
    QCOMPARE(organisationsIn(f.path()).size(), 2);
}

void TestBackups::restoreOntoLinkRefused()
{
#ifdef Q_OS_WIN
    QSKIP("QFile::link makes a Windows shortcut (.lnk), a file of its own that nothing follows, "
          "not a symbolic link (which needs privileges): the case is tested on Unix");
#endif
    // The rename that swaps the files would replace the link and leave the real archive old.
    ArchiveFixture f;
    QCOMPARE(addOrganisations(f.archive, 0, 2), 2);
    Backups source(f.path());
    const QString copy = source.create(f.archive, kMonday).value();
    f.archive.close();
    const QString link = f.dir.filePath(QStringLiteral("link.sqlite"));
    if (!QFile::link(f.path(), link))
        QSKIP("this file system cannot make links");
    const QByteArray before = digestOf(f.path());
    const auto refused = Backups(link).restore(copy);
    QVERIFY(!refused);
    QVERIFY2(refused.problems().constFirst().message.contains(QStringLiteral("link")),
             qPrintable(refused.problems().constFirst().message));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(digestOf(f.path()), before);
    const CliRun run = runCli(link, {QStringLiteral("restore"), copy});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(digestOf(f.path()), before);
}

void TestBackups::restoreFromPipeRefused()
{
#ifdef Q_OS_UNIX
    ArchiveFixture f;
    QCOMPARE(addOrganisations(f.archive, 0, 1), 1);
    f.archive.close();
    const QByteArray before = digestOf(f.path());
    const QString fifo = f.dir.filePath(QStringLiteral("backup.sqlite"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const CliRun run = runCli(f.path(), {QStringLiteral("restore"), fifo});
    QCOMPARE(run.exitCode, 1); // a hang would end in -1 after a minute
    QVERIFY2(run.err.contains("not an ordinary file"), run.err.constData());
    QCOMPARE(digestOf(f.path()), before);
#else
    QSKIP("FIFOs in the file system are a Unix feature (Windows names pipes apart)");
#endif
}

void TestBackups::dailyLimit()
{
    ArchiveFixture f;
    Backups backups(f.path());
    QVERIFY(!backups.createDaily(f.archive, 30, kMonday).value().isEmpty());
    QVERIFY(backups.createDaily(f.archive, 30, kMonday.addSecs(3600)).value().isEmpty());
    QCOMPARE(backups.list().size(), 1);
    QVERIFY(!backups.createDaily(f.archive, 30, kMonday.addDays(1)).value().isEmpty());
    QCOMPARE(backups.list().size(), 2);
}

void TestBackups::rotationKeepsN()
{
    ArchiveFixture f;
    Backups backups(f.path());
    for (int day = 0; day < 8; ++day) {
        addOrganisations(f.archive, day, 1);
        QVERIFY(backups.createDaily(f.archive, 5, kMonday.addDays(day)));
    }
    const QStringList kept = backups.list();
    QCOMPARE(kept.size(), 5);
    QVERIFY(kept.first().endsWith(QStringLiteral("-20261130-091500.sqlite"))); // the newest
    QVERIFY(kept.last().endsWith(QStringLiteral("-20261126-091500.sqlite")));
    QCOMPARE(organisationsIn(kept.first()).size(), 8);
}

void TestBackups::commandLineBackupAndRestore()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    QCOMPARE(runCli(db, {QStringLiteral("init")}).exitCode, 0);
    const QByteArray alfa = R"([{"op":"org.add","name":"Alfa","taxCode":"00095450144"}])";
    QCOMPARE(runCli(db, {QStringLiteral("apply"), QStringLiteral("-")}, alfa).exitCode, 0);
    QCOMPARE(runCli(db, {QStringLiteral("backup"), copy}).exitCode, 0);
    QCOMPARE(runCli(db, {QStringLiteral("backup"), copy}).exitCode, 1); // never overwrites
    const CliRun inFolder = runCli(db, {QStringLiteral("backup")});
    QCOMPARE(inFolder.exitCode, 0);
    QCOMPARE(Backups(db).list().size(), 1);
    const QByteArray beta = R"([{"op":"org.add","name":"Beta","taxCode":"00000000000"}])";
    QCOMPARE(runCli(db, {QStringLiteral("apply"), QStringLiteral("-")}, beta).exitCode, 0);
    const CliRun restored = runCli(db, {QStringLiteral("restore"), copy});
    QVERIFY2(restored.exitCode == 0, restored.err.constData());
    QVERIFY(restored.out.contains("before-restore"));
    const QJsonArray orgs =
        runCli(db, {QStringLiteral("org"), QStringLiteral("list"), QStringLiteral("--json")})
            .array();
    QCOMPARE(orgs.size(), 1);
    QCOMPARE(orgs.first()[QStringLiteral("name")].toString(), QStringLiteral("Alfa"));
    const CliRun refused =
        runCli(db, {QStringLiteral("restore"), QStringLiteral("/nonexistent.sqlite")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(!refused.err.isEmpty());
}

void TestBackups::settingKeepsThirtyByDefault()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    QCOMPARE(settings.backupsToKeep(), 30);
    settings.setValue(Settings::Key::BackupsToKeep, 7);
    QCOMPARE(settings.backupsToKeep(), 7);
    settings.setValue(Settings::Key::BackupsToKeep, 0); // never fewer than one
    QCOMPARE(settings.backupsToKeep(), 1);
}

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
