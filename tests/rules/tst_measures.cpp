// The named measures of the indicators (domain.md, "Objectives, indicators and the annual
// report"): each one over a small history built here, counted by hand as of two dates (30 June
// and 31 December 2025), with and without a cycle, and what it says it counted.
#include "core/rules/measures.h"
#include "historybuilder.h"

#include <QTest>

using namespace tavolo;

namespace {

const QDate kJune = QDate(2025, 6, 30);
const QDate kDecember = QDate(2025, 12, 31);

} // namespace

class TestMeasures : public QObject
{
    Q_OBJECT
    HistoryBuilder b;
    qint64 coop = 0, school = 0, odv = 0; // organisations
    qint64 anna = 0, bruno = 0; // of the coop
    qint64 carla = 0; // of the school
    qint64 dario = 0; // of no organisation
    qint64 eva = 0; // of the odv
    qint64 gina = 0; // a guest of the chair

    void member(qint64 person, qint64 organisation)
    {
        b.h.personOrganisations.insert(person, organisation);
    }
    void tavoloMeeting(QDate day, MeetingState state, QHash<qint64, Attendance> attendance,
                       QList<Guest> guests = {})
    {
        Meeting &m = b.meeting(day, state);
        m.attendance = std::move(attendance);
        m.guests = std::move(guests);
    }
    void table(qint64 id, qint64 cycle, const QString &name, TableKind kind)
    {
        PlanningTable t;
        t.id = id;
        t.cycleId = cycle;
        t.name = name;
        t.kind = kind;
        b.h.tables << t;
    }
    void tableMeeting(qint64 table, qint64 id, QDate day, MeetingState state,
                      QHash<qint64, Attendance> attendance)
    {
        Meeting m;
        m.id = id;
        m.body = MeetingBody::table(table);
        m.date = day;
        m.state = state;
        m.attendance = std::move(attendance);
        for (PlanningTable &t : b.h.tables)
            if (t.id == table)
                t.meetings << m;
    }
    void submission(qint64 id, qint64 call, QDateTime received, std::optional<qint64> org,
                    std::optional<qint64> person = std::nullopt)
    {
        Submission s;
        s.id = id;
        s.callId = call;
        s.form = QStringLiteral("A");
        s.received = received;
        s.organisationId = org;
        s.personId = person;
        s.protocol = QString::number(id);
        b.h.submissions << s;
    }
    static QList<qint64> ids(const Measurement &m)
    {
        QList<qint64> out;
        for (const CountedItem &c : m.counted)
            out << c.id;
        return out;
    }
    static QStringList labels(const Measurement &m)
    {
        QStringList out;
        for (const CountedItem &c : m.counted)
            out << c.label;
        return out;
    }
    Measurement measure(const char *id, QDate day, std::optional<qint64> cycle = std::nullopt)
    {
        return Measures::compute(b.h, QString::fromLatin1(id), day, cycle);
    }

private slots:
    void initTestCase();
    void everyMeasureIsDescribed();
    void tavoloMeetingsHeld();
    void tavoloAttendanceRate();
    void coDesignActivities();
    void bodiesThatTookPart();
    void submissionsReceived();
    void adhesions();
    void measureProblems();
};

void TestMeasures::initTestCase()
{
    coop = b.organisation(QStringLiteral("Cooperativa Alfa"), Category::SocialCooperative);
    school = b.organisation(QStringLiteral("Istituto Beta"), Category::Other);
    odv = b.organisation(QStringLiteral("ODV Gamma"), Category::VolunteerOrganisation);
    anna = b.person(QStringLiteral("Anna Alfa"));
    bruno = b.person(QStringLiteral("Bruno Alfa"));
    carla = b.person(QStringLiteral("Carla Beta"));
    dario = b.person(QStringLiteral("Dario Solo"));
    eva = b.person(QStringLiteral("Eva Gamma"));
    gina = b.person(QStringLiteral("Gina Ospite"));
    member(anna, coop);
    member(bruno, coop);
    member(carla, school);
    member(eva, odv);

    using A = Attendance;
    // The Tavolo: 2024-12-15 held (last year), 10/02 held with a guest, 20/05 held, 15/09
    // cancelled, 01/10 convened and never held, 20/11 held.
    tavoloMeeting(QDate(2024, 12, 15), MeetingState::Held,
                  {{anna, A::Present}, {carla, A::Absent}});
    tavoloMeeting(QDate(2025, 2, 10), MeetingState::Held,
                  {{anna, A::Present}, {carla, A::Absent}, {dario, A::Excused}, {gina, A::Present}},
                  {Guest {gina, QStringLiteral("relatrice")}});
    tavoloMeeting(QDate(2025, 5, 20), MeetingState::Held,
                  {{anna, A::Present}, {carla, A::Present}, {dario, A::Present}});
    tavoloMeeting(QDate(2025, 9, 15), MeetingState::Cancelled, {});
    tavoloMeeting(QDate(2025, 10, 1), MeetingState::Convened, {});
    tavoloMeeting(QDate(2025, 11, 20), MeetingState::Held,
                  {{anna, A::Present}, {carla, A::Excused}, {dario, A::Absent}, {eva, A::Present}});

    // Cycle 1: two co-programming tables and a target table; cycle 2: one co-programming table.
    b.h.cycles << PlanningCycle {1,
                                 QStringLiteral("2024-2026"),
                                 {QDate(2024, 1, 1), QDate(2026, 12, 31)},
                                 {},
                                 {},
                                 {}}
               << PlanningCycle {
                      2, QStringLiteral("Altro"), {QDate(2025, 1, 1), QDate(2027, 12, 31)}, {}, {},
                      {}};
    table(10, 1, QStringLiteral("Vita indipendente"), TableKind::CoProgramming);
    table(11, 1, QStringLiteral("Politiche abitative"), TableKind::CoProgramming);
    table(12, 1, QStringLiteral("Minori"), TableKind::Target);
    table(13, 2, QStringLiteral("Lavoro"), TableKind::CoProgramming);
    tableMeeting(10, 101, QDate(2025, 3, 1), MeetingState::Held,
                 {{anna, A::Present}, {carla, A::Absent}});
    tableMeeting(10, 102, QDate(2025, 9, 1), MeetingState::Held,
                 {{anna, A::Present}, {bruno, A::Present}, {carla, A::Present}});
    tableMeeting(11, 111, QDate(2025, 8, 1), MeetingState::Draft, {});
    tableMeeting(11, 112, QDate(2025, 10, 10), MeetingState::Held,
                 {{carla, A::Excused}, {eva, A::Absent}});
    tableMeeting(12, 121, QDate(2024, 11, 5), MeetingState::Held, {{carla, A::Present}});
    tableMeeting(12, 122, QDate(2025, 4, 4), MeetingState::Held, {{eva, A::Present}});
    tableMeeting(13, 131, QDate(2025, 5, 5), MeetingState::Held, {{dario, A::Present}});

    // Calls 20 (cycle 1) and 21 (cycle 2), their submissions, and the adhesions.
    b.h.calls << Call {20, 1, QStringLiteral("Avviso 1"), QDate(2024, 12, 1), {}, {}, {}, {}}
              << Call {21, 2, QStringLiteral("Avviso 2"), QDate(2025, 6, 1), {}, {}, {}, {}};
    submission(1, 20, QDateTime(QDate(2024, 12, 20), QTime(10, 0)), school);
    submission(2, 20, QDateTime(QDate(2025, 3, 3), QTime(9, 0)), school);
    submission(3, 21, QDateTime(QDate(2025, 6, 30), QTime(23, 0)), std::nullopt, dario);
    submission(4, 20, QDateTime(QDate(2025, 7, 1), QTime(8, 0)), odv);
    b.h.adhesions << Adhesion {1, 1, coop, QDate(2025, 2, 1), {}, QStringLiteral("det. 1")}
                  << Adhesion {2, 1, school, QDate(2025, 7, 15), {}, QStringLiteral("det. 2")}
                  << Adhesion {3, 2, odv, QDate(2024, 12, 1), {}, QStringLiteral("det. 3")};
}

void TestMeasures::everyMeasureIsDescribed()
{
    const QList<MeasureInfo> all = Measures::all();
    QCOMPARE(all.size(), 6);
    QSet<QString> ids;
    for (const MeasureInfo &m : all) {
        QVERIFY2(!m.name.isEmpty() && m.description.size() > 60, qPrintable(m.id));
        ids.insert(m.id);
    }
    QCOMPARE(ids.size(), 6);
    QVERIFY(!Measures::find(QStringLiteral("nothing")));
    QCOMPARE(Measures::compute(b.h, QStringLiteral("nothing"), kJune).value, 0.0);
}

void TestMeasures::tavoloMeetingsHeld()
{
    // By hand: 10/02 and 20/05 by June; 20/11 too by December; last year's, the cancelled and
    // the convened one never.
    const Measurement june = measure("tavolo-meetings-held", kJune);
    QCOMPARE(june.value, 2.0);
    QCOMPARE(june.from, QDate(2025, 1, 1));
    QList<QDate> days;
    for (const CountedItem &c : june.counted)
        days << c.date;
    QCOMPARE(days, (QList<QDate> {QDate(2025, 2, 10), QDate(2025, 5, 20)}));
    QCOMPARE(june.counted.first().kind, CountedItem::Kind::Meeting);
    QVERIFY(june.counted.first().label.contains(QStringLiteral("10/02/2025")));
    QCOMPARE(measure("tavolo-meetings-held", kDecember).value, 3.0);
    QCOMPARE(measure("tavolo-meetings-held", QDate(2025, 2, 9)).value, 0.0);
    QCOMPARE(measure("tavolo-meetings-held", QDate(2025, 2, 10)).value, 1.0);
}

void TestMeasures::tavoloAttendanceRate()
{
    // By June: 10/02 anna present, carla absent, dario excused (the guest not counted): 1 of
    // 3; 20/05: 3 of 3. 4 of 6.
    const Measurement june = measure("tavolo-attendance-rate", kJune);
    QCOMPARE(qRound(june.value * 100), qRound(100.0 * 4 / 6 * 100));
    QCOMPARE(june.counted.size(), 2);
    QCOMPARE(june.counted.first().detail, QStringLiteral("1 present of 3"));
    // By December: 20/11 anna and eva present of 4: 6 of 10.
    QCOMPARE(measure("tavolo-attendance-rate", kDecember).value, 60.0);
    QVERIFY(Measures::find(QStringLiteral("tavolo-attendance-rate"))->percent);
}

void TestMeasures::coDesignActivities()
{
    // In 2025 by June: Vita indipendente (01/03) and Lavoro (05/05); Politiche abitative's
    // 01/08 was never held, its 10/10 is: three by December. Cycle 1 alone: one, then two.
    const Measurement june = measure("co-design-activities", kJune);
    QCOMPARE(june.value, 2.0);
    QCOMPARE(ids(june), (QList<qint64> {10, 13}));
    QCOMPARE(june.counted.first().kind, CountedItem::Kind::Table);
    const Measurement december = measure("co-design-activities", kDecember);
    QCOMPARE(december.value, 3.0);
    QCOMPARE(ids(december), (QList<qint64> {10, 11, 13}));
    QCOMPARE(december.counted.first().detail,
             QStringLiteral("2 meeting(s) held: 01/03/2025, 01/09/2025"));
    QCOMPARE(measure("co-design-activities", kJune, 1).value, 1.0);
    QCOMPARE(ids(measure("co-design-activities", kDecember, 1)), (QList<qint64> {10, 11}));
    QCOMPARE(measure("co-design-activities", kDecember, 1).from, QDate());
}

void TestMeasures::bodiesThatTookPart()
{
    // In 2025 by June, present at a held table meeting: the coop (anna, 01/03), the odv (eva,
    // 04/04), Dario on his own (05/05). By December the school too (carla, 01/09); the coop
    // was present at two meetings (anna and bruno together at the second count once).
    const Measurement june = measure("cycle-bodies", kJune);
    QCOMPARE(june.value, 3.0);
    QCOMPARE(labels(june),
             (QStringList {QStringLiteral("Cooperativa Alfa"), QStringLiteral("Dario Solo"),
                           QStringLiteral("ODV Gamma")}));
    const Measurement december = measure("cycle-bodies", kDecember);
    QCOMPARE(december.value, 4.0);
    QCOMPARE(december.counted.first().label, QStringLiteral("Cooperativa Alfa"));
    QCOMPARE(december.counted.first().detail, QStringLiteral("present at 2 meeting(s)"));
    QCOMPARE(december.counted.first().date, QDate(2025, 3, 1));
    QCOMPARE(december.counted.first().id, coop);
    QCOMPARE(december.counted.at(1).personId, std::optional<qint64>(dario));
    // Cycle 1, whatever the year: the school already by June (carla, 05/11/2024); Dario took
    // part only in cycle 2's table.
    QCOMPARE(labels(measure("cycle-bodies", kJune, 1)),
             (QStringList {QStringLiteral("Cooperativa Alfa"), QStringLiteral("Istituto Beta"),
                           QStringLiteral("ODV Gamma")}));
    QCOMPARE(measure("cycle-bodies", kDecember, 1).value, 3.0);
}

void TestMeasures::submissionsReceived()
{
    // In 2025: the school's of 03/03 and Dario's of 30/06 at 23:00 by June; the odv's of 01/07
    // by December. Cycle 1's call: last December's too, not Dario's (cycle 2).
    QCOMPARE(ids(measure("submissions-received", kJune)), (QList<qint64> {2, 3}));
    QCOMPARE(measure("submissions-received", kDecember).value, 3.0);
    QCOMPARE(ids(measure("submissions-received", kJune, 1)), (QList<qint64> {1, 2}));
    QCOMPARE(ids(measure("submissions-received", kDecember, 1)), (QList<qint64> {1, 2, 4}));
    QCOMPARE(measure("submissions-received", kJune).counted.first().kind,
             CountedItem::Kind::Submission);
}

void TestMeasures::adhesions()
{
    // In 2025: the coop's (01/02) by June, the school's (15/07) by December; the odv's was
    // last year. Cycle 2 alone: the odv's, by any date after it.
    QCOMPARE(ids(measure("adhesions", kJune)), (QList<qint64> {1}));
    QCOMPARE(labels(measure("adhesions", kDecember)),
             (QStringList {QStringLiteral("Cooperativa Alfa"), QStringLiteral("Istituto Beta")}));
    QCOMPARE(ids(measure("adhesions", kJune, 2)), (QList<qint64> {3}));
    QCOMPARE(measure("adhesions", kDecember, 1).value, 2.0);
}

void TestMeasures::measureProblems()
{
    QVERIFY(Measures::problems(b.h, QStringLiteral("adhesions"), 1, QStringLiteral("m")).isEmpty());
    const Problems unknown =
        Measures::problems(b.h, QStringLiteral("meetings"), std::nullopt, QStringLiteral("m"));
    QCOMPARE(refusals(unknown), QStringList {QStringLiteral("MEASURE")});
    QVERIFY(unknown.first().message.contains(QStringLiteral("tavolo-meetings-held")));
    QCOMPARE(refusals(Measures::problems(b.h, QStringLiteral("tavolo-meetings-held"), 1,
                                         QStringLiteral("m"))),
             QStringList {QStringLiteral("MEASURE")});
    QCOMPARE(refusals(Measures::problems(b.h, QStringLiteral("adhesions"), 9, QStringLiteral("m"))),
             QStringList {QStringLiteral("NOT-FOUND")});
}

QTEST_GUILESS_MAIN(TestMeasures)
#include "tst_measures.moc"
