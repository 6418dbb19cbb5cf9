// What the clerk sets or corrects in a cycle after the fact (issue 16's remaining points): a
// call's survey forms and the register's mark that follows from them, the correction of a
// submission instead of a second one, the end of a table participation.
#include "archivefixture.h"
#include "core/exports/cycledocuments.h"
#include "core/storage/cyclestore.h"
#include "core/storage/historystore.h"
#include "core/storage/meetingstore.h"
#include "core/storage/organisationstore.h"
#include "core/storage/personstore.h"
#include "sql.h"

using namespace tavolo;

namespace {

// A cycle with one table and a call of three forms: A (expression of interest, due 10/09/2021),
// B (a survey, titled "Questionario", due 20/09/2021) and C (titled "Scheda di rilevazione" but
// not flagged a survey, due 20/09/2021).
struct CycleSetup
{
    explicit CycleSetup(Archive &a)
        : archive(a)
    {
        Organisation o;
        o.name = QStringLiteral("Cooperativa Alfa");
        o.taxCode = QStringLiteral("93000200019");
        o.category = Category::SocialCooperative;
        coop = OrganisationStore(a).add(o).value();
        o.name = QStringLiteral("Associazione Beta");
        o.taxCode = QStringLiteral("93000200027");
        beta = OrganisationStore(a).add(o).value();
        anna = person(QStringLiteral("Gallo"), coop);
        luca = person(QStringLiteral("Conti"), coop);
        CycleStore store(a);
        PlanningCycle c;
        c.name = QStringLiteral("2021-2023");
        c.period = {QDate(2021, 1, 1), QDate(2023, 12, 31)};
        c.subAreas = {{QStringLiteral("Casalasco"), {QStringLiteral("Casalmaggiore")}}};
        cycle = store.add(c).value();
        PlanningTable t;
        t.cycleId = cycle;
        t.name = QStringLiteral("Minori, giovani e famiglie");
        t.level = QStringLiteral("Casalasco");
        table = store.addTable(t).value();
        t.name = QStringLiteral("Anziani");
        other = store.addTable(t).value();
        Call avviso;
        avviso.cycleId = cycle;
        avviso.title = QStringLiteral("Avviso");
        avviso.published = QDate(2021, 8, 2);
        avviso.tables = {table, other};
        avviso.forms = {
            {QStringLiteral("A"),
             QStringLiteral("Manifestazione d'interesse"),
             QDate(2021, 9, 10),
             {},
             false},
            {QStringLiteral("B"), QStringLiteral("Questionario"), QDate(2021, 9, 20), {}, true},
            {QStringLiteral("C"),
             QStringLiteral("Scheda di rilevazione dei bisogni"),
             QDate(2021, 9, 20),
             {},
             false}};
        call = store.addCall(avviso).value();
    }

    qint64 person(const QString &family, std::optional<qint64> org = {})
    {
        Person p;
        p.givenName = QStringLiteral("Test");
        p.familyName = family;
        p.organisationId = org;
        return PersonStore(archive).add(p).value();
    }

    Submission submission(const QString &form, QDateTime received, qint64 body) const
    {
        Submission s;
        s.callId = call;
        s.form = form;
        s.organisationId = body;
        s.received = received;
        s.protocol = QStringLiteral("%1-%2").arg(form).arg(body);
        return s;
    }

    // A held meeting of the table on `day` with the person present.
    qint64 meetingAttended(qint64 tableId, QDate day, qint64 personId) const
    {
        Meeting m;
        m.body = MeetingBody::table(tableId);
        m.date = day;
        m.time = QTime(16, 30);
        m.place = QStringLiteral("Casalmaggiore");
        MeetingStore meetings(archive);
        const qint64 id = meetings.add(m).value();
        if (!meetings.hold(id, {{personId, Attendance::Present}}, day))
            return 0;
        return id;
    }

    // Form A from the coop, on time (09/09/2021 10:15), its contact Anna at the first table.
    qint64 onTimeExpression() const
    {
        Submission s =
            submission(QStringLiteral("A"), QDateTime(QDate(2021, 9, 9), QTime(10, 15)), coop);
        s.tables = {table};
        s.contactId = anna;
        return CycleStore(archive).addSubmission(s).value();
    }

    Archive &archive;
    qint64 coop = 0, beta = 0, anna = 0, luca = 0, cycle = 0, table = 0, other = 0, call = 0;
};

} // namespace

class TestCycleCorrections : public QObject
{
    Q_OBJECT
private slots:
    void surveyMarkComesFromTheFlag();
    void correctionChangesFieldsAndParticipations();
    void refusedCorrectionChangesNothing();
    void correctedToLateWaitsForADecision();
    void correctedToOnTimeDropsTheLateDecision();
    void correctionKeepsARecordedAttendance();
    void secondSubmissionPointsToCorrection();
    void participationEnds();
    void participationEndRefusals();
};

namespace {

qint64 auditRows(Archive &a, const QString &table)
{
    return sql::scalar(sql::database(a),
                       QStringLiteral("SELECT count(*) FROM audit WHERE table_name = :t"),
                       {{QStringLiteral("t"), table}});
}

qint64 allAuditRows(Archive &a)
{
    return sql::scalar(sql::database(a), QStringLiteral("SELECT count(*) FROM audit"));
}

QString sentences(const Problems &problems)
{
    QStringList out;
    for (const Problem &p : problems)
        out << p.message;
    return out.join(QLatin1Char('\n'));
}

} // namespace

// A late answer to the form flagged a survey is "not included in the first synthesis" though its
// title does not say "rilevazione"; a late answer to a form titled "Scheda di rilevazione" that
// is not flagged is not marked; nor is an on-time answer to the survey.
void TestCycleCorrections::surveyMarkComesFromTheFlag()
{
    ArchiveFixture f;
    CycleSetup set(f.archive);
    CycleStore store(f.archive);
    const QDateTime late(QDate(2021, 9, 21), QTime(9, 0));
    QVERIFY(store.addSubmission(set.submission(QStringLiteral("B"), late, set.coop)));
    QVERIFY(store.addSubmission(set.submission(QStringLiteral("C"), late, set.coop)));
    QVERIFY(store.addSubmission(set.submission(
        QStringLiteral("B"), QDateTime(QDate(2021, 9, 20), QTime(23, 59)), set.beta)));

    const auto data = CycleDocuments::submissionRegister(f.archive, set.call, QDate(2021, 10, 1));
    QVERIFY2(data, qPrintable(describe(data.problems())));
    QCOMPARE(data.value().submissions.size(), 3);
    QHash<QString, bool> marked;
    for (const documents::SubmissionEntry &e : data.value().submissions)
        marked.insert(e.protocolNumber, e.notInFirstSynthesis);
    QCOMPARE(marked.value(QStringLiteral("B-%1").arg(set.coop)), true);
    QCOMPARE(marked.value(QStringLiteral("C-%1").arg(set.coop)), false);
    QCOMPARE(marked.value(QStringLiteral("B-%1").arg(set.beta)), false);
    QVERIFY(HistoryStore(f.archive).load().calls.first().form(QStringLiteral("B"))->survey);
}

// Contact, tables, channel, protocol and notes corrected on an on-time submission: the row
// changes, the first contact no longer takes part in the first table, the new one takes part in
// the new table from the day of receipt; every change is in the audit.
void TestCycleCorrections::correctionChangesFieldsAndParticipations()
{
    ArchiveFixture f;
    CycleSetup set(f.archive);
    const qint64 id = set.onTimeExpression();
    const qint64 submissionAudit = auditRows(f.archive, QStringLiteral("submissions"));

    Submission s = *CycleStore(f.archive).findSubmission(id);
    s.contactId = set.luca;
    s.tables = {set.other};
    s.channel = Channel::Hand;
    s.protocol = QStringLiteral("3101");
    s.notes = QStringLiteral("Referente e tavolo corretti su richiesta dell'ente");
    const auto corrected = CycleStore(f.archive).updateSubmission(s);
    QVERIFY2(corrected, qPrintable(describe(corrected.problems())));
    QVERIFY(corrected.warnings().isEmpty());

    const History h = HistoryStore(f.archive).load();
    QCOMPARE(h.submissions.size(), 1);
    const Submission &saved = h.submissions.first();
    QCOMPARE(saved.contactId, std::optional<qint64>(set.luca));
    QCOMPARE(saved.tables, QList<qint64> {set.other});
    QCOMPARE(saved.channel, Channel::Hand);
    QCOMPARE(saved.protocol, QStringLiteral("3101"));
    QCOMPARE(saved.notes, QStringLiteral("Referente e tavolo corretti su richiesta dell'ente"));
    QCOMPARE(saved.decision, Decision::Admitted);
    QVERIFY(h.table(set.table)->participantsOn(QDate(2021, 9, 9)).isEmpty());
    QCOMPARE(h.table(set.other)->participantsOn(QDate(2021, 9, 9)), QList<qint64> {set.luca});
    QCOMPARE(h.table(set.other)->participants.first().submissionId, std::optional<qint64>(id));
    QCOMPARE(auditRows(f.archive, QStringLiteral("submissions")), submissionAudit + 1);
    QCOMPARE(sql::scalar(sql::database(f.archive),
                         QStringLiteral("SELECT count(*) FROM audit WHERE table_name = "
                                        "'table_participants' AND action = 'delete'")),
             1);
    QCOMPARE(sql::scalar(sql::database(f.archive),
                         QStringLiteral("SELECT count(*) FROM audit WHERE table_name = "
                                        "'submission_tables' AND action IN ('insert', "
                                        "'delete')")),
             3); // the first choice, its removal, the new one
}

// A correction the rules refuse (a table the call does not open; a day of receipt missing)
// writes nothing, not even an audit row.
void TestCycleCorrections::refusedCorrectionChangesNothing()
{
    ArchiveFixture f;
    CycleSetup set(f.archive);
    const qint64 id = set.onTimeExpression();
    PlanningTable t;
    t.cycleId = set.cycle;
    t.name = QStringLiteral("Non aperto");
    const qint64 closed = CycleStore(f.archive).addTable(t).value();
    const qint64 before = allAuditRows(f.archive);

    Submission s = *CycleStore(f.archive).findSubmission(id);
    s.tables = {closed};
    s.contactId = set.luca;
    const auto refused = CycleStore(f.archive).updateSubmission(s);
    QVERIFY(!refused);
    QVERIFY2(sentences(refused.problems()).contains(QStringLiteral("does not open")),
             qPrintable(sentences(refused.problems())));
    s = *CycleStore(f.archive).findSubmission(id);
    s.received = {};
    QVERIFY(!CycleStore(f.archive).updateSubmission(s));
    QCOMPARE(allAuditRows(f.archive), before);
    const History h = HistoryStore(f.archive).load();
    QCOMPARE(h.submissions.first().contactId, std::optional<qint64>(set.anna));
    QCOMPARE(h.table(set.table)->participantsOn(QDate(2021, 9, 9)), QList<qint64> {set.anna});
}

// On time corrected to late (received the day after the deadline): not kept admitted in
// silence — pending, with a warning that says the admission on receipt is withdrawn, and its
// contact no longer takes part until the clerk admits it.
void TestCycleCorrections::correctedToLateWaitsForADecision()
{
    ArchiveFixture f;
    CycleSetup set(f.archive);
    const qint64 id = set.onTimeExpression();
    Submission s = *CycleStore(f.archive).findSubmission(id);
    s.received = QDateTime(QDate(2021, 9, 11), QTime(8, 0));
    const auto corrected = CycleStore(f.archive).updateSubmission(s);
    QVERIFY2(corrected, qPrintable(describe(corrected.problems())));
    QCOMPARE(corrected.warnings().size(), 1);
    QCOMPARE(corrected.warnings().first().rule, QStringLiteral("R-L"));
    QVERIFY2(corrected.warnings().first().message.contains(QStringLiteral("withdrawn")),
             qPrintable(corrected.warnings().first().message));
    History h = HistoryStore(f.archive).load();
    QVERIFY(h.submissions.first().late);
    QCOMPARE(h.submissions.first().decision, Decision::Pending);
    QVERIFY(h.submissions.first().decidedOn.isNull());
    QVERIFY(h.table(set.table)->participants.isEmpty());

    // Decided now, as any late one: the contact takes part from the admission day.
    QVERIFY(CycleStore(f.archive).decide(id, true, QDate(2021, 9, 15), QStringLiteral("PEC")));
    h = HistoryStore(f.archive).load();
    QCOMPARE(h.table(set.table)->participantsOn(QDate(2021, 9, 15)), QList<qint64> {set.anna});
}

// Late and not admitted, corrected to on time (the protocol's time was mistyped): admitted on
// receipt, the contact takes part from the day of receipt, the warning says the earlier
// decision no longer applies.
void TestCycleCorrections::correctedToOnTimeDropsTheLateDecision()
{
    ArchiveFixture f;
    CycleSetup set(f.archive);
    Submission s =
        set.submission(QStringLiteral("A"), QDateTime(QDate(2021, 9, 11), QTime(9, 0)), set.beta);
    s.tables = {set.table};
    s.contactId = set.luca;
    const qint64 id = CycleStore(f.archive).addSubmission(s).value();
    QVERIFY(CycleStore(f.archive).decide(id, false, QDate(2021, 9, 15),
                                         QStringLiteral("Pervenuta oltre il termine")));
    s = *CycleStore(f.archive).findSubmission(id);
    s.received = QDateTime(QDate(2021, 9, 10), QTime(9, 0));
    const auto corrected = CycleStore(f.archive).updateSubmission(s);
    QVERIFY2(corrected, qPrintable(describe(corrected.problems())));
    QCOMPARE(corrected.warnings().size(), 1);
    const QString warning = corrected.warnings().first().message;
    QVERIFY2(warning.contains(QStringLiteral("on time and admitted on receipt"))
                 && warning.contains(QStringLiteral("Pervenuta oltre il termine"))
                 && warning.contains(QStringLiteral("15/09/2021")),
             qPrintable(warning));
    const History h = HistoryStore(f.archive).load();
    const Submission &saved = h.submissions.first();
    QVERIFY(!saved.late);
    QCOMPARE(saved.decision, Decision::Admitted);
    QCOMPARE(saved.decidedOn, QDate(2021, 9, 10));
    QVERIFY(saved.reason.isEmpty());
    QCOMPARE(h.table(set.table)->participantsOn(QDate(2021, 9, 10)), QList<qint64> {set.luca});
}

// The contact attended the table's meeting of 30/09/2021: a correction that would take her out
// of it (another contact) is refused naming the meeting; one that only moves her first day
// earlier is accepted.
void TestCycleCorrections::correctionKeepsARecordedAttendance()
{
    ArchiveFixture f;
    CycleSetup set(f.archive);
    const qint64 id = set.onTimeExpression();
    QVERIFY(set.meetingAttended(set.table, QDate(2021, 9, 30), set.anna));
    const qint64 before = allAuditRows(f.archive);
    Submission s = *CycleStore(f.archive).findSubmission(id);
    s.contactId = set.luca;
    const auto refused = CycleStore(f.archive).updateSubmission(s);
    QVERIFY(!refused);
    QVERIFY2(sentences(refused.problems()).contains(QStringLiteral("30/09/2021")),
             qPrintable(sentences(refused.problems())));
    QCOMPARE(allAuditRows(f.archive), before);

    s = *CycleStore(f.archive).findSubmission(id);
    s.received = QDateTime(QDate(2021, 9, 8), QTime(10, 15));
    const auto moved = CycleStore(f.archive).updateSubmission(s);
    QVERIFY2(moved, qPrintable(describe(moved.problems())));
    const History h = HistoryStore(f.archive).load();
    QCOMPARE(h.table(set.table)->participants.size(), 1);
    QCOMPARE(h.table(set.table)->participants.first().period.from, QDate(2021, 9, 8));
}

// A second form A from the same body is refused naming the first and pointing to its
// correction.
void TestCycleCorrections::secondSubmissionPointsToCorrection()
{
    ArchiveFixture f;
    CycleSetup set(f.archive);
    const qint64 id = set.onTimeExpression();
    const auto refused = CycleStore(f.archive).addSubmission(
        set.submission(QStringLiteral("A"), QDateTime(QDate(2021, 9, 10), QTime(11, 0)), set.coop));
    QVERIFY(!refused);
    const QString sentence = sentences(refused.problems());
    QVERIFY2(sentence.contains(QStringLiteral("prot. A-%1 of 09/09/2021 10:15").arg(set.coop))
                 && sentence.contains(QStringLiteral("correct that submission (id %1, "
                                                     "submission.update)")
                                          .arg(id)),
             qPrintable(sentence));
}

// Ended on 15/10/2021: a participant on that day, not on the next, so a meeting of 20/10 does
// not convene her.
void TestCycleCorrections::participationEnds()
{
    ArchiveFixture f;
    CycleSetup set(f.archive);
    set.onTimeExpression();
    QVERIFY(set.meetingAttended(set.table, QDate(2021, 9, 30), set.anna));
    const auto ended =
        CycleStore(f.archive).endParticipant(set.table, set.anna, QDate(2021, 10, 15));
    QVERIFY2(ended, qPrintable(describe(ended.problems())));
    const History h = HistoryStore(f.archive).load();
    const PlanningTable *t = h.table(set.table);
    QCOMPARE(t->participantsOn(QDate(2021, 10, 15)), QList<qint64> {set.anna});
    QVERIFY(t->participantsOn(QDate(2021, 10, 16)).isEmpty());
    QCOMPARE(t->participants.first().period.to, QDate(2021, 10, 15));
    QCOMPARE(sql::scalar(sql::database(f.archive),
                         QStringLiteral("SELECT count(*) FROM audit WHERE table_name = "
                                        "'table_participants' AND action = 'update' AND "
                                        "json_extract(after_json, '$.date_to') = "
                                        "'2021-10-15'")),
             1);
}

// Refused, writing nothing: before her first day; after an end already recorded; before a
// later meeting of the table at which her attendance is recorded (named); for someone who does
// not take part.
void TestCycleCorrections::participationEndRefusals()
{
    ArchiveFixture f;
    CycleSetup set(f.archive);
    set.onTimeExpression();
    QVERIFY(set.meetingAttended(set.table, QDate(2021, 9, 30), set.anna));
    CycleStore store(f.archive);
    const qint64 before = allAuditRows(f.archive);
    const auto early = store.endParticipant(set.table, set.anna, QDate(2021, 9, 8));
    QVERIFY(!early);
    QVERIFY2(sentences(early.problems()).contains(QStringLiteral("from 09/09/2021")),
             qPrintable(sentences(early.problems())));
    const auto attended = store.endParticipant(set.table, set.anna, QDate(2021, 9, 29));
    QVERIFY(!attended);
    QVERIFY2(sentences(attended.problems()).contains(QStringLiteral("meeting of 30/09/2021")),
             qPrintable(sentences(attended.problems())));
    QVERIFY(!store.endParticipant(set.table, set.luca, QDate(2021, 10, 1)));
    QCOMPARE(allAuditRows(f.archive), before);

    QVERIFY(store.endParticipant(set.table, set.anna, QDate(2021, 10, 15)));
    const auto later = store.endParticipant(set.table, set.anna, QDate(2021, 10, 20));
    QVERIFY(!later);
    QVERIFY2(sentences(later.problems()).contains(QStringLiteral("already ended on 15/10/2021")),
             qPrintable(sentences(later.problems())));
}

QTEST_GUILESS_MAIN(TestCycleCorrections)
#include "tst_cyclecorrections.moc"
