// Two programs on one archive: neither loses the other's changes, and each notices the other's
// commits (PRAGMA data_version) so that its views can refresh; a save from a record read before
// the other's change is refused (version per record, migration 007); each sees who else has the
// archive open (Presence).
#include "archivefixture.h"
#include "clirunner.h"
#include "storagehelpers.h"

#include "core/storage/personstore.h"
#include "core/storage/presence.h"
#include "core/storage/recordversion.h"

#include <QDir>
#include <QSysInfo>

#include <QSignalSpy>

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
    // Each program changes a different field of the same organisation; an update reads the
    // record inside its own transaction (as org.update does), so neither change overwrites the
    // other.
    ArchiveFixture first;
    Archive second;
    QVERIFY(second.open(first.path()));
    const qint64 id = OrganisationStore(first.archive).add(organisation(1)).value();
    const auto change = [id](Archive &archive, auto edit) {
        return archive.write([&]() -> Result<Done> {
            OrganisationStore store(archive);
            Organisation o = *store.find(id);
            edit(o);
            return store.update(o);
        });
    };
    QVERIFY(change(first.archive, [](Organisation &o) { o.phone = QStringLiteral("0342 1"); }));
    QVERIFY(change(second, [](Organisation &o) { o.notes = QStringLiteral("from the second"); }));
    const Organisation seen = *OrganisationStore(first.archive).find(id);
    QCOMPARE(seen.phone, QStringLiteral("0342 1"));
    QCOMPARE(seen.notes, QStringLiteral("from the second"));
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
    write(dead, QStringLiteral("Gone\n%1\n2147483000\n2026-11-30T08:00:00\n")
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
    QCOMPARE(folder.entryList(QDir::Files), QStringList{QStringLiteral("UFFICIO-2-4242")});
}

QTEST_GUILESS_MAIN(TestArchiveSharing)
#include "tst_archive_sharing.moc"
