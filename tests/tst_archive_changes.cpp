// A change saved by another program is seen at once (issue 12 for a file, issue 18 for a
// server): the archive emits changed(), so that the open views refresh. On a SQLite file the
// archive looks every second (PRAGMA data_version); on a PostgreSQL server the other program's
// commit arrives as a notification (LISTEN/NOTIFY). One test for both backends.
#include "archivefixture.h"
#include "core/storage/organisationstore.h"
#include "storagehelpers.h"

#include <QSignalSpy>

using namespace tavolo;

class TestArchiveChanges : public QObject
{
    Q_OBJECT
private slots:
    void anotherProgramsCommitIsSeen();
};

void TestArchiveChanges::anotherProgramsCommitIsSeen()
{
    ArchiveFixture f;
    QVERIFY(f.archive.isOpen());
    Archive other;
    QVERIFY(other.open(f.path(), Archive::OpenMode::MustExist));
    QSignalSpy seen(&f.archive, &Archive::changed);
    QSignalSpy ownSeen(&other, &Archive::changed);
    QVERIFY(OrganisationStore(other).add(storagehelpers::organisation(1)));
    QCOMPARE(ownSeen.count(), 1); // its own commit, once
    QTRY_VERIFY_WITH_TIMEOUT(seen.count() >= 1, 5000);
    QCOMPARE(OrganisationStore(f.archive).list().size(), 1);
    // The program that saved is not told again by its own notification.
    QTest::qWait(300);
    QCOMPARE(ownSeen.count(), 1);
}

QTEST_GUILESS_MAIN(TestArchiveChanges)
#include "tst_archive_changes.moc"
