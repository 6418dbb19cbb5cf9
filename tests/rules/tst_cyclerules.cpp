// R-L calls and submissions, R-M adhesions, planning tables' participants as of a date and the
// attendance over a cycle: each rule at its boundary, over hand-built histories.
#include "core/rules/cycleattendance.h"
#include "core/rules/cyclerules.h"
#include "core/rules/cyclestatus.h"
#include "core/rules/meetingrules.h"
#include "core/rules/submissionrules.h"
#include "historybuilder.h"

#include <QTest>

using namespace tavolo;

class TestCycleRules : public QObject
{
    Q_OBJECT
    HistoryBuilder b;
    qint64 coop = 0; // an organisation
    qint64 school = 0;
    qint64 anna = 0; // of the coop
    qint64 luca = 0; // of the school
    const qint64 cycleId = 1;
    const qint64 targetId = 10;
    const qint64 plenaryId = 11;
    const qint64 callId = 20;

    static QDateTime at(int day, int month, const QString &time)
    {
        return QDateTime(QDate(2021, month, day), QTime::fromString(time, QStringLiteral("HH:mm")));
    }
    Submission submission(const QString &form, QDateTime received) const
    {
        Submission s;
        s.callId = callId;
        s.form = form;
        s.organisationId = coop;
        s.received = received;
        s.contactId = anna;
        s.tables = form == QLatin1String("A") ? QList<qint64> {targetId} : QList<qint64> {};
        return s;
    }
    Meeting heldMeeting(qint64 table, qint64 id, QDate day, QHash<qint64, Attendance> attendance)
    {
        Meeting m;
        m.id = id;
        m.body = MeetingBody::table(table);
        m.date = day;
        m.state = MeetingState::Held;
        m.attendance = std::move(attendance);
        return m;
    }
    PlanningTable &table(qint64 id)
    {
        for (PlanningTable &t : b.h.tables)
            if (t.id == id)
                return t;
        return b.h.tables.first();
    }

private slots:
    void init()
    {
        b = HistoryBuilder();
        coop = b.organisation(QStringLiteral("Cooperativa Alfa"), Category::SocialCooperative);
        school = b.organisation(QStringLiteral("Istituto Beta"), Category::Other);
        anna = b.person(QStringLiteral("Anna Gallo"));
        luca = b.person(QStringLiteral("Luca Conti"));
        b.h.personOrganisations.insert(anna, coop);
        b.h.personOrganisations.insert(luca, school);
        PlanningCycle c;
        c.id = cycleId;
        c.name = QStringLiteral("2021-2023");
        c.period = {QDate(2021, 1, 1), QDate(2023, 12, 31)};
        c.subAreas = {{QStringLiteral("Casalasco"), {QStringLiteral("Casalmaggiore")}}};
        b.h.cycles << c;
        PlanningTable target;
        target.id = targetId;
        target.cycleId = cycleId;
        target.name = QStringLiteral("Minori, giovani e famiglie");
        target.level = QStringLiteral("Casalasco");
        PlanningTable plenary;
        plenary.id = plenaryId;
        plenary.cycleId = cycleId;
        plenary.name = QStringLiteral("Plenaria");
        plenary.kind = TableKind::Plenary;
        b.h.tables << target << plenary;
        Call call;
        call.id = callId;
        call.cycleId = cycleId;
        call.title = QStringLiteral("Manifestazione d'interesse");
        call.tables = {targetId};
        call.forms = {{QStringLiteral("A"), {}, QDate(2021, 9, 10), {}},
                      {QStringLiteral("B"), {}, QDate(2021, 9, 20), QTime(12, 0)}};
        b.h.calls << call;
    }

    // The whole deadline day counts when no time is set: 23:59 on the day is on time, 00:00
    // the day after is late.
    void deadlineDayOnTimeDayAfterLate_RL()
    {
        const auto onDay = SubmissionRules::receive(
            b.h, submission(QStringLiteral("A"), at(10, 9, QStringLiteral("23:59"))));
        QVERIFY(onDay);
        QVERIFY(!onDay.value().late);
        QCOMPARE(onDay.value().decision, Decision::Admitted);
        QCOMPARE(onDay.value().decidedOn, QDate(2021, 9, 10));
        QVERIFY(onDay.warnings().isEmpty());
        const auto dayAfter = SubmissionRules::receive(
            b.h, submission(QStringLiteral("A"), at(11, 9, QStringLiteral("00:00"))));
        QVERIFY(dayAfter);
        QVERIFY(dayAfter.value().late);
        QCOMPARE(dayAfter.value().decision, Decision::Pending);
        QCOMPARE(warnings(dayAfter.warnings()), QStringList {QStringLiteral("R-L")});
        QVERIFY(dayAfter.warnings().first().message.contains(QStringLiteral("10/09/2021")));
    }

    // With a deadline time, the minute of the deadline is on time and the next one late.
    void deadlineTimeBoundary_RL()
    {
        const auto onTime = SubmissionRules::receive(
            b.h, submission(QStringLiteral("B"), at(20, 9, QStringLiteral("12:00"))));
        QVERIFY(onTime && !onTime.value().late);
        const auto late = SubmissionRules::receive(
            b.h, submission(QStringLiteral("B"), at(20, 9, QStringLiteral("12:01"))));
        QVERIFY(late && late.value().late);
        QVERIFY(late.warnings().first().message.contains(QStringLiteral("20/09/2021 12:00")));
        const auto early = SubmissionRules::receive(
            b.h, submission(QStringLiteral("B"), at(19, 9, QStringLiteral("18:00"))));
        QVERIFY(early && !early.value().late);
    }

    void secondSubmissionOfTheSameFormRefusedNamingTheFirst_RL()
    {
        Submission first = submission(QStringLiteral("A"), at(9, 9, QStringLiteral("10:15")));
        first.id = 1;
        first.protocol = QStringLiteral("1234");
        b.h.submissions << first;
        const auto again = SubmissionRules::receive(
            b.h, submission(QStringLiteral("A"), at(10, 9, QStringLiteral("09:00"))));
        QVERIFY(!again);
        QCOMPARE(refusals(again.problems()), QStringList {QStringLiteral("R-L")});
        QVERIFY(again.problems().first().message.contains(
            QStringLiteral("prot. 1234 of 09/09/2021 10:15")));
        // Another form, or the same form from another body, is not a second submission.
        QVERIFY(SubmissionRules::receive(
            b.h, submission(QStringLiteral("B"), at(10, 9, QStringLiteral("09:00")))));
        Submission other = submission(QStringLiteral("A"), at(10, 9, QStringLiteral("09:00")));
        other.organisationId = school;
        other.contactId = luca;
        QVERIFY(SubmissionRules::receive(b.h, other));
    }

    void unknownFormAndTableNotOpenedRefused_RL()
    {
        QCOMPARE(
            refusals(SubmissionRules::receive(
                         b.h, submission(QStringLiteral("C"), at(1, 9, QStringLiteral("09:00"))))
                         .problems()),
            QStringList {QStringLiteral("R-L")});
        Submission s = submission(QStringLiteral("A"), at(1, 9, QStringLiteral("09:00")));
        s.tables = {plenaryId};
        QCOMPARE(refusals(SubmissionRules::receive(b.h, s).problems()),
                 QStringList {QStringLiteral("R-L")});
    }

    // A late one waits for a decision, taken with a reason, once, not before its receipt.
    void lateWaitsForADecisionWithAReason_RL()
    {
        Submission late = submission(QStringLiteral("A"), at(12, 9, QStringLiteral("09:00")));
        late.id = 5;
        late.late = true;
        b.h.submissions << late;
        const auto awaiting = [this] {
            int n = 0;
            for (const Problem &p : CycleStatusRules::complianceProblems(b.h, QDate(2021, 9, 30)))
                n += p.message.contains(QStringLiteral("Manifestazione")) ? 1 : 0;
            return n;
        };
        QCOMPARE(awaiting(), 1);
        QCOMPARE(refusals(SubmissionRules::decideProblems(b.h, 5, QDate(2021, 9, 15), QString())),
                 QStringList {QStringLiteral("R-L")});
        QCOMPARE(refusals(SubmissionRules::decideProblems(b.h, 5, QDate(2021, 9, 11),
                                                          QStringLiteral("ok"))),
                 QStringList {QStringLiteral("R-L")});
        QVERIFY(SubmissionRules::decideProblems(b.h, 5, QDate(2021, 9, 12), QStringLiteral("ok"))
                    .isEmpty());
        b.h.submissions.last().decision = Decision::NotAdmitted;
        b.h.submissions.last().decidedOn = QDate(2021, 9, 12);
        QCOMPARE(refusals(SubmissionRules::decideProblems(b.h, 5, QDate(2021, 9, 13),
                                                          QStringLiteral("ok"))),
                 QStringList {QStringLiteral("R-L")});
        QCOMPARE(awaiting(), 0); // `check` no longer lists the call
    }

    // Admitted on 15 September: a participant from that day, not the day before (as of date).
    void admittedContactTakesPartFromTheAdmissionDay_RL()
    {
        Submission s = submission(QStringLiteral("A"), at(12, 9, QStringLiteral("09:00")));
        s.id = 5;
        const QList<Admission> joins = SubmissionRules::admissions(b.h, s, QDate(2021, 9, 15));
        QCOMPARE(joins.size(), 1);
        QCOMPARE(joins.first().tableId, targetId);
        QCOMPARE(joins.first().personId, anna);
        table(targetId).participants << TableParticipant {anna, {QDate(2021, 9, 15), {}}, 5};
        QVERIFY(!table(targetId).participantsOn(QDate(2021, 9, 14)).contains(anna));
        QVERIFY(table(targetId).participantsOn(QDate(2021, 9, 15)).contains(anna));
        // A meeting the day before does not convene her; the one on the day does.
        Meeting before;
        before.body = MeetingBody::table(targetId);
        before.date = QDate(2021, 9, 14);
        QVERIFY(!MeetingRules::participants(b.h, before).contains(anna));
        before.date = QDate(2021, 9, 15);
        QVERIFY(MeetingRules::participants(b.h, before).contains(anna));
        // Already a participant that day: nothing more to add.
        QVERIFY(SubmissionRules::admissions(b.h, s, QDate(2021, 9, 16)).isEmpty());
    }

    // R-M: one plenary attended is a participation record; an admitted body that never attended
    // is refused, and the sentence says what was checked.
    void adhesionNeedsAParticipationRecord_RM()
    {
        table(plenaryId).meetings << heldMeeting(
            plenaryId, 100, QDate(2021, 9, 27),
            {{anna, Attendance::Present}, {luca, Attendance::Excused}});
        table(targetId).participants << TableParticipant {luca, {QDate(2021, 9, 10), {}}, 7};
        table(targetId).meetings << heldMeeting(targetId, 101, QDate(2021, 9, 30),
                                                {{luca, Attendance::Absent}});
        Adhesion a {0, cycleId, coop, QDate(2022, 1, 10), {}, {}};
        QVERIFY(CycleRules::adhesionProblems(b.h, a).isEmpty());
        a.organisationId = school;
        const Problems refused = CycleRules::adhesionProblems(b.h, a);
        QCOMPARE(refusals(refused), QStringList {QStringLiteral("R-M")});
        QVERIFY2(refused.first().message.contains(QStringLiteral("Istituto Beta")),
                 qPrintable(refused.first().message));
        QVERIFY(refused.first().message.contains(QStringLiteral("Luca Conti")));
        QVERIFY(refused.first().message.contains(QStringLiteral("2 held")));
        // A meeting not held is no record, even with attendance written down.
        table(plenaryId).meetings.first().state = MeetingState::Convened;
        a.organisationId = coop;
        QCOMPARE(refusals(CycleRules::adhesionProblems(b.h, a)),
                 QStringList {QStringLiteral("R-M")});
    }

    void secondAdhesionRefused_RM()
    {
        table(plenaryId).meetings << heldMeeting(plenaryId, 100, QDate(2021, 9, 27),
                                                 {{anna, Attendance::Present}});
        b.h.adhesions << Adhesion {1, cycleId, coop, QDate(2022, 1, 10), {}, {}};
        QCOMPARE(refusals(CycleRules::adhesionProblems(
                     b.h, Adhesion {0, cycleId, coop, QDate(2022, 2, 1), {}, {}})),
                 QStringList {QStringLiteral("R-M")});
    }

    void tableLevelIsTheAmbitoOrASubArea()
    {
        PlanningTable t;
        t.cycleId = cycleId;
        t.name = QStringLiteral("Anziani");
        t.level = QStringLiteral("Casalasco");
        QVERIFY(CycleRules::tableProblems(b.h, t).isEmpty());
        t.level = QStringLiteral("Viadanese");
        QCOMPARE(refusals(CycleRules::tableProblems(b.h, t)),
                 QStringList {QStringLiteral("INPUT")});
        t.level = QStringLiteral("Casalasco");
        t.kind = TableKind::Plenary;
        QCOMPARE(refusals(CycleRules::tableProblems(b.h, t)),
                 QStringList {QStringLiteral("INPUT")});
        t.level.clear();
        t.name = QStringLiteral("plenaria");
        QCOMPARE(refusals(CycleRules::tableProblems(b.h, t)),
                 QStringList {QStringLiteral("DUPLICATE")});
    }

    void callFormsHaveDeadlinesAfterPublication_RL()
    {
        Call c = b.h.calls.first();
        c.id = 0;
        c.published = QDate(2021, 8, 1);
        QVERIFY(CycleRules::callProblems(b.h, c).isEmpty());
        c.published = QDate(2021, 9, 11);
        QCOMPARE(refusals(CycleRules::callProblems(b.h, c)), QStringList {QStringLiteral("R-L")});
        c.published = QDate(2021, 9, 10); // form A is due the day it is published
        QVERIFY(CycleRules::callProblems(b.h, c).isEmpty());
        c.forms.clear();
        QCOMPARE(refusals(CycleRules::callProblems(b.h, c)), QStringList {QStringLiteral("R-L")});
    }

    // Per body: present if one of its people was; excused if none present and one excused.
    void attendanceOverTimePerBodyAndTable()
    {
        const qint64 carla = b.person(QStringLiteral("Carla Neri"));
        b.h.personOrganisations.insert(carla, coop);
        table(plenaryId).meetings << heldMeeting(plenaryId, 100, QDate(2021, 9, 27),
                                                 {{anna, Attendance::Absent},
                                                  {carla, Attendance::Present},
                                                  {luca, Attendance::Excused}});
        table(targetId).meetings << heldMeeting(
            targetId, 101, QDate(2021, 9, 30),
            {{anna, Attendance::Excused}, {luca, Attendance::Absent}});
        Meeting planned = heldMeeting(targetId, 102, QDate(2021, 10, 26), {});
        planned.state = MeetingState::Convened;
        table(targetId).meetings << planned;
        const CycleAttendance r = CycleAttendanceReport::of(b.h, cycleId);
        QCOMPARE(r.bodies.size(), 2);
        const BodyAttendance &alfa = r.bodies.at(0);
        QCOMPARE(alfa.body.name, QStringLiteral("Cooperativa Alfa"));
        QCOMPARE(alfa.total, (AttendanceCount {2, 1, 1, 0}));
        QCOMPARE(alfa.byTable.value(plenaryId), (AttendanceCount {1, 1, 0, 0}));
        QCOMPARE(alfa.marks.size(), 2);
        QCOMPARE(alfa.marks.first().date, QDate(2021, 9, 27));
        QCOMPARE(alfa.total.rate(), 0.5);
        const BodyAttendance &beta = r.bodies.at(1);
        QCOMPARE(beta.total, (AttendanceCount {2, 0, 1, 1}));
        QCOMPARE(r.tables.size(), 2);
        QCOMPARE(r.tables.at(0).heldMeetings, 1);
        QCOMPARE(r.tables.at(1).heldMeetings, 1);
    }
};

QTEST_GUILESS_MAIN(TestCycleRules)
#include "tst_cyclerules.moc"
