// The audit trail (migration 003; R-J "history that is never overwritten").
#include "archivefixture.h"
#include "core/storage/auditlog.h"
#include "core/storage/auditscope.h"
#include "core/storage/internal/migrations.h"
#include "core/storage/internal/sql.h"
#include "core/storage/organisationstore.h"
#include "core/storage/personstore.h"
#include "storagehelpers.h"

using namespace tavolo;

namespace {

Organisation alfa()
{
    Organisation o;
    o.name = QStringLiteral("Cooperativa Sociale Alfa");
    o.category = Category::SocialCooperative;
    o.taxCode = QStringLiteral("00095450144");
    o.pec = QStringLiteral("alfa@pec.coopalfa.it");
    return o;
}

Person rossi()
{
    Person p;
    p.givenName = QStringLiteral("Mario");
    p.familyName = QStringLiteral("Rossi");
    p.taxCode = QStringLiteral("RSSMRA85T10A562S");
    p.email = QStringLiteral("mario.rossi@example.org");
    return p;
}

qint64 auditCount(Archive &archive)
{
    return sql::scalar(sql::database(archive), QStringLiteral("SELECT count(*) FROM audit"));
}

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT
private slots:
    void organisationMutationsAreLogged();
    void personMutationsAreLogged();
    void scopesNameTheOperationAndNest();
    void refusedOperationLogsNothing();
    void auditRowsCannotBeChangedOrDeleted();
    void contextRowCannotBeDeleted();
    void filtersByRecordAndDate();
    void upgradeFromSchema1AuditsFromThenOn();
};

void TestAudit::organisationMutationsAreLogged()
{
    ArchiveFixture f;
    f.archive.setActor(QStringLiteral("clerk"));
    OrganisationStore store(f.archive);
    const auto id = store.add(alfa());
    QVERIFY(id);
    Organisation changed = *store.find(id.value());
    changed.name = QStringLiteral("Cooperativa Alfa Nuova");
    QVERIFY(store.update(changed));
    QVERIFY(store.remove(id.value()));

    const auto entries = AuditLog(f.archive).forRecord(QStringLiteral("organisations"), id.value());
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries[0].action, QStringLiteral("insert"));
    QVERIFY(entries[0].before.isEmpty());
    QCOMPARE(entries[0].after[QStringLiteral("name")].toString(), alfa().name);
    QCOMPARE(entries[0].after[QStringLiteral("tax_code")].toString(), alfa().taxCode);
    QCOMPARE(entries[0].osUser, QStringLiteral("clerk"));
    QCOMPARE(entries[1].action, QStringLiteral("update"));
    QCOMPARE(entries[1].before[QStringLiteral("name")].toString(), alfa().name);
    QCOMPARE(entries[1].after[QStringLiteral("name")].toString(), changed.name);
    QCOMPARE(entries[2].action, QStringLiteral("delete"));
    QCOMPARE(entries[2].before[QStringLiteral("name")].toString(), changed.name);
    QVERIFY(entries[2].after.isEmpty());
    QCOMPARE(entries[2].toJson()[QStringLiteral("after")].isNull(), true);
    // UTC, and recent.
    QCOMPARE(entries[0].at.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(entries[0].at.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
}

void TestAudit::personMutationsAreLogged()
{
    ArchiveFixture f;
    PersonStore people(f.archive);
    const auto id = people.add(rossi());
    QVERIFY(id);
    Person p = *people.find(id.value());
    p.email = QStringLiteral("m.rossi@example.org");
    QVERIFY(people.update(p));
    QVERIFY(people.remove(id.value()));
    const auto entries = AuditLog(f.archive).forRecord(QStringLiteral("people"), id.value());
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries[0].after[QStringLiteral("family_name")].toString(), QStringLiteral("Rossi"));
    QCOMPARE(entries[1].before[QStringLiteral("email")].toString(), rossi().email);
    QCOMPARE(entries[1].after[QStringLiteral("email")].toString(), p.email);
    QVERIFY(entries[1].after[QStringLiteral("organisation_id")].isNull());
    QCOMPARE(entries[2].action, QStringLiteral("delete"));
    // The default actor is the operating-system user.
    QCOMPARE(entries[0].osUser, Archive::systemUserName());
}

void TestAudit::scopesNameTheOperationAndNest()
{
    ArchiveFixture f;
    OrganisationStore store(f.archive);
    {
        const AuditScope outer(f.archive, QStringLiteral("import orgs"));
        QVERIFY(store.add(alfa()));
        {
            const AuditScope inner(f.archive, QStringLiteral("person.add"));
            QVERIFY(PersonStore(f.archive).add(rossi()));
        }
        QCOMPARE(f.archive.operation(), QStringLiteral("import orgs"));
    }
    QVERIFY(f.archive.operation().isEmpty());
    // A scope opened inside a running transaction takes effect at once.
    const auto done = f.archive.write([&] {
        const AuditScope scope(f.archive, QStringLiteral("org.update"));
        Organisation o = *store.findByTaxCode(alfa().taxCode);
        o.comune = QStringLiteral("Sondrio");
        return store.update(o);
    });
    QVERIFY(done);
    const auto entries = AuditLog(f.archive).entries();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries[0].operation, QStringLiteral("import orgs"));
    QCOMPARE(entries[1].operation, QStringLiteral("person.add"));
    QCOMPARE(entries[2].operation, QStringLiteral("org.update"));
}

void TestAudit::refusedOperationLogsNothing()
{
    ArchiveFixture f;
    OrganisationStore store(f.archive);
    QVERIFY(store.add(alfa()));
    const qint64 before = auditCount(f.archive);
    const auto duplicate = store.add(alfa()); // duplicate tax code: refused by the store
    QVERIFY(!duplicate);
    QCOMPARE(duplicate.problems().first().rule, QStringLiteral("DUPLICATE"));
    Organisation bad = alfa();
    bad.taxCode = QStringLiteral("00095450145");
    const auto wrongDigit = store.add(bad);
    QVERIFY(!wrongDigit);
    QCOMPARE(wrongDigit.problems().first().rule, QStringLiteral("TAX-CODE"));
    // Refused after the row was written: the rollback takes the audit row with it.
    const auto refused = f.archive.write([&]() -> Result<qint64> {
        Organisation other = alfa();
        other.taxCode = QStringLiteral("01234567897");
        const auto added = store.add(other);
        if (!added)
            return added;
        return Result<qint64>::refused(
            Problem::refused(QStringLiteral("R-E"), QStringLiteral("no")));
    });
    QVERIFY(!refused);
    QCOMPARE(refused.problems().first().rule, QStringLiteral("R-E")); // the add itself went through
    QCOMPARE(auditCount(f.archive), before);
    QCOMPARE(store.list().size(), 1);
}

void TestAudit::auditRowsCannotBeChangedOrDeleted()
{
    ArchiveFixture f;
    QVERIFY(OrganisationStore(f.archive).add(alfa()));
    const QSqlDatabase db = sql::database(f.archive);
    const auto update = sql::exec(db, QStringLiteral("UPDATE audit SET os_user = 'someone else'"));
    QVERIFY(!update);
    QVERIFY(update.problems().first().message.contains(QLatin1String("cannot be changed")));
    QVERIFY(!sql::exec(db, QStringLiteral("UPDATE audit SET after_json = '{}'")));
    QVERIFY(!sql::exec(db, QStringLiteral("DELETE FROM audit")));
    // Even in scrub mode only a person's rows, and only towards the register's values.
    QVERIFY(sql::exec(db, QStringLiteral("UPDATE audit_context SET scrub_person = 1")));
    QVERIFY(!sql::exec(db, QStringLiteral("UPDATE audit SET after_json = '{}'")));
    QVERIFY(sql::exec(db, QStringLiteral("UPDATE audit_context SET scrub_person = NULL")));
    const auto entries = AuditLog(f.archive).entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].osUser, Archive::systemUserName());
    QCOMPARE(entries[0].after[QStringLiteral("name")].toString(), alfa().name);
}

void TestAudit::contextRowCannotBeDeleted()
{
    ArchiveFixture f;
    QVERIFY(!sql::exec(sql::database(f.archive), QStringLiteral("DELETE FROM audit_context")));
    QVERIFY(!sql::exec(sql::database(f.archive),
                       QStringLiteral("INSERT INTO audit_context (id) VALUES (2)")));
}

void TestAudit::filtersByRecordAndDate()
{
    ArchiveFixture f;
    const auto org = OrganisationStore(f.archive).add(alfa());
    const auto person = PersonStore(f.archive).add(rossi());
    QVERIFY(org && person);
    AuditLog log(f.archive);
    QCOMPARE(log.entries().size(), 2);
    AuditLog::Filter filter;
    filter.table = QStringLiteral("people");
    QCOMPARE(log.entries(filter).size(), 1);
    filter.rowId = person.value() + 1;
    QCOMPARE(log.entries(filter).size(), 0);
    QCOMPARE(log.tables(),
             (QStringList {QStringLiteral("organisations"), QStringLiteral("people")}));
    // The day the rows were stamped (UTC), not the calendar's: no race with midnight.
    const QDate today = log.entries().first().at.toUTC().date();
    QCOMPARE(log.entries().last().at.toUTC().date(), today);
    AuditLog::Filter dates;
    dates.from = today;
    dates.to = today;
    QCOMPARE(log.entries(dates).size(), 2);
    dates.from = today.addDays(1);
    dates.to = QDate();
    QCOMPARE(log.entries(dates).size(), 0);
    dates.from = QDate();
    dates.to = today.addDays(-1);
    QCOMPARE(log.entries(dates).size(), 0);
}

void TestAudit::upgradeFromSchema1AuditsFromThenOn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    storagehelpers::rawExec(path,
                            storagehelpers::schemaUpTo(1)
                                << QStringLiteral("INSERT INTO organisations (name, category, "
                                                  "tax_code) VALUES ('Alfa', 'other', "
                                                  "'00095450144')"));
    if (QTest::currentTestFailed())
        return;
    Archive archive;
    QVERIFY(archive.open(path, Archive::OpenMode::MustExist));
    QCOMPARE(archive.schemaVersion(), Migrations::latestVersion());
    QVERIFY(AuditLog(archive).entries().isEmpty()); // rows from before the audit existed
    OrganisationStore store(archive);
    Organisation o = *store.findByTaxCode(QStringLiteral("00095450144"));
    o.comune = QStringLiteral("Sondrio");
    QVERIFY(store.update(o));
    const auto entries = AuditLog(archive).entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].before[QStringLiteral("name")].toString(), QStringLiteral("Alfa"));
    QCOMPARE(entries[0].after[QStringLiteral("comune")].toString(), QStringLiteral("Sondrio"));
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
