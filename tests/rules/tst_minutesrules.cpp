#include "core/rules/compliance.h"
#include "core/rules/minutesrules.h"
#include "core/rules/regulationrules.h"
#include "historybuilder.h"

#include <QTest>

using namespace tavolo;

// R-K at its boundaries: minutes approved only at a later held meeting of the same body, a
// draft edited (never corrected), approved minutes corrected (never edited); the chair the one
// in office that day; the approval item the next meeting proposes; R-H's approving meeting.
class TestMinutesRules : public QObject
{
    Q_OBJECT

    HistoryBuilder b;
    qint64 president = 0;
    qint64 delegate = 0;
    const QDate march1 {2025, 3, 1};
    const QDate april1 {2025, 4, 1};

    Minutes &minutesOf(const Meeting &m, bool approved = false, qint64 at = 0)
    {
        Minutes minutes;
        minutes.id = 900 + b.h.minutes.size();
        minutes.meetingId = m.id;
        if (approved)
            minutes.approvedAt = at;
        b.h.minutes << minutes;
        return b.h.minutes.last();
    }

private slots:
    void init()
    {
        b = HistoryBuilder();
        const QList<qint64> holders = b.offices(QDate(2024, 1, 1));
        president = holders.first();
        delegate = b.person(QStringLiteral("Delegata"));
        b.h.delegations << Delegation {77,
                                       Office::MayorsPresident,
                                       delegate,
                                       {QDate(2025, 3, 15), {}},
                                       QDate(2025, 3, 10),
                                       QStringLiteral("decreto 4")};
    }

    void approvalOnlyAtALaterHeldMeetingOfTheSameBody_RK()
    {
        const Meeting first = b.meeting(march1, MeetingState::Held);
        const Meeting earlier = b.meeting(march1.addDays(-1), MeetingState::Held);
        const Meeting later = b.meeting(april1, MeetingState::Held);
        const Meeting notHeld = b.meeting(april1.addDays(7), MeetingState::Convened);
        const Minutes m = minutesOf(first);
        QCOMPARE(refusals(MinutesRules::approveProblems(b.h, m, first.id, Vote {})),
                 QStringList {QStringLiteral("R-K")});
        QCOMPARE(refusals(MinutesRules::approveProblems(b.h, m, earlier.id, Vote {})),
                 QStringList {QStringLiteral("R-K")});
        QCOMPARE(refusals(MinutesRules::approveProblems(b.h, m, notHeld.id, Vote {})),
                 QStringList {QStringLiteral("R-K")});
        QVERIFY(MinutesRules::approveProblems(b.h, m, later.id, Vote {}).isEmpty());
        // The next day is later; the same day at a later hour is too, not at the same hour.
        Meeting &sameDay = b.meeting(march1, MeetingState::Held);
        b.h.meetings.last().time = QTime(18, 0);
        b.h.meetings[0].time = QTime(16, 0);
        const Meeting nextDay = b.meeting(march1.addDays(1), MeetingState::Held);
        QVERIFY(MinutesRules::approveProblems(b.h, m, nextDay.id, Vote {}).isEmpty());
        QVERIFY(MinutesRules::approveProblems(b.h, m, sameDay.id, Vote {}).isEmpty());
        b.h.meetings.last().time = QTime(16, 0);
        b.h.meetings[b.h.meetings.size() - 2].time = QTime(16, 0);
        QCOMPARE(refusals(MinutesRules::approveProblems(
                     b.h, m, b.h.meetings[b.h.meetings.size() - 2].id, Vote {})),
                 QStringList {QStringLiteral("R-K")});
    }

    void approvalByAnotherBodyRefused_RK()
    {
        const Meeting tavolo = b.meeting(march1, MeetingState::Held);
        WorkingGroup g;
        g.id = 500;
        g.name = QStringLiteral("Minori");
        Meeting groupMeeting;
        groupMeeting.id = 501;
        groupMeeting.body = MeetingBody::group(500);
        groupMeeting.date = april1;
        groupMeeting.state = MeetingState::Held;
        g.meetings << groupMeeting;
        b.h.groups << g;
        const Minutes m = minutesOf(tavolo);
        QCOMPARE(refusals(MinutesRules::approveProblems(b.h, m, 501, std::nullopt)),
                 QStringList {QStringLiteral("R-K")});
    }

    void approvedMinutesAreNotApprovedTwiceNorEdited_RK()
    {
        const Meeting first = b.meeting(march1, MeetingState::Held);
        const Meeting later = b.meeting(april1, MeetingState::Held);
        const Minutes approved = minutesOf(first, true, later.id);
        QCOMPARE(refusals(MinutesRules::approveProblems(b.h, approved, later.id, Vote {})),
                 QStringList {QStringLiteral("R-K")});
        Minutes changed = approved;
        changed.opened = QTime(16, 0);
        QCOMPARE(refusals(MinutesRules::updateProblems(b.h, approved, changed)),
                 QStringList {QStringLiteral("R-K")});
        Minutes draft = approved;
        draft.approvedAt.reset();
        QVERIFY(MinutesRules::updateProblems(b.h, draft, changed).isEmpty());
    }

    void correctionOnlyOfApprovedMinutes_RK()
    {
        const Meeting first = b.meeting(march1, MeetingState::Held);
        const Meeting later = b.meeting(april1, MeetingState::Held);
        Minutes m = minutesOf(first);
        const MinutesCorrection c {0, april1, QStringLiteral("Al punto 2 si legga 30.000 euro."),
                                   QStringLiteral("Errore materiale")};
        QCOMPARE(refusals(MinutesRules::correctProblems(b.h, m, c)),
                 QStringList {QStringLiteral("R-K")});
        m.approvedAt = later.id;
        QVERIFY(MinutesRules::correctProblems(b.h, m, c).isEmpty());
        MinutesCorrection noReason = c;
        noReason.reason.clear();
        QCOMPARE(refusals(MinutesRules::correctProblems(b.h, m, noReason)),
                 QStringList {QStringLiteral("R-K")});
        MinutesCorrection beforeApproval = c;
        beforeApproval.date = april1.addDays(-1);
        QCOMPARE(refusals(MinutesRules::correctProblems(b.h, m, beforeApproval)),
                 QStringList {QStringLiteral("R-K")});
    }

    void draftOnlyOfAHeldMeetingOnceWithItsAgendasItems_RK()
    {
        const Meeting convened = b.meeting(march1, MeetingState::Convened);
        Minutes m;
        m.meetingId = convened.id;
        QCOMPARE(refusals(MinutesRules::draftProblems(b.h, m)),
                 QStringList {QStringLiteral("R-K")});
        const Meeting held = b.meeting(april1, MeetingState::Held); // one agenda item
        m.meetingId = held.id;
        m.items = {
            MinutesItem {1, QStringLiteral("Sintesi"), QStringLiteral("Approvato"), Vote {}}};
        QVERIFY(MinutesRules::draftProblems(b.h, m).isEmpty());
        m.items << MinutesItem {2, {}, {}, std::nullopt};
        QCOMPARE(refusals(MinutesRules::draftProblems(b.h, m)),
                 QStringList {QStringLiteral("R-K")});
        m.items.removeLast();
        m.items << MinutesItem {1, {}, {}, std::nullopt};
        QCOMPARE(refusals(MinutesRules::draftProblems(b.h, m)),
                 QStringList {QStringLiteral("R-K")});
        m.items.removeLast();
        m.opened = QTime(17, 0);
        m.closed = QTime(16, 59);
        QCOMPARE(refusals(MinutesRules::draftProblems(b.h, m)),
                 QStringList {QStringLiteral("R-K")});
        m.closed = QTime(17, 0);
        QVERIFY(MinutesRules::draftProblems(b.h, m).isEmpty());
        minutesOf(held);
        QCOMPARE(refusals(MinutesRules::draftProblems(b.h, m)),
                 QStringList {QStringLiteral("R-K")});
    }

    // R-K, names optional: a counted vote may name who voted; then the names are people of the
    // register, each once, as many as each count (refused saying both numbers), and a name
    // not recorded present is a warning.
    void voteNamesAgreeWithTheCountsAndThePresent_RK()
    {
        const qint64 anna = b.person(QStringLiteral("Anna"));
        const qint64 bruno = b.person(QStringLiteral("Bruno"));
        const qint64 carla = b.person(QStringLiteral("Carla"));
        Meeting &held = b.meeting(april1, MeetingState::Held);
        held.attendance = {
            {anna, Attendance::Present}, {bruno, Attendance::Present}, {carla, Attendance::Absent}};
        Minutes m;
        m.meetingId = held.id;
        Vote vote = Vote::counted(2, 0, 0);
        vote.names.favourable = {anna, bruno};
        m.items = {MinutesItem {1, {}, QStringLiteral("Approvato"), vote}};
        QVERIFY(MinutesRules::draftProblems(b.h, m).isEmpty());
        // One more counted than named: refused, with both numbers.
        m.items.first().vote->favourable = 3;
        Problems problems = MinutesRules::draftProblems(b.h, m);
        QCOMPARE(refusals(problems), QStringList {QStringLiteral("R-K")});
        QVERIFY(problems.first().message.contains(QLatin1String("3")));
        QVERIFY(problems.first().message.contains(QLatin1String("2")));
        m.items.first().vote->favourable = 2;
        // A contrary name with no contrary counted.
        m.items.first().vote->names.contrary = {carla};
        QCOMPARE(refusals(MinutesRules::draftProblems(b.h, m)),
                 QStringList {QStringLiteral("R-K")});
        // Counted: accepted, with a warning that Carla was not present.
        m.items.first().vote->contrary = 1;
        problems = MinutesRules::draftProblems(b.h, m);
        QVERIFY(refusals(problems).isEmpty());
        QCOMPARE(warnings(problems), QStringList {QStringLiteral("R-K")});
        QVERIFY(problems.first().message.contains(b.h.personName(carla)));
        // Named twice, or someone the register does not know: refused.
        m.items.first().vote = Vote::counted(2, 0, 0);
        m.items.first().vote->names.favourable = {anna, anna};
        QCOMPARE(refusals(MinutesRules::draftProblems(b.h, m)),
                 QStringList {QStringLiteral("R-K")});
        m.items.first().vote->names.favourable = {anna, 4242};
        QCOMPARE(refusals(MinutesRules::draftProblems(b.h, m)),
                 QStringList {QStringLiteral("NOT-FOUND")});
        // A unanimous vote names no one.
        Vote unanimous;
        unanimous.names.favourable = {anna};
        m.items.first().vote = unanimous;
        QCOMPARE(refusals(MinutesRules::draftProblems(b.h, m)),
                 QStringList {QStringLiteral("R-K")});
    }

    void chairIsTheDelegateInOfficeThatDay_RK()
    {
        const Meeting before = b.meeting(QDate(2025, 3, 14), MeetingState::Held);
        const Meeting after = b.meeting(QDate(2025, 3, 15), MeetingState::Held);
        QCOMPARE(MinutesRules::defaultChair(b.h, before), std::optional<qint64>(president));
        QCOMPARE(MinutesRules::defaultChair(b.h, after), std::optional<qint64>(delegate));
        QCOMPARE(MinutesRules::proposal(b.h, after).chair, std::optional<qint64>(delegate));
        QCOMPARE(MinutesRules::proposal(b.h, after).items.size(), 1);
    }

    void nextMeetingProposesTheApprovalItem_RK()
    {
        QCOMPARE(MinutesRules::approvalItem(b.h, MeetingBody::tavolo(), april1), QString());
        const Meeting first = b.meeting(march1, MeetingState::Held);
        const Meeting second = b.meeting(QDate(2025, 3, 12), MeetingState::Held);
        minutesOf(first);
        minutesOf(second);
        QCOMPARE(MinutesRules::approvalItem(b.h, MeetingBody::tavolo(), april1),
                 QStringLiteral("Approvazione del verbale della seduta del 12 marzo 2025"));
        // Only minutes of meetings before the new one; none of another body.
        QCOMPARE(MinutesRules::approvalItem(b.h, MeetingBody::tavolo(), QDate(2025, 3, 12)),
                 QStringLiteral("Approvazione del verbale della seduta del 1 marzo 2025"));
        QCOMPARE(MinutesRules::approvalItem(b.h, MeetingBody::group(5), april1), QString());
        b.h.minutes.last().approvedAt = 1;
        QCOMPARE(MinutesRules::approvalItem(b.h, MeetingBody::tavolo(), april1),
                 QStringLiteral("Approvazione del verbale della seduta del 1 marzo 2025"));
    }

    void missingMinutesWarnedAfterTheNoticePeriod_RK()
    {
        const Meeting held = b.meeting(march1, MeetingState::Held);
        auto minutesWarnings = [&](QDate day) {
            return warnings(MinutesRules::complianceProblems(b.h, day))
                .count(QStringLiteral("R-K"));
        };
        QCOMPARE(minutesWarnings(march1.addDays(7)), 0); // 7 days of notice: not yet
        QCOMPARE(minutesWarnings(march1.addDays(8)), 1);
        QCOMPARE(warnings(ComplianceRules::on(b.h, march1.addDays(8)).problems)
                     .count(QStringLiteral("R-K")),
                 1);
        minutesOf(held); // a draft awaiting approval is listed too
        QCOMPARE(minutesWarnings(march1.addDays(8)), 1);
        b.h.minutes.last().approvedAt = 99;
        QCOMPARE(minutesWarnings(march1.addDays(8)), 0);
    }

    void amendmentApproversMustBePresentAtTheNamedMeeting_RH()
    {
        const QList<qint64> members = CompositionRules::compositionOn(b.h, april1).members();
        Meeting &held = b.meeting(march1, MeetingState::Held);
        for (qint64 id : members)
            held.attendance.insert(id, Attendance::Present);
        const qint64 heldId = held.id;
        Amendment a;
        a.date = april1;
        a.noticeDays = 10;
        a.approvals = members;
        a.atMeeting = heldId;
        QVERIFY2(RegulationRules::amend(b.h, a),
                 qPrintable(describe(RegulationRules::amend(b.h, a).problems())));
        QCOMPARE(RegulationRules::amend(b.h, a).value().approvedAtMeeting,
                 std::optional<qint64>(heldId));
        b.h.meetings.last().attendance.insert(members.last(), Attendance::Excused);
        QCOMPARE(refusals(RegulationRules::amend(b.h, a).problems()),
                 QStringList {QStringLiteral("R-H")});
        b.h.meetings.last().attendance.insert(members.last(), Attendance::Present);
        b.h.meetings.last().state = MeetingState::Convened; // not held: refused
        QCOMPARE(refusals(RegulationRules::amend(b.h, a).problems()),
                 QStringList {QStringLiteral("R-H")});
        a.atMeeting.reset(); // naming no meeting is still allowed
        QVERIFY(RegulationRules::amend(b.h, a));
    }
};

QTEST_GUILESS_MAIN(TestMinutesRules)
#include "tst_minutesrules.moc"
