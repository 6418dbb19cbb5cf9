// Two programs on one archive: neither loses the other's changes, and each notices the other's
// commits (PRAGMA data_version) so that its views can refresh.
#include "archivefixture.h"
#include "clirunner.h"
#include "storagehelpers.h"

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

QTEST_GUILESS_MAIN(TestArchiveSharing)
#include "tst_archive_sharing.moc"
