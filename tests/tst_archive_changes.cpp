// A change saved by another program is seen at once (issue 12 for a file, issue 18 for a
// server): the archive emits changed(), so that the open views refresh. On a SQLite file the
// archive looks every second (PRAGMA data_version); on a PostgreSQL server the other program's
// commit arrives as a notification (LISTEN/NOTIFY). changed() names the records each commit
// wrote, read from the audit trail, so that a view of thousands of records reads only those
// again: every commit of the program itself, and another program's on a file (on the server
// its notification says only that it committed). One test for both backends.
#include "archivefixture.h"
#include "core/storage/organisationstore.h"
#include "storagehelpers.h"

#include <QSignalSpy>

using namespace tavolo;

namespace {

ArchiveChanges lastOf(const QSignalSpy &spy)
{
    return spy.last().at(0).value<ArchiveChanges>();
}

QList<qint64> updatedOrganisations(const QSignalSpy &spy)
{
    return lastOf(spy).updatedOnly(OrganisationStore::table()).value_or(QList<qint64> {-1});
}

} // namespace

class TestArchiveChanges : public QObject
{
    Q_OBJECT
private slots:
    void anotherProgramsCommitIsSeen();
    void aCommitNamesTheRecordsItWrote();
    void aLargeCommitIsEverything();
};

void TestArchiveChanges::anotherProgramsCommitIsSeen()
{
    ArchiveFixture f;
    QVERIFY(f.archive.isOpen());
    Archive other;
    QVERIFY(other.open(f.path(), Archive::OpenMode::MustExist));
    QSignalSpy seen(&f.archive, &Archive::changed);
    QSignalSpy ownSeen(&other, &Archive::changed);
    OrganisationStore theirs(other);
    const auto added = theirs.add(storagehelpers::organisation(1));
    QVERIFY(added);
    QCOMPARE(ownSeen.count(), 1); // its own commit, once
    QTRY_VERIFY_WITH_TIMEOUT(seen.count() >= 1, 5000);
    QCOMPARE(OrganisationStore(f.archive).list().size(), 1);
    QVERIFY(lastOf(seen).elsewhere());
    QVERIFY(!lastOf(ownSeen).elsewhere());
    const QList<ArchiveChanges::Record> own = lastOf(ownSeen).records();
    QCOMPARE(own.size(), 1);
    QCOMPARE(own.first().table, OrganisationStore::table());
    QCOMPARE(own.first().row, added.value());
    QVERIFY(own.first().action == ArchiveChanges::Action::Insert);
    if (f.archive.onServer())
        QVERIFY(lastOf(seen).isEverything());
    else
        QCOMPARE(lastOf(seen).records().size(), 1);
    // The program that saved is not told again by its own notification.
    QTest::qWait(300);
    QCOMPARE(ownSeen.count(), 1);

    // Their edit reaches this program as the one record it changed (on a file).
    std::optional<Organisation> o = theirs.find(added.value());
    o->phone = QStringLiteral("0342 210000");
    QVERIFY(theirs.update(*o));
    const qsizetype before = seen.count();
    QTRY_VERIFY_WITH_TIMEOUT(seen.count() > before, 5000);
    if (f.archive.onServer())
        QVERIFY(lastOf(seen).isEverything());
    else
        QCOMPARE(updatedOrganisations(seen), QList<qint64> {added.value()});
}

void TestArchiveChanges::aCommitNamesTheRecordsItWrote()
{
    ArchiveFixture f;
    QVERIFY(f.archive.isOpen());
    OrganisationStore store(f.archive);
    QSignalSpy seen(&f.archive, &Archive::changed);
    const auto first = store.add(storagehelpers::organisation(1));
    const auto second = store.add(storagehelpers::organisation(2));
    QVERIFY(first && second);
    QCOMPARE(seen.count(), 2);
    QVERIFY(!lastOf(seen).isEverything());
    QVERIFY(!lastOf(seen).updatedOnly(OrganisationStore::table())); // a record added

    std::optional<Organisation> o = store.find(second.value());
    o->notes = QStringLiteral("Sede nuova");
    QVERIFY(store.update(*o));
    QCOMPARE(updatedOrganisations(seen), QList<qint64> {second.value()});
    QCOMPARE(lastOf(seen).updatedOnly(QStringLiteral("people")), QList<qint64> {});

    // A refused write changes nothing and says nothing.
    const qsizetype before = seen.count();
    std::optional<Organisation> duplicate = store.find(second.value());
    duplicate->taxCode = store.find(first.value())->taxCode; // another's tax code: refused
    QVERIFY(!store.update(*duplicate));
    QCOMPARE(seen.count(), before);

    // Two updates in one transaction (a batch): both records, once.
    const auto both = f.archive.write([&] {
        for (const qint64 id : {first.value(), second.value()}) {
            std::optional<Organisation> r = store.find(id);
            r->phone = QStringLiteral("0342 1%1").arg(id);
            if (auto done = store.update(*r); !done)
                return done;
        }
        return Result<Done>::ok({});
    });
    QVERIFY(both);
    QList<qint64> updated = updatedOrganisations(seen);
    std::sort(updated.begin(), updated.end());
    QCOMPARE(updated, (QList<qint64> {first.value(), second.value()}));
}

void TestArchiveChanges::aLargeCommitIsEverything()
{
    ArchiveFixture f;
    QVERIFY(f.archive.isOpen());
    OrganisationStore store(f.archive);
    QSignalSpy seen(&f.archive, &Archive::changed);
    const auto many = f.archive.write([&] {
        for (int i = 1; i <= ArchiveChanges::MostListed + 1; ++i)
            if (auto added = store.add(storagehelpers::organisation(i)); !added)
                return Result<Done>::refused(added.problems());
        return Result<Done>::ok({});
    });
    QVERIFY(many);
    QCOMPARE(seen.count(), 1);
    QVERIFY(lastOf(seen).isEverything());
    QVERIFY(!lastOf(seen).updatedOnly(OrganisationStore::table()));
}

QTEST_GUILESS_MAIN(TestArchiveChanges)
#include "tst_archive_changes.moc"
