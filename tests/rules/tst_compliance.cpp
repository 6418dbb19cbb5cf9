// Compliance as of a date: composition (R-A, R-B, R-E), meetings (R-C), requests (R-D), groups
// (R-I).
#include "core/rules/compliance.h"
#include "core/rules/grouprules.h"
#include "historybuilder.h"

#include <QTest>

using namespace tavolo;

class TestCompliance : public QObject
{
    Q_OBJECT
    const QDate from {2025, 1, 1};

    HistoryBuilder b;

    // A held meeting of the working group 5, ratifying its coordinator or not (R-I).
    static Meeting groupMeeting(qint64 id, QDate date, bool ratified)
    {
        Meeting m;
        m.id = id;
        m.body = MeetingBody::group(5);
        m.date = date;
        m.state = MeetingState::Held;
        m.ratifiedCoordinator = ratified;
        return m;
    }

private slots:
    void init()
    {
        b = HistoryBuilder();
        b.offices(from);
        b.representatives(11, from);
        const qint64 march = b.meeting(QDate(2025, 3, 1), MeetingState::Held).id;
        const qint64 october = b.meeting(QDate(2025, 10, 1), MeetingState::Held).id;
        // Both minuted and approved (R-K), so that only the rule under test speaks.
        for (const auto &[meeting, approvedAt] :
             {std::pair {march, october}, std::pair {october, qint64(999)}}) {
            Minutes m;
            m.id = meeting;
            m.meetingId = meeting;
            m.approvedAt = approvedAt;
            b.h.minutes << m;
        }
    }

    void cleanTavolo()
    {
        const Compliance c = ComplianceRules::on(b.h, QDate(2025, 12, 31));
        QVERIFY2(c.problems.isEmpty(), qPrintable(describe(c.problems)));
        QCOMPARE(c.composition.members().size(), 15);
        QCOMPARE(c.meetingsThisYear, 2);
    }

    void missingOfficeMakesItIncomplete_RB()
    {
        b.h.officeTerms[3].period.to = QDate(2025, 6, 30);
        const Compliance c = ComplianceRules::on(b.h, QDate(2025, 7, 1));
        QCOMPARE(refusals(c.problems), QStringList {QStringLiteral("R-B")});
        QCOMPARE(c.problems.first().field, QStringLiteral("asl-district-director"));
        QVERIFY(refusals(ComplianceRules::on(b.h, QDate(2025, 6, 30)).problems).isEmpty());
    }

    void noChair_RA()
    {
        b.h.officeTerms[0].period.to = QDate(2025, 6, 30);
        QCOMPARE(refusals(ComplianceRules::on(b.h, QDate(2025, 7, 1)).problems),
                 QStringList {QStringLiteral("R-A")});
    }

    void vacantSeatWarns_RE()
    {
        b.h.designations[0].period.to = QDate(2025, 6, 30);
        const Compliance c = ComplianceRules::on(b.h, QDate(2025, 7, 1));
        QVERIFY(warnings(c.problems).contains(QStringLiteral("R-E")));
        QVERIFY(refusals(c.problems).isEmpty());
        QCOMPARE(c.composition.categories.first().vacancies(), 1);
    }

    void tooFewMeetingsInAPastYear_RC()
    {
        b.h.meetings.removeLast();
        QCOMPARE(warnings(ComplianceRules::on(b.h, QDate(2025, 12, 31)).problems),
                 QStringList {QStringLiteral("R-C")});
        QCOMPARE(refusals(ComplianceRules::on(b.h, QDate(2026, 1, 2)).problems),
                 QStringList {QStringLiteral("R-C")});
    }

    // The regulation's minimum is 2: two meetings held in 2025 are in order in 2026, one is not.
    void pastYearMinimumMetExactly_RC()
    {
        QVERIFY(refusals(ComplianceRules::on(b.h, QDate(2026, 1, 2)).problems).isEmpty());
        b.h.meetings.removeLast();
        const Problems oneHeld = ComplianceRules::on(b.h, QDate(2026, 1, 2)).problems;
        QCOMPARE(refusals(oneHeld), QStringList {QStringLiteral("R-C")});
        QCOMPARE(oneHeld.first().message,
                 QStringLiteral(
                     "In 2025 the Tavolo met 1 time(s); the regulation requires at least 2."));
    }

    // The current year is never judged as past: in June one meeting held is a warning only.
    void currentYearOnlyWarns_RC()
    {
        b.h.meetings.removeLast();
        const Problems p = ComplianceRules::on(b.h, QDate(2025, 6, 30)).problems;
        QVERIFY2(refusals(p).isEmpty(), qPrintable(describe(p)));
        QCOMPARE(warnings(p), QStringList {QStringLiteral("R-C")});
        QCOMPARE(p.first().message,
                 QStringLiteral("So far in 2025 the Tavolo has 1 meeting(s) held or "
                                "convened; at least 2 are required by 31 December."));
    }

    // The dashboard's "held or convened" agrees with each meeting's state as of the day: a
    // meeting convened for a day already past but not yet recorded is still convened, one held
    // counts once, and a meeting convened after the day did not exist yet.
    void meetingsOfTheYearCountHeldAndConvened_RC()
    {
        b.meeting(QDate(2025, 11, 20), MeetingState::Convened); // convened on 10 November
        b.meeting(QDate(2025, 12, 20), MeetingState::Convened); // convened on 10 December
        b.meeting(QDate(2025, 12, 22), MeetingState::Draft);
        QCOMPARE(ComplianceRules::on(b.h, QDate(2025, 11, 25)).meetingsThisYear, 3);
        QCOMPARE(ComplianceRules::on(b.h, QDate(2025, 12, 10)).meetingsThisYear, 4);
        QCOMPARE(ComplianceRules::on(b.h, QDate(2025, 11, 9)).meetingsThisYear, 2);
        // Recorded as held (an archive from before the rule refused it) on a day still to come.
        b.meeting(QDate(2025, 12, 28), MeetingState::Held);
        QCOMPARE(ComplianceRules::on(b.h, QDate(2025, 12, 20)).meetingsThisYear, 5);
    }

    void unansweredRequestPastItsDeadline_RD()
    {
        b.h.requests << ConvocationRequest {77, QDate(2025, 5, 10), {}, QStringLiteral("x")};
        QVERIFY(warnings(ComplianceRules::on(b.h, QDate(2025, 6, 9)).problems)
                    .contains(QStringLiteral("R-D")));
        QVERIFY(refusals(ComplianceRules::on(b.h, QDate(2025, 6, 9)).problems).isEmpty());
        QCOMPARE(refusals(ComplianceRules::on(b.h, QDate(2025, 6, 10)).problems),
                 QStringList {QStringLiteral("R-D")});
    }

    void groupWithoutRatifiedCoordinatorFlagged_RI()
    {
        WorkingGroup g;
        g.id = 5;
        g.name = QStringLiteral("Minori");
        g.participants = {1, 2};
        g.meetings << groupMeeting(6, QDate(2025, 4, 1), false);
        b.h.groups << g;
        QVERIFY(refusals(ComplianceRules::on(b.h, QDate(2025, 3, 31)).problems).isEmpty());
        QCOMPARE(refusals(ComplianceRules::on(b.h, QDate(2025, 4, 1)).problems),
                 QStringList {QStringLiteral("R-I")});
        // Proposing a non-participant is refused; ratifying later lifts the flag.
        QCOMPARE(refusals(GroupRules::proposeProblems(b.h, b.h.groups[0], 99)),
                 QStringList {QStringLiteral("R-I")});
        b.h.groups[0].meetings << groupMeeting(7, QDate(2025, 5, 1), true);
        b.h.groups[0].coordinator = 2;
        QVERIFY(refusals(ComplianceRules::on(b.h, QDate(2025, 5, 1)).problems).isEmpty());
        // The coordinator is theirs from the meeting that ratified them, not before.
        QCOMPARE(GroupRules::coordinatorOn(b.h.groups[0], QDate(2025, 4, 30)), std::nullopt);
        QCOMPARE(GroupRules::coordinatorOn(b.h.groups[0], QDate(2025, 5, 1)),
                 std::optional<qint64>(2));
    }
};

QTEST_GUILESS_MAIN(TestCompliance)
#include "tst_compliance.moc"
