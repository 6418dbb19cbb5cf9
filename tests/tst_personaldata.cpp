// Personal data under the GDPR: export (art. 15) and anonymisation (art. 17) that keeps history.
#include "archivefixture.h"
#include "core/exports/minutesdocuments.h"
#include "core/operations/personaldata.h"
#include "core/storage/auditlog.h"
#include "core/storage/cyclestore.h"
#include "core/storage/internal/migrations.h"
#include "core/storage/internal/sql.h"
#include "core/storage/meetingstore.h"
#include "core/storage/minutesstore.h"
#include "core/storage/organisationstore.h"
#include "core/storage/personstore.h"
#include "storagehelpers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlRecord>

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

// A second person, with no personal data besides the name.
qint64 addBianchi(Archive &archive)
{
    Person other;
    other.givenName = QStringLiteral("Laura");
    other.familyName = QStringLiteral("Bianchi");
    const auto id = PersonStore(archive).add(other);
    return id ? id.value() : 0;
}

// A past meeting (draft, so guests can still be invited) and its id.
qint64 addPastMeeting(Archive &archive, int yearsAgo)
{
    Meeting m;
    m.date = QDate::currentDate().addYears(-yearsAgo);
    m.time = QTime(17, 0);
    m.place = QStringLiteral("Sala consiliare");
    m.agenda = QStringList {QStringLiteral("Piano di zona")};
    const auto meeting = MeetingStore(archive).add(m);
    return meeting ? meeting.value() : 0;
}

QList<AuditEntry> guestAudit(Archive &archive)
{
    AuditLog::Filter filter;
    filter.table = QStringLiteral("guests");
    return AuditLog(archive).entries(filter);
}

// Every before/after JSON of the audit trail, one text per row.
QStringList auditTexts(Archive &archive)
{
    QStringList out;
    for (const AuditEntry &e : AuditLog(archive).entries())
        out << QString::fromUtf8(QJsonDocument(e.before).toJson(QJsonDocument::Compact)
                                 + QJsonDocument(e.after).toJson(QJsonDocument::Compact));
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
    void exportHoldsTableParticipationsAndSubmissions();
    void anonymiseKeepsTheRowAndClearsData();
    void anonymiseScrubsTheAuditAndTheFile();
    void anonymiseIsAuditedAndNotRepeated();
    void anonymiseRefusedWhileInCurrentUse();
    void anonymiseRefusedWhileAtAPlanningTable();
    void anonymiseClearsTheGuestReason();
    void anonymiseSaysWhenTheJournalKeepsOldValues();
    void scrubCannotTouchOtherPeople();
    void anonymiseScrubsTheGuestReasonFromTheAudit();
    void guestAuditScrubIsGuarded();
    void upgradeFrom7ScrubsGuestReasonsOfAnonymisedPeople();
    void minutesNamingThePersonAreExportedAndNameThePseudonym_RK();
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

// The cycle's section: Mario Rossi as the contact of his cooperative's submission (admitted on
// receipt, so he takes part in the table from that day) and in a plenary he was added to by
// hand and left; a submission he has no part in is not exported.
void TestPersonalData::exportHoldsTableParticipationsAndSubmissions()
{
    ArchiveFixture f;
    const qint64 id = addRossi(f.archive);
    const qint64 coop = PersonStore(f.archive).find(id)->organisationId.value();
    CycleStore store(f.archive);
    PlanningCycle c;
    c.name = QStringLiteral("2021-2023");
    c.period = {QDate(2021, 1, 1), QDate(2023, 12, 31)};
    const qint64 cycle = store.add(c).value();
    PlanningTable t;
    t.cycleId = cycle;
    t.name = QStringLiteral("Minori");
    const qint64 table = store.addTable(t).value();
    t.name = QStringLiteral("Plenaria");
    t.kind = TableKind::Plenary;
    const qint64 plenary = store.addTable(t).value();
    Call call;
    call.cycleId = cycle;
    call.title = QStringLiteral("Avviso 2021");
    call.tables = {table};
    call.forms = {{QStringLiteral("A"), {}, QDate(2021, 9, 10), {}, false},
                  {QStringLiteral("B"), {}, QDate(2021, 9, 10), {}, true}};
    call.id = store.addCall(call).value();
    Submission s;
    s.callId = call.id;
    s.form = QStringLiteral("A");
    s.organisationId = coop;
    s.received = QDateTime(QDate(2021, 9, 9), QTime(10, 15));
    s.protocol = QStringLiteral("3101");
    s.tables = {table};
    s.contactId = id;
    QVERIFY(store.addSubmission(s));
    s.form = QStringLiteral("B");
    s.tables.clear();
    s.contactId.reset();
    QVERIFY(store.addSubmission(s)); // names no one
    QVERIFY(store.addParticipant(plenary, id, QDate(2021, 9, 20)));
    QVERIFY(store.endParticipant(plenary, id, QDate(2021, 12, 31)));

    const auto exported = PersonalData(f.archive).exportPerson(id);
    QVERIFY(exported);
    const QJsonObject section = exported.value()[QStringLiteral("cycle")].toObject();
    const QJsonArray tables = section[QStringLiteral("tableParticipations")].toArray();
    QCOMPARE(tables.size(), 2);
    QCOMPARE(tables[0][QStringLiteral("tableName")].toString(), QStringLiteral("Minori"));
    QCOMPARE(tables[0][QStringLiteral("from")].toString(), QStringLiteral("2021-09-09"));
    QVERIFY(tables[0][QStringLiteral("to")].isNull());
    QVERIFY(!tables[0][QStringLiteral("submission")].isNull());
    QCOMPARE(tables[1][QStringLiteral("tableName")].toString(), QStringLiteral("Plenaria"));
    QCOMPARE(tables[1][QStringLiteral("to")].toString(), QStringLiteral("2021-12-31"));
    QVERIFY(tables[1][QStringLiteral("submission")].isNull());
    const QJsonArray submissions = section[QStringLiteral("submissions")].toArray();
    QCOMPARE(submissions.size(), 1);
    QCOMPARE(submissions[0][QStringLiteral("protocol")].toString(), QStringLiteral("3101"));
    QCOMPARE(submissions[0][QStringLiteral("call")].toString(), QStringLiteral("Avviso 2021"));
    QCOMPARE(submissions[0][QStringLiteral("organisation")].toString(),
             QStringLiteral("Cooperativa Sociale Alfa"));
    QCOMPARE(submissions[0][QStringLiteral("roles")].toArray(),
             QJsonArray {QStringLiteral("contact")});
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
    const bool onFile = !f.archive.onServer();
    QVERIFY(!onFile || fileBytes(f.path()).contains(kEmail.toUtf8()));
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
    if (!onFile)
        return; // a server's files are not the program's to read
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

// Someone who still sits at a planning table cannot be anonymised: the table would lose a
// participant its meetings convene. Once her participation has ended (or its cycle is over)
// she can.
void TestPersonalData::anonymiseRefusedWhileAtAPlanningTable()
{
    ArchiveFixture f;
    const qint64 id = addRossi(f.archive);
    CycleStore store(f.archive);
    PlanningCycle c;
    c.name = QStringLiteral("2021-2023");
    c.period = {QDate(2021, 1, 1), QDate(2023, 12, 31)};
    PlanningTable t;
    t.cycleId = store.add(c).value();
    t.name = QStringLiteral("Minori");
    const qint64 table = store.addTable(t).value();
    QVERIFY(store.addParticipant(table, id, QDate(2021, 9, 20)));
    const qsizetype auditBefore = AuditLog(f.archive).entries().size();

    const auto refused = PersonalData(f.archive).anonymise(id, QDate(2022, 3, 1));
    QVERIFY(!refused);
    QCOMPARE(refused.problems().first().rule, QStringLiteral("IN-USE"));
    QVERIFY2(refused.problems().first().message.contains(QStringLiteral("«Minori» (2021-2023)")),
             qPrintable(refused.problems().first().message));
    QCOMPARE(PersonStore(f.archive).find(id)->email, kEmail);
    QCOMPARE(AuditLog(f.archive).entries().size(), auditBefore);
    // The open participation ends with the cycle: after 2023 nothing holds her.
    QVERIFY(!PersonalData(f.archive).anonymise(id, QDate(2023, 12, 31)));
    QVERIFY(store.endParticipant(table, id, QDate(2022, 2, 28)));
    QVERIFY(PersonalData(f.archive).anonymise(id, QDate(2022, 3, 1)));
    QVERIFY(PersonStore(f.archive).find(id)->email.isEmpty());
    // Someone left at the table when the cycle closed is held no longer.
    Person other;
    other.givenName = QStringLiteral("Laura");
    other.familyName = QStringLiteral("Bianchi");
    const qint64 otherId = PersonStore(f.archive).add(other).value();
    QVERIFY(store.addParticipant(table, otherId, QDate(2022, 1, 10)));
    QVERIFY(!PersonalData(f.archive).anonymise(otherId, QDate(2023, 6, 1)));
    QVERIFY(PersonalData(f.archive).anonymise(otherId, QDate(2024, 1, 2)));
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
    const qint64 meeting = addPastMeeting(f.archive, 1);
    QVERIFY(meeting);
    const auto invited = MeetingStore(f.archive).invite(
        meeting, Guest {id, QStringLiteral("Mario Rossi, esperto di housing sociale")});
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
    SKIP_ON_SERVER();
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

void TestPersonalData::anonymiseScrubsTheGuestReasonFromTheAudit()
{
    // The reason names the person: it must leave the audit rows of `guests` (the insert, the
    // update of the reason, and the update the anonymisation itself writes), not only the table.
    ArchiveFixture f;
    const qint64 id = addRossi(f.archive);
    const qint64 otherId = addBianchi(f.archive);
    const qint64 first = addPastMeeting(f.archive, 2);
    const qint64 second = addPastMeeting(f.archive, 1);
    QVERIFY(first && second);
    QVERIFY(MeetingStore(f.archive).invite(
        first, Guest {id, QStringLiteral("Mario Rossi, esperto di housing sociale")}));
    QVERIFY(MeetingStore(f.archive).invite(
        second, Guest {otherId, QStringLiteral("Laura Bianchi, assistente sociale")}));
    QVERIFY(MeetingStore(f.archive).invite(
        second, Guest {id, QStringLiteral("Mario Rossi, cooperativa di housing")}));
    QVERIFY(sql::exec(sql::database(f.archive),
                      QStringLiteral("UPDATE guests SET reason = 'Mario Rossi, housing e casa' "
                                     "WHERE meeting_id = %1 AND person_id = %2")
                          .arg(first)
                          .arg(id)));
    const auto guestRows = guestAudit(f.archive).size();
    QCOMPARE(guestRows, 4); // three inserts, one update
    QVERIFY(auditTexts(f.archive).join(QLatin1Char('\n')).contains(QStringLiteral("housing")));

    const auto done = PersonalData(f.archive).anonymise(id);
    QVERIFY2(done, qPrintable(describe(done.problems())));
    for (const QString &row : auditTexts(f.archive)) {
        QVERIFY2(!row.contains(QStringLiteral("housing")), qPrintable(row));
        QVERIFY2(!row.contains(QStringLiteral("Rossi")), qPrintable(row));
    }
    const auto guests = guestAudit(f.archive);
    QCOMPARE(guests.size(), guestRows + 2); // the scrub of the two invitations is recorded
    int scrubbed = 0;
    for (const AuditEntry &e : guests) {
        for (const QJsonObject &side : {e.before, e.after}) {
            if (side.isEmpty())
                continue;
            const QString reason = side[QStringLiteral("reason")].toString();
            if (side[QStringLiteral("person_id")].toInteger() == id) {
                QCOMPARE(reason, AuditLog::scrubbedGuestReason());
                ++scrubbed;
            } else {
                QCOMPARE(reason, QStringLiteral("Laura Bianchi, assistente sociale"));
            }
        }
    }
    QCOMPARE(scrubbed, 8); // 2 inserts, the earlier update and the 2 scrub updates (2 sides)
}

void TestPersonalData::guestAuditScrubIsGuarded()
{
    // The audit trigger lets the scrub through for the person named, to the fixed sentence
    // only, and never when no scrub is in progress.
    SKIP_ON_SERVER(); // SQLite's JSON functions, and a scrub that outlives its transaction
    ArchiveFixture f;
    const qint64 id = addRossi(f.archive);
    const qint64 otherId = addBianchi(f.archive);
    const qint64 meeting = addPastMeeting(f.archive, 1);
    QVERIFY(MeetingStore(f.archive).invite(meeting, Guest {id, QStringLiteral("Rossi")}));
    QVERIFY(MeetingStore(f.archive).invite(meeting, Guest {otherId, QStringLiteral("Bianchi")}));
    const QSqlDatabase db = sql::database(f.archive);
    const QString scrubRowOf = QStringLiteral(
        "UPDATE audit SET after_json = json_set(after_json, '$.reason', '%1') "
        "WHERE table_name = 'guests' AND json_extract(after_json, '$.person_id') = %2");
    const QString fixed = AuditLog::scrubbedGuestReason();
    // No scrub in progress: refused even to the fixed sentence.
    QVERIFY(!sql::exec(db, scrubRowOf.arg(fixed).arg(id)));
    QVERIFY(sql::exec(db, QStringLiteral("UPDATE audit_context SET scrub_person = %1").arg(id)));
    const auto reset = qScopeGuard(
        [&] { sql::exec(db, QStringLiteral("UPDATE audit_context SET scrub_person = NULL")); });
    QVERIFY(!sql::exec(db, scrubRowOf.arg(QStringLiteral("another reason")).arg(id)));
    QVERIFY(!sql::exec(db, scrubRowOf.arg(fixed).arg(otherId)));
    QVERIFY(sql::exec(db, scrubRowOf.arg(fixed).arg(id)));
}

void TestPersonalData::upgradeFrom7ScrubsGuestReasonsOfAnonymisedPeople()
{
    // An archive of schema 7 in which person 1 was anonymised (the register row and the guest
    // reason cleared, as that version did) while the audit rows of `guests` kept the reason;
    // person 2 is a guest too and is anonymised only after the upgrade (migration 008).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schema7.sqlite"));
    storagehelpers::rawExec(
        path,
        storagehelpers::schemaUpTo(7)
            << QStringLiteral("INSERT INTO people (id, given_name, family_name) "
                              "VALUES (1, 'Mario', 'Rossi'), (2, 'Laura', 'Bianchi')")
            << QStringLiteral("INSERT INTO meetings (id, kind, date) "
                              "VALUES (1, 'ordinary', '2025-03-12')")
            << QStringLiteral("INSERT INTO guests (meeting_id, person_id, reason) VALUES "
                              "(1, 1, 'Mario Rossi, esperto di housing sociale'), "
                              "(1, 2, 'Laura Bianchi, assistente sociale')")
            << QStringLiteral("UPDATE people SET given_name = 'Persona anonimizzata', "
                              "family_name = 'n. 1' WHERE id = 1")
            << QStringLiteral("UPDATE guests SET reason = '%1' WHERE person_id = 1")
                   .arg(AuditLog::scrubbedGuestReason()));
    if (QTest::currentTestFailed())
        return;
    const QString reasonsInAudit =
        QStringLiteral("SELECT count(*) FROM audit WHERE table_name = 'guests' "
                       "AND (before_json LIKE '%housing%' OR after_json LIKE '%housing%')");
    QCOMPARE(storagehelpers::rawScalar(path, reasonsInAudit), 2); // the insert; the update's before

    Archive archive;
    const auto opened = archive.open(path, Archive::OpenMode::MustExist);
    QVERIFY2(opened, qPrintable(describe(opened.problems())));
    QCOMPARE(archive.schemaVersion(), Migrations::latestVersion());
    QVERIFY(archive.schemaVersion() >= 8);
    const QSqlDatabase db = sql::database(archive);
    QCOMPARE(sql::scalar(db, reasonsInAudit), 0);
    // Only the anonymised person's rows were touched; the history keeps its length.
    const QString otherReasonInAudit =
        QStringLiteral("SELECT count(*) FROM audit WHERE table_name = 'guests' "
                       "AND (before_json LIKE '%assistente%' OR after_json LIKE '%assistente%')");
    QCOMPARE(sql::scalar(db, otherReasonInAudit), 1);
    QCOMPARE(sql::scalar(db,
                         QStringLiteral("SELECT count(*) FROM audit "
                                        "WHERE table_name = 'guests'")),
             3);
    // After the upgrade the guard lets the ordinary anonymisation scrub the other guest too.
    const auto done = PersonalData(archive).anonymise(2);
    QVERIFY2(done, qPrintable(describe(done.problems())));
    QCOMPARE(sql::scalar(db, otherReasonInAudit), 0);
}

// GDPR and R-K: minutes name people by their register id (chair, secretary, who voted how).
// The personal-data export lists them; after the anonymisation the minutes name the pseudonym,
// and neither the minutes' tables nor their audit rows keep any trace of the name.
void TestPersonalData::minutesNamingThePersonAreExportedAndNameThePseudonym_RK()
{
    ArchiveFixture f;
    const qint64 rossi = addRossi(f.archive);
    const qint64 bianchi = addBianchi(f.archive);
    const qint64 meeting = addPastMeeting(f.archive, 1);
    const QDate day = QDate::currentDate().addYears(-1);
    for (const qint64 person : {rossi, bianchi}) // no members yet: both take part as guests
        QVERIFY(MeetingStore(f.archive).invite(
            meeting, Guest {person, QStringLiteral("Esperti del piano di zona")}));
    QVERIFY(MeetingStore(f.archive).convene(meeting, day.addDays(-10)));
    QVERIFY(MeetingStore(f.archive).hold(
        meeting, {{rossi, Attendance::Present}, {bianchi, Attendance::Present}}));
    Minutes m;
    m.meetingId = meeting;
    m.chair = rossi;
    m.secretary = bianchi;
    Vote vote = Vote::counted(1, 1, 0);
    vote.names.favourable = {rossi};
    vote.names.contrary = {bianchi};
    m.items = {MinutesItem {1, QStringLiteral("Il piano è illustrato."),
                            QStringLiteral("Parere favorevole."), vote}};
    const auto drafted = MinutesStore(f.archive).draft(m);
    QVERIFY2(drafted, qPrintable(describe(drafted.problems())));

    const auto exported = PersonalData(f.archive).exportPerson(rossi);
    QVERIFY(exported);
    const QJsonArray minutes =
        exported.value()[QStringLiteral("tavolo")].toObject()[QStringLiteral("minutes")].toArray();
    QCOMPARE(minutes.size(), 1);
    const QJsonObject entry = minutes.first().toObject();
    QCOMPARE(entry[QStringLiteral("meeting")].toInteger(), meeting);
    QCOMPARE(entry[QStringLiteral("roles")].toArray(), (QJsonArray {QStringLiteral("chair")}));
    QCOMPARE(entry[QStringLiteral("votes")].toArray(),
             (QJsonArray {QJsonObject {{QStringLiteral("item"), 1},
                                       {QStringLiteral("voted"), QStringLiteral("favourable")}}}));
    const QJsonArray ofBianchi = PersonalData(f.archive)
                                     .exportPerson(bianchi)
                                     .value()[QStringLiteral("tavolo")]
                                     .toObject()[QStringLiteral("minutes")]
                                     .toArray();
    QCOMPARE(ofBianchi.first().toObject()[QStringLiteral("roles")].toArray(),
             (QJsonArray {QStringLiteral("secretary")}));

    const auto done = PersonalData(f.archive).anonymise(rossi);
    QVERIFY2(done, qPrintable(describe(done.problems())));
    const QString pseudonym = QStringLiteral("Persona anonimizzata n. %1").arg(rossi);
    const auto data = MinutesDocuments::build(f.archive, meeting);
    QVERIFY(data);
    QCOMPARE(data.value().chair, pseudonym);
    QCOMPARE(data.value().items.first().voters.favourable, QStringList {pseudonym});
    QCOMPARE(data.value().items.first().voters.contrary,
             QStringList {QStringLiteral("Laura Bianchi")});
    QVERIFY(data.value().present.join(QLatin1Char(' ')).contains(pseudonym));
    // No trace of the name in the minutes' rows nor in their audit.
    const QSqlDatabase db = sql::database(f.archive);
    QStringList rows;
    for (const QString &table : {QStringLiteral("minutes"), QStringLiteral("minutes_items"),
                                 QStringLiteral("minutes_vote_names")}) {
        auto q = sql::exec(db, QStringLiteral("SELECT * FROM ") + table);
        QVERIFY(q);
        int n = 0;
        while (q.value().next()) {
            ++n;
            QStringList values;
            for (int c = 0; c < q.value().record().count(); ++c)
                values << q.value().value(c).toString();
            rows << values.join(QLatin1Char('|'));
        }
        QVERIFY2(n > 0, qPrintable(table));
    }
    AuditLog::Filter filter;
    for (const QString &table : {QStringLiteral("minutes"), QStringLiteral("minutes_items"),
                                 QStringLiteral("minutes_vote_names")}) {
        filter.table = table;
        const QList<AuditEntry> entries = AuditLog(f.archive).entries(filter);
        QVERIFY2(!entries.isEmpty(), qPrintable(table));
        for (const AuditEntry &e : entries)
            rows << QString::fromUtf8(QJsonDocument(e.before).toJson(QJsonDocument::Compact)
                                      + QJsonDocument(e.after).toJson(QJsonDocument::Compact));
    }
    for (const QString &row : std::as_const(rows))
        for (const QString &trace : {QStringLiteral("Rossi"), QStringLiteral("Mario"),
                                     QStringLiteral("RSSMRA85T10A562S"), kEmail})
            QVERIFY2(!row.contains(trace), qPrintable(row));
}

QTEST_GUILESS_MAIN(TestPersonalData)
#include "tst_personaldata.moc"
