// The participation cycle in the archive (migration 011): cycles, tables, calls, submissions,
// decisions and adhesions round-trip through HistoryStore; an admission writes the table's
// participants from the admission day; a table's meeting is a meeting of the one model; a
// refusal writes nothing, not even an audit row; files are kept in the archive.
#include "archivefixture.h"
#include "core/storage/cyclestore.h"
#include "core/storage/historystore.h"
#include "core/storage/meetingstore.h"
#include "core/storage/organisationstore.h"
#include "core/storage/personstore.h"
#include "sql.h"

using namespace tavolo;

class TestCycleStore : public QObject
{
    Q_OBJECT

    static qint64 organisation(Archive &a, const QString &name, const QString &taxCode)
    {
        Organisation o;
        o.name = name;
        o.taxCode = taxCode;
        o.category = Category::SocialCooperative;
        return OrganisationStore(a).add(o).value();
    }
    static qint64 person(Archive &a, const QString &family, std::optional<qint64> org = {})
    {
        Person p;
        p.givenName = QStringLiteral("Test");
        p.familyName = family;
        p.organisationId = org;
        return PersonStore(a).add(p).value();
    }
    static qint64 auditRows(Archive &a)
    {
        return sql::scalar(sql::database(a), QStringLiteral("SELECT count(*) FROM audit"));
    }

private slots:
    void wholeCycleRoundTrip_RL_RM()
    {
        ArchiveFixture f;
        Archive &a = f.archive;
        CycleStore store(a);
        const qint64 coop =
            organisation(a, QStringLiteral("Cooperativa Alfa"), QStringLiteral("93000200019"));
        const qint64 late =
            organisation(a, QStringLiteral("Associazione Beta"), QStringLiteral("93000200027"));
        const qint64 anna = person(a, QStringLiteral("Gallo"), coop);
        const qint64 luca = person(a, QStringLiteral("Conti"), late);

        PlanningCycle c;
        c.name = QStringLiteral("2021-2023");
        c.period = {QDate(2021, 1, 1), QDate(2023, 12, 31)};
        c.subAreas = {{QStringLiteral("Casalasco"),
                       {QStringLiteral("Casalmaggiore"), QStringLiteral("Piadena Drizzona")}}};
        const auto cycle = store.add(c);
        QVERIFY2(cycle, qPrintable(describe(cycle.problems())));
        c.id = cycle.value();
        c.planApproved = ActRecord {QDate(2021, 12, 20), QStringLiteral("Delibera 12/2021")};
        QVERIFY(store.update(c));

        PlanningTable t;
        t.cycleId = c.id;
        t.name = QStringLiteral("Minori, giovani e famiglie");
        t.level = QStringLiteral("Casalasco");
        t.areas = {QStringLiteral("Politiche abitative")};
        const qint64 table = store.addTable(t).value();

        Call call;
        call.cycleId = c.id;
        call.title = QStringLiteral("Avviso");
        call.tables = {table};
        call.forms = {
            {QStringLiteral("A"), QStringLiteral("Manifestazione"), QDate(2021, 9, 10), {}}};
        const auto callId = store.addCall(
            call, {{QStringLiteral("avviso.pdf"), QStringLiteral("avviso.pdf"), "%PDF-1.4"}});
        QVERIFY2(callId, qPrintable(describe(callId.problems())));

        Submission s;
        s.callId = callId.value();
        s.form = QStringLiteral("A");
        s.organisationId = coop;
        s.received = QDateTime(QDate(2021, 9, 10), QTime(18, 0));
        s.protocol = QStringLiteral("1001");
        s.tables = {table};
        s.contactId = anna;
        const auto onTime = store.addSubmission(s);
        QVERIFY2(onTime, qPrintable(describe(onTime.problems())));
        QVERIFY(onTime.warnings().isEmpty());
        s.organisationId = late;
        s.contactId = luca;
        s.received = QDateTime(QDate(2021, 9, 11), QTime(9, 0));
        s.protocol = QStringLiteral("1002");
        const auto lateOne = store.addSubmission(s);
        QVERIFY(lateOne);
        QCOMPARE(lateOne.warnings().size(), 1);
        QCOMPARE(lateOne.warnings().first().rule, QStringLiteral("R-L"));

        // A second form A from the coop: refused, and nothing written, not even to the audit.
        const qint64 before = auditRows(a);
        s.organisationId = coop;
        s.contactId = anna;
        QVERIFY(!store.addSubmission(s));
        QCOMPARE(auditRows(a), before);

        QVERIFY(store.decide(lateOne.value(), true, QDate(2021, 9, 15),
                             QStringLiteral("Ritardo "
                                            "PEC")));
        History h = HistoryStore(a).load();
        QCOMPARE(h.cycles.size(), 1);
        QCOMPARE(h.cycles.first().subAreas.first().comuni.size(), 2);
        QCOMPARE(h.cycles.first().planApproved->actReference, QStringLiteral("Delibera 12/2021"));
        QCOMPARE(h.calls.first().files.size(), 1);
        QCOMPARE(store.fileContent(h.calls.first().files.first().id), QByteArray("%PDF-1.4"));
        QCOMPARE(h.submissions.size(), 2);
        QVERIFY(!h.submissions.at(0).late);
        QCOMPARE(h.submissions.at(0).decision, Decision::Admitted);
        QVERIFY(h.submissions.at(1).late);
        QCOMPARE(h.submissions.at(1).reason, QStringLiteral("Ritardo PEC"));
        const PlanningTable *saved = h.table(table);
        QVERIFY(saved);
        QCOMPARE(saved->areas, QStringList {QStringLiteral("Politiche abitative")});
        // The on-time contact from the day of receipt, the late one from the admission day.
        QCOMPARE(saved->participantsOn(QDate(2021, 9, 10)), QList<qint64> {anna});
        QCOMPARE(saved->participantsOn(QDate(2021, 9, 14)), QList<qint64> {anna});
        QCOMPARE(saved->participantsOn(QDate(2021, 9, 15)), (QList<qint64> {anna, luca}));

        // The table's meeting, in the one model: participants as of its day.
        Meeting m;
        m.body = MeetingBody::table(table);
        m.date = QDate(2021, 9, 30);
        m.time = QTime(16, 30);
        m.place = QStringLiteral("Casalmaggiore");
        MeetingStore meetings(a);
        const auto meeting = meetings.add(m);
        QVERIFY2(meeting, qPrintable(describe(meeting.problems())));
        QVERIFY(meetings.hold(meeting.value(), {{anna, Attendance::Present}}, QDate(2021, 10, 1)));
        h = HistoryStore(a).load();
        QCOMPARE(h.meetings.size(), 0); // not the Tavolo's
        QCOMPARE(h.table(table)->meetings.size(), 1);
        QCOMPARE(h.meeting(meeting.value())->body, MeetingBody::table(table));
        QCOMPARE(h.meeting(meeting.value())->attendance.value(luca), Attendance::Absent);

        // R-M: the coop was present; Beta was admitted but absent.
        QVERIFY(store.addAdhesion({0, c.id, coop, QDate(2022, 1, 10), {}, {}}));
        const auto refused = store.addAdhesion({0, c.id, late, QDate(2022, 1, 10), {}, {}});
        QVERIFY(!refused);
        QCOMPARE(refused.problems().first().rule, QStringLiteral("R-M"));
        QCOMPARE(HistoryStore(a).load().adhesions.size(), 1);
        QCOMPARE(sql::scalar(sql::database(a),
                             QStringLiteral("SELECT count(*) FROM audit WHERE table_name IN "
                                            "('planning_cycles', 'submissions', 'adhesions', "
                                            "'table_participants')")),
                 // cycle add + update, two submissions + the decision, one adhesion, two joins
                 8);
    }

    void aMeetingBelongsToOneBody()
    {
        ArchiveFixture f;
        const QSqlDatabase db = sql::database(f.archive);
        QVERIFY(sql::exec(db,
                          QStringLiteral("INSERT INTO planning_cycles (id, name, date_from, "
                                         "date_to) VALUES (1, 'c', '2021-01-01', '2023-12-31')")));
        QVERIFY(sql::exec(db,
                          QStringLiteral("INSERT INTO planning_tables (id, cycle_id, name, "
                                         "kind) VALUES (1, 1, 't', 'plenary')")));
        QVERIFY(
            sql::exec(db, QStringLiteral("INSERT INTO working_groups (id, name) VALUES (1, 'g')")));
        QVERIFY(!sql::exec(db,
                           QStringLiteral("INSERT INTO meetings (kind, date, group_id, table_id) "
                                          "VALUES ('ordinary', '2021-09-01', 1, 1)")));
        QVERIFY(sql::exec(db,
                          QStringLiteral("INSERT INTO meetings (kind, date, table_id) "
                                         "VALUES ('ordinary', '2021-09-01', 1)")));
    }
};

QTEST_GUILESS_MAIN(TestCycleStore)
#include "tst_cyclestore.moc"
