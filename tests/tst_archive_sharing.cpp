// Two programs on one archive: neither loses the other's changes, and each notices the other's
// commits (PRAGMA data_version) so that its views can refresh; a save from a record read before
// the other's change is refused (version per record, migration 007); each sees who else has the
// archive open (Presence).
#include "archivefixture.h"
#include "clirunner.h"
#include "core/storage/auditlog.h"
#include "core/storage/documentsettingsstore.h"
#include "core/storage/personstore.h"
#include "core/storage/presence.h"
#include "core/storage/recordversion.h"
#include "storagehelpers.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSysInfo>

using namespace tavolo;
using namespace storagehelpers;

class TestArchiveSharing : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void eachNoticesTheOther();
    void ownCommitsAreNotOutsideChanges();
    void interleavedWritesAreAllKept();
    void updatesOfOneRecordAreNotLost();
    void noticesCommandLineChanges();
    void watchTimerEmitsChanged();
    void aSaveFromAStaleCopyIsRefusedNamingWhoChangedIt();
    void theVersionMovesOnlyWithAChange();
    void eachProgramSeesWhoElseHasTheArchiveOpen();
    void aLetterheadSavedMeanwhileIsNotOverwritten();
    void aCommandLineWriteIsAmongThoseWhoHaveItOpen();
};

void TestArchiveSharing::eachNoticesTheOther()
{
    ArchiveFixture first;
    Archive second;
    QVERIFY(second.open(first.path()));
    QSignalSpy firstChanged(&first.archive, &Archive::changed);
    QSignalSpy secondChanged(&second, &Archive::changed);

    QCOMPARE(addOrganisations(first.archive, 0, 1), 1);
    QCOMPARE(firstChanged.size(), 1); // its own commit
    QVERIFY(second.checkForOutsideChanges());
    QCOMPARE(secondChanged.size(), 1);
    QCOMPARE(OrganisationStore(second).list().size(), 1);
    QVERIFY(!second.checkForOutsideChanges()); // nothing new since

    QCOMPARE(addOrganisations(second, 1, 1), 1);
    QVERIFY(first.archive.checkForOutsideChanges());
    QCOMPARE(OrganisationStore(first.archive).list().size(), 2);
}

void TestArchiveSharing::ownCommitsAreNotOutsideChanges()
{
    ArchiveFixture f;
    QCOMPARE(addOrganisations(f.archive, 0, 3), 3);
    QVERIFY(!f.archive.checkForOutsideChanges());
}

void TestArchiveSharing::interleavedWritesAreAllKept()
{
    ArchiveFixture first;
    Archive second;
    QVERIFY(second.open(first.path()));
    for (int n = 0; n < 100; n += 2) {
        QCOMPARE(addOrganisations(first.archive, n, 1), 1);
        QCOMPARE(addOrganisations(second, n + 1, 1), 1);
    }
    first.archive.close();
    second.close();
    Archive reopened;
    QVERIFY(reopened.open(first.path()));
    QCOMPARE(OrganisationStore(reopened).list().size(), 100);
}

void TestArchiveSharing::updatesOfOneRecordAreNotLost()
{
    // Two chains of tavolo-cli processes race on the same organisation, each changing its own
    // field 300 times (10 runs of 30 updates: a writer that commits back to back can starve the
    // other in SQLite's busy wait, and a new process gives the other side its turn). An update
    // reads the record inside its own transaction (as org.update does), so the audit trail is one
    // unbroken chain: every update starts from what the one before it left, and neither
    // program's change is overwritten by a stale copy of the other's.
    ArchiveFixture f;
    const Organisation alfa = organisation(1);
    const qint64 id = OrganisationStore(f.archive).add(alfa).value();
    constexpr int kRuns = 10;
    constexpr int kPerRun = 30;
    constexpr int kUpdates = kRuns * kPerRun;
    // The batches are files, not stdin: QProcess hands a child its input only while it is
    // waited for, which would run the two one after the other.
    const auto batch = [&](const QString &field, const QString &prefix, int run) {
        QJsonArray ops;
        for (int i = run * kPerRun; i < (run + 1) * kPerRun; ++i)
            ops << QJsonObject {{QStringLiteral("op"), QStringLiteral("org.update")},
                                {QStringLiteral("org"), alfa.taxCode},
                                {field, prefix + QString::number(i)}};
        QFile file(f.dir.filePath(QStringLiteral("%1-%2.json").arg(field).arg(run)));
        return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(ops).toJson()) > 0
            ? file.fileName()
            : QString();
    };
    struct Chain
    {
        QString field;
        QString prefix;
        int started = 0;
        QProcess process;
    } chains[2];
    chains[0].field = QStringLiteral("phone");
    chains[0].prefix = QStringLiteral("0342 ");
    chains[1].field = QStringLiteral("notes");
    chains[1].prefix = QStringLiteral("nota ");
    const auto startNext = [&](Chain &c) {
        const QString file = batch(c.field, c.prefix, c.started++);
        c.process.start(QStringLiteral(TAVOLO_CLI),
                        {QStringLiteral("--db"), f.path(), QStringLiteral("apply"), file});
        return !file.isEmpty() && c.process.waitForStarted(60000);
    };
    QVERIFY(startNext(chains[0]) && startNext(chains[1]));
    const auto going = [](const Chain &c) {
        return c.started < kRuns || c.process.state() != QProcess::NotRunning;
    };
    for (int polls = 0; going(chains[0]) || going(chains[1]); ++polls) {
        QVERIFY2(polls < 60000, "the chains did not finish in about 20 minutes");
        for (Chain &c : chains) {
            if (c.process.state() != QProcess::NotRunning) {
                c.process.waitForFinished(20);
                continue;
            }
            QVERIFY2(c.process.exitStatus() == QProcess::NormalExit && c.process.exitCode() == 0,
                     c.process.readAllStandardError().constData());
            if (c.started < kRuns)
                QVERIFY(startNext(c));
        }
    }
    for (Chain &c : chains) {
        QCOMPARE(c.started, kRuns);
        QVERIFY2(c.process.exitStatus() == QProcess::NormalExit && c.process.exitCode() == 0,
                 c.process.readAllStandardError().constData());
    }

    const QList<AuditEntry> entries =
        AuditLog(f.archive).forRecord(QStringLiteral("organisations"), id);
    QCOMPARE(entries.size(), 1 + 2 * kUpdates); // the insert, then every update
    int turns = 0; // how often the writer changed: the processes did run at the same time
    for (qsizetype k = 2; k < entries.size(); ++k) {
        for (const QString &field : {QStringLiteral("phone"), QStringLiteral("notes")})
            QVERIFY2(
                entries[k].before.value(field) == entries[k - 1].after.value(field),
                qPrintable(QStringLiteral("update %1 started from a stale %2").arg(k).arg(field)));
        const auto writer = [&](qsizetype i) {
            return entries[i].before.value(QStringLiteral("phone"))
                != entries[i].after.value(QStringLiteral("phone"));
        };
        turns += writer(k) != writer(k - 1) ? 1 : 0;
    }
    qInfo("the writer changed %d times in %d updates", turns, 2 * kUpdates);
    QVERIFY2(turns > 1, "the two processes never overlapped: nothing was raced (run again)");
    const Organisation seen = *OrganisationStore(f.archive).find(id);
    QCOMPARE(seen.phone, QStringLiteral("0342 299"));
    QCOMPARE(seen.notes, QStringLiteral("nota 299"));
}

void TestArchiveSharing::noticesCommandLineChanges()
{
    ArchiveFixture f;
    QCOMPARE(addOrganisations(f.archive, 0, 1), 1);
    const CliRun run = runCli(f.path(), {QStringLiteral("apply"), QStringLiteral("-")},
                              R"([{"op":"org.add","name":"Alfa","taxCode":"00095450144"}])");
    QCOMPARE(run.exitCode, 0);
    QVERIFY(f.archive.checkForOutsideChanges());
    QCOMPARE(OrganisationStore(f.archive).list().size(), 2);
    QCOMPARE(addOrganisations(f.archive, 1, 1), 1); // and writes on after the other closed
    QCOMPARE(OrganisationStore(f.archive).list().size(), 3);
}

void TestArchiveSharing::watchTimerEmitsChanged()
{
    // The watch runs by itself from the event loop (what the GUI relies on).
    ArchiveFixture first;
    first.archive.setWatchInterval(20);
    Archive second;
    QVERIFY(second.open(first.path()));
    QSignalSpy changed(&first.archive, &Archive::changed);
    QCOMPARE(addOrganisations(second, 0, 1), 1);
    QVERIFY(changed.wait(10000));
}

// Both programs opened the same record; the first saves; the second's save, made from the copy
// it read before, is refused inside its transaction, naming the first program's user, and
// changes nothing. Read again, it saves.
void TestArchiveSharing::aSaveFromAStaleCopyIsRefusedNamingWhoChangedIt()
{
    ArchiveFixture first;
    Archive second;
    QVERIFY(second.open(first.path()));
    first.archive.setActor(QStringLiteral("Anna Prima"));
    const qint64 id = OrganisationStore(first.archive).add(organisation(1)).value();
    Organisation mine = *OrganisationStore(first.archive).find(id);
    Organisation theirs = *OrganisationStore(second).find(id);
    QCOMPARE(mine.version, 1);
    mine.phone = QStringLiteral("0342 1");
    QVERIFY(OrganisationStore(first.archive).update(mine));
    theirs.notes = QStringLiteral("from the second");
    const auto stale = OrganisationStore(second).update(theirs);
    QVERIFY(!stale);
    QVERIFY(RecordVersion::changedMeanwhile(stale.problems()));
    QVERIFY(stale.problems().first().message.contains(QStringLiteral("Anna Prima")));
    const Organisation seen = *OrganisationStore(second).find(id);
    QCOMPARE(seen.phone, QStringLiteral("0342 1"));
    QVERIFY(seen.notes.isEmpty());
    Organisation reloaded = seen;
    reloaded.notes = QStringLiteral("from the second");
    QVERIFY(OrganisationStore(second).update(reloaded));
    // People are checked the same way.
    Person p;
    p.givenName = QStringLiteral("Mario");
    p.familyName = QStringLiteral("Rossi");
    const qint64 person = PersonStore(first.archive).add(p).value();
    Person old = *PersonStore(second).find(person);
    Person now = *PersonStore(first.archive).find(person);
    now.phone = QStringLiteral("333 1");
    QVERIFY(PersonStore(first.archive).update(now));
    old.email = QStringLiteral("m@x.it");
    QVERIFY(RecordVersion::changedMeanwhile(PersonStore(second).update(old).problems()));
}

// Saving an unchanged record moves neither the version nor the audit trail (migration 006);
// each real change moves it by one.
void TestArchiveSharing::theVersionMovesOnlyWithAChange()
{
    ArchiveFixture f;
    OrganisationStore store(f.archive);
    const qint64 id = store.add(organisation(1)).value();
    Organisation o = *store.find(id);
    QVERIFY(store.update(o));
    QCOMPARE(store.find(id)->version, 1);
    o.phone = QStringLiteral("0342 1");
    QVERIFY(store.update(o));
    QCOMPARE(store.find(id)->version, 2);
    o.version = 0; // not checked: a script that read no version
    o.phone = QStringLiteral("0342 2");
    QVERIFY(store.update(o));
    QCOMPARE(store.find(id)->version, 3);
}

// Another computer's program is named; a file left by a program of this computer that is gone
// is not, and is cleared away; our own is not "someone else".
void TestArchiveSharing::eachProgramSeesWhoElseHasTheArchiveOpen()
{
    ArchiveFixture f;
    const QDir folder(Presence::folderOf(f.path()));
    QVERIFY(QDir().mkpath(folder.path()));
    const auto write = [&](const QString &name, const QString &content) {
        QFile file(folder.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content.toUtf8());
    };
    write(QStringLiteral("UFFICIO-2-4242"),
          QStringLiteral("Bruna Altri (baltri)\nUFFICIO-2\n4242\n2026-11-30T09:12:00\n"));
    const QString dead = QStringLiteral("%1-2147483000").arg(QSysInfo::machineHostName());
    write(dead,
          QStringLiteral("Gone\n%1\n2147483000\n2026-11-30T08:00:00\n")
              .arg(QSysInfo::machineHostName()));
    Presence mine(f.path());
    mine.announce();
    const QStringList others = mine.others();
    QCOMPARE(others.size(), 1);
    QVERIFY(others.first().contains(QStringLiteral("Bruna Altri (baltri)")));
    QVERIFY(others.first().contains(QStringLiteral("UFFICIO-2")));
    QVERIFY(others.first().contains(QStringLiteral("30/11/2026 09:12")));
    QVERIFY(!folder.exists(dead));
    mine.withdraw();
    QCOMPARE(folder.entryList(QDir::Files), QStringList {QStringLiteral("UFFICIO-2-4242")});
}

// The letterhead (document_settings, keys and values, no version column): a save checked
// against the stamp read when the form loaded is refused once another program saved, naming
// who; saving unchanged values moves no stamp, so a program never trips over itself.
void TestArchiveSharing::aLetterheadSavedMeanwhileIsNotOverwritten()
{
    ArchiveFixture first;
    Archive second;
    QVERIFY(second.open(first.path()));
    second.setActor(QStringLiteral("Bruna Altri (baltri)"));
    DocumentSettingsStore mine(first.archive);
    DocumentSettingsStore theirs(second);
    QVERIFY(mine.set({{QStringLiteral("place"), QStringLiteral("Sondrio")}}));
    const qint64 loaded = mine.stamp();
    QVERIFY(loaded > 0);
    // Unchanged values (as a Save of an untouched form) move nothing.
    QVERIFY(theirs.set({{QStringLiteral("place"), QStringLiteral("Sondrio")}}));
    QCOMPARE(mine.stamp(), loaded);
    QVERIFY(first.archive.write([&] { return mine.checkUnchangedSince(loaded); }));

    QVERIFY(theirs.set({{QStringLiteral("enteName"), QStringLiteral("Comunità Montana")}}));
    QVERIFY(mine.stamp() > loaded);
    const auto stale = first.archive.write([&]() -> Result<Done> {
        if (auto unchanged = mine.checkUnchangedSince(loaded); !unchanged)
            return unchanged;
        return mine.set({{QStringLiteral("enteName"), QStringLiteral("Ente sbagliato")}});
    });
    QVERIFY(!stale);
    QVERIFY(RecordVersion::changedMeanwhile(stale.problems()));
    QVERIFY2(stale.problems().first().message.contains(QStringLiteral("Bruna Altri (baltri)")),
             qPrintable(stale.problems().first().message));
    QCOMPARE(mine.all().value(QStringLiteral("enteName")).toString(),
             QStringLiteral("Comunità Montana"));
    // Read again, the save goes through; a negative stamp (not read) is not checked.
    QVERIFY(first.archive.write([&] { return mine.checkUnchangedSince(mine.stamp()); }));
    QVERIFY(mine.checkUnchangedSince(-1));
}

// tavolo-cli apply, while it runs (here: while it waits for its operations on standard input),
// is named by a window's Presence::others() as the command line; gone when it ends. A
// command that only reads announces nothing.
void TestArchiveSharing::aCommandLineWriteIsAmongThoseWhoHaveItOpen()
{
    ArchiveFixture f;
    const QString path = QFileInfo(f.path()).absoluteFilePath();
    Presence window(path);
    window.announce();
    QVERIFY(window.others().isEmpty());

    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TAVOLO_LANGUAGE"), QStringLiteral("en"));
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(TAVOLO_CLI),
              {QStringLiteral("--db"), path, QStringLiteral("apply"), QStringLiteral("-")});
    QVERIFY(cli.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(window.others().size(), 1, 20000);
    const QString named = window.others().first();
    QVERIFY2(named.contains(QStringLiteral("command line")), qPrintable(named));
    QVERIFY2(named.contains(QSysInfo::machineHostName()), qPrintable(named));
    cli.write(R"([{"op":"org.add","name":"Associazione Uno","taxCode":"00095450144"}])");
    cli.closeWriteChannel();
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY(window.others().isEmpty());
    // Its file is gone, not merely skipped as a dead process's: only the window's is left.
    QCOMPARE(QDir(Presence::folderOf(path)).entryList(QDir::Files).size(), 1);

    // Reading commands leave no trace: after they run, no one else is named either.
    window.withdraw();
    QCOMPARE(runCli(path, {QStringLiteral("org"), QStringLiteral("list")}).exitCode, 0);
    QVERIFY(!QDir(Presence::folderOf(path)).exists());
}

QTEST_GUILESS_MAIN(TestArchiveSharing)
#include "tst_archive_sharing.moc"
