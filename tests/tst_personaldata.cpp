// Personal data under the GDPR: export (art. 15) and anonymisation (art. 17) that keeps history.
#include "archivefixture.h"
#include "core/operations/personaldata.h"
#include "core/storage/auditlog.h"
#include "core/storage/meetingstore.h"
#include "core/storage/organisationstore.h"
#include "core/storage/personstore.h"
#include "core/storage/internal/sql.h"

#include <QDir>
#include <QScopeGuard>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace tavolo;

namespace {

const QString kEmail = QStringLiteral("mario.rossi.private@example.org");

qint64 addRossi(Archive &archive)
{
    Organisation o;
    o.name = QStringLiteral("Cooperativa Sociale Alfa");
    o.taxCode = QStringLiteral("00095450144");
    const auto org = OrganisationStore(archive).add(o);
    Person p;
    p.givenName = QStringLiteral("Mario");
    p.familyName = QStringLiteral("Rossi");
    p.taxCode = QStringLiteral("RSSMRA85T10A562S");
    p.email = kEmail;
    p.phone = QStringLiteral("333 1234567");
    p.organisationId = org.value();
    const auto id = PersonStore(archive).add(p);
    Person changed = *PersonStore(archive).find(id.value());
    changed.notes = QStringLiteral("Preferisce essere chiamato la sera");
    changed.pec = QStringLiteral("rossi@pec.example.org");
    PersonStore(archive).update(changed);
    return id.value();
}

QByteArray fileBytes(const QString &path)
{
    QByteArray out;
    for (const QString &name : {path, path + QStringLiteral("-wal")}) {
        QFile file(name);
        if (file.open(QIODevice::ReadOnly))
            out += file.readAll();
    }
    return out;
}

} // namespace

class TestPersonalData : public QObject
{
    Q_OBJECT
private slots:
    void exportHoldsRecordAndAudit();
    void exportHasASectionPerHook();
    void exportOfUnknownPersonIsRefused();
    void anonymiseKeepsTheRowAndClearsData();
    void anonymiseScrubsTheAuditAndTheFile();
    void anonymiseIsAuditedAndNotRepeated();
    void anonymiseRefusedWhileInCurrentUse();
    void anonymiseClearsTheGuestReason();
    void anonymiseSaysWhenTheJournalKeepsOldValues();
    void scrubCannotTouchOtherPeople();
};

void TestPersonalData::exportHoldsRecordAndAudit()
{
    ArchiveFixture f;
    const qint64 id = addRossi(f.archive);
    const auto exported = PersonalData(f.archive).exportPerson(id);
    QVERIFY(exported);
    const QJsonObject json = exported.value();
    QCOMPARE(json[QStringLiteral("format")].toString(), QStringLiteral("tavolo-personal-data/1"));
    QCOMPARE(json[QStringLiteral("personId")].toInteger(), id);
    const QJsonObject person = json[QStringLiteral("person")].toObject();
    QCOMPARE(person[QStringLiteral("email")].toString(), kEmail);
    QCOMPARE(person[QStringLiteral("organisationName")].toString(),
             QStringLiteral("Cooperativa Sociale Alfa"));
    const QJsonArray audit = json[QStringLiteral("audit")].toArray();
    QCOMPARE(audit.size(), 2); // insert and update
    QCOMPARE(
        audit[1].toObject()[QStringLiteral("after")].toObject()[QStringLiteral("pec")].toString(),
        QStringLiteral("rossi@pec.example.org"));
}

void TestPersonalData::exportHasASectionPerHook()
{
    ArchiveFixture f;
    const qint64 id = addRossi(f.archive);
    PersonalData::Hooks hooks = PersonalData::standardHooks();
    hooks.sections << PersonalData::Section {QStringLiteral("designations"),
                                             [](Archive &, qint64 personId) {
                                                 return QJsonValue(QJsonArray {personId});
                                             }};
    const auto exported = PersonalData(f.archive, hooks).exportPerson(id);
    QVERIFY(exported);
    QCOMPARE(exported.value()[QStringLiteral("designations")].toArray().first().toInteger(), id);
    QVERIFY(exported.value().contains(QStringLiteral("person")));
}

void TestPersonalData::exportOfUnknownPersonIsRefused()
{
    ArchiveFixture f;
    const auto exported = PersonalData(f.archive).exportPerson(42);
    QVERIFY(!exported);
    QCOMPARE(exported.problems().first().rule, QStringLiteral("NOT-FOUND"));
}

void TestPersonalData::anonymiseKeepsTheRowAndClearsData()
{
    ArchiveFixture f;
    const qint64 id = addRossi(f.archive);
    const auto done = PersonalData(f.archive).anonymise(id);
    QVERIFY2(done, qPrintable(describe(done.problems())));
    const auto person = PersonStore(f.archive).find(id);
    QVERIFY(person); // the row is kept
    QCOMPARE(person->displayName(), QStringLiteral("Persona anonimizzata n. %1").arg(id));
    QVERIFY(person->taxCode.isEmpty());
    QVERIFY(person->email.isEmpty());
    QVERIFY(person->pec.isEmpty());
    QVERIFY(person->phone.isEmpty());
    QVERIFY(person->notes.isEmpty());
    QVERIFY(person->organisationId); // not personal: kept for the history
}

void TestPersonalData::anonymiseScrubsTheAuditAndTheFile()
{
    ArchiveFixture f;
    const qint64 id = addRossi(f.archive);
    QVERIFY(fileBytes(f.path()).contains(kEmail.toUtf8()));
    QVERIFY(PersonalData(f.archive).anonymise(id));
    const auto entries = AuditLog(f.archive).forRecord(QStringLiteral("people"), id);
    QCOMPARE(entries.size(), 3);
    for (const AuditEntry &e : entries) {
        for (const QJsonObject &values : {e.before, e.after}) {
            if (values.isEmpty())
                continue;
            QCOMPARE(values[QStringLiteral("given_name")].toString(),
                     QStringLiteral("Persona anonimizzata"));
            QVERIFY(values[QStringLiteral("email")].isNull());
            QVERIFY(values[QStringLiteral("tax_code")].isNull());
            QVERIFY(values[QStringLiteral("notes")].isNull());
            QCOMPARE(values[QStringLiteral("organisation_id")].toInteger(),
                     PersonStore(f.archive).find(id)->organisationId.value());
        }
    }
    // History is kept: when and how it changed.
    QCOMPARE(entries[0].action, QStringLiteral("insert"));
    QCOMPARE(entries[2].operation, QStringLiteral("person.anonymise"));
    // No copy of the old values is left in the file or its write-ahead log.
    f.archive.close();
    const QByteArray bytes = fileBytes(f.path());
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains(kEmail.toUtf8()));
    QVERIFY(!bytes.contains("RSSMRA85T10A562S"));
    QVERIFY(!bytes.contains("Preferisce essere chiamato"));
}

void TestPersonalData::anonymiseIsAuditedAndNotRepeated()
{
    ArchiveFixture f;
    const qint64 id = addRossi(f.archive);
    QVERIFY(PersonalData(f.archive).anonymise(id));
    const auto again = PersonalData(f.archive).anonymise(id);
    QVERIFY(!again);
    QCOMPARE(again.problems().first().rule, QStringLiteral("GDPR"));
    QVERIFY(!PersonalData(f.archive).anonymise(id + 100));
}

void TestPersonalData::anonymiseRefusedWhileInCurrentUse()
{
    ArchiveFixture f;
    const qint64 id = addRossi(f.archive);
    const qsizetype auditBefore = AuditLog(f.archive).entries().size();
    PersonalData::Hooks hooks = PersonalData::standardHooks();
    QDate seen;
    hooks.currentUses << [&seen](Archive &, qint64, const QDate &today) {
        seen = today;
        return Problems {Problem::refused(QStringLiteral("IN-USE"),
                                          QStringLiteral("holds a designation in force"))};
    };
    const QDate today(2026, 3, 12);
    const auto refused = PersonalData(f.archive, hooks).anonymise(id, today);
    QVERIFY(!refused);
    QCOMPARE(refused.problems().first().rule, QStringLiteral("IN-USE"));
    QCOMPARE(seen, today);
    // Without a day given, "today" is the Clock's, which a test can fix.
    Clock::setToday(QDate(2031, 5, 6));
    const auto cleanup = qScopeGuard([] { Clock::setToday({}); });
    QVERIFY(!PersonalData(f.archive, hooks).anonymise(id));
    QCOMPARE(seen, QDate(2031, 5, 6));
    QCOMPARE(PersonStore(f.archive).find(id)->email, kEmail);
    QCOMPARE(AuditLog(f.archive).entries().size(), auditBefore);
}

void TestPersonalData::scrubCannotTouchOtherPeople()
{
    ArchiveFixture f;
    const qint64 id = addRossi(f.archive);
    Person other;
    other.givenName = QStringLiteral("Laura");
    other.familyName = QStringLiteral("Bianchi");
    const auto otherId = PersonStore(f.archive).add(other);
    QVERIFY(otherId);
    QVERIFY(PersonalData(f.archive).anonymise(id));
    const auto entries = AuditLog(f.archive).forRecord(QStringLiteral("people"), otherId.value());
    QCOMPARE(entries.first().after[QStringLiteral("family_name")].toString(),
             QStringLiteral("Bianchi"));
    // Scrub mode names one person: another's rows stay locked.
    const QSqlDatabase db = sql::database(f.archive);
    QVERIFY(sql::exec(db, QStringLiteral("UPDATE audit_context SET scrub_person = %1").arg(id)));
    QVERIFY(!sql::exec(db,
                       QStringLiteral("UPDATE audit SET after_json = json_set(after_json, "
                                      "'$.family_name', 'X') WHERE row_id = %1 AND "
                                      "table_name = 'people'")
                           .arg(otherId.value())));
}

void TestPersonalData::anonymiseClearsTheGuestReason()
{
    ArchiveFixture f;
    const qint64 id = addRossi(f.archive);
    Meeting m;
    m.date = QDate::currentDate().addYears(-1);
    m.time = QTime(17, 0);
    m.place = QStringLiteral("Sala consiliare");
    m.agenda = QStringList{QStringLiteral("Piano di zona")};
    const auto meeting = MeetingStore(f.archive).add(m);
    QVERIFY2(meeting, qPrintable(describe(meeting.problems())));
    const auto invited = MeetingStore(f.archive).invite(
        meeting.value(), Guest{id, QStringLiteral("Mario Rossi, esperto di housing sociale")});
    QVERIFY2(invited, qPrintable(describe(invited.problems())));
    const auto done = PersonalData(f.archive).anonymise(id);
    QVERIFY2(done, qPrintable(describe(done.problems())));
    QSqlQuery query(sql::database(f.archive));
    QVERIFY(query.exec(QStringLiteral("SELECT reason FROM guests")) && query.next());
    QVERIFY2(!query.value(0).toString().contains(QStringLiteral("Rossi")),
             qPrintable(query.value(0).toString()));
    const QJsonObject exported = PersonalData(f.archive).exportPerson(id).value();
    QVERIFY(!QJsonDocument(exported).toJson().contains("housing"));
}

void TestPersonalData::anonymiseSaysWhenTheJournalKeepsOldValues()
{
    // Another program reading the archive while the anonymisation ends: the log cannot be
    // emptied, so "done" must not be said without a word.
    ArchiveFixture f;
    const qint64 id = addRossi(f.archive);
    f.archive.setBusyTimeout(100);
    {
        QSqlDatabase reader =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        reader.setDatabaseName(f.path());
        QVERIFY(reader.open());
        QSqlQuery hold(reader);
        QVERIFY(hold.exec(QStringLiteral("BEGIN")));
        QVERIFY(hold.exec(QStringLiteral("SELECT count(*) FROM people")) && hold.next());
        const auto done = PersonalData(f.archive).anonymise(id);
        QVERIFY2(done, qPrintable(describe(done.problems())));
        QCOMPARE(done.warnings().size(), 1);
        QVERIFY2(done.warnings().constFirst().message.contains(QStringLiteral("-wal")),
                 qPrintable(done.warnings().constFirst().message));
        hold.finish();
        QSqlQuery(reader).exec(QStringLiteral("COMMIT"));
        reader.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    // With nobody else reading, the same anonymisation says nothing more.
    ArchiveFixture g;
    const qint64 other = addRossi(g.archive);
    const auto clean = PersonalData(g.archive).anonymise(other);
    QVERIFY(clean);
    QVERIFY(clean.warnings().isEmpty());
}

QTEST_GUILESS_MAIN(TestPersonalData)
#include "tst_personaldata.moc"
