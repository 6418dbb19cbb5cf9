// R-I working groups: participants, the coordinator proposed and ratified at the first held
// meeting, the flag when the first meeting passes without one. Each rule at its boundary.
#include "core/rules/grouprules.h"
#include "core/rules/meetingrules.h"
#include "historybuilder.h"

#include <QTest>

using namespace tavolo;

class TestGroupRules : public QObject
{
    Q_OBJECT
    const QDate april1 {2025, 4, 1};
    const QDate may1 {2025, 5, 1};
    const QDate held {2025, 6, 1}; // the day the holding is recorded: after every meeting here

    HistoryBuilder b;
    qint64 anna = 0;
    qint64 luca = 0;
    qint64 outsider = 0;

    WorkingGroup group() const
    {
        WorkingGroup g;
        g.id = 50;
        g.name = QStringLiteral("Minori");
        g.participants = {anna, luca};
        return g;
    }
    static Meeting meeting(QDate date, bool held, bool ratified = false)
    {
        Meeting m;
        m.body = MeetingBody::group(50);
        m.date = date;
        m.state = held ? MeetingState::Held : MeetingState::Draft;
        m.ratifiedCoordinator = ratified;
        return m;
    }
    static const QHash<qint64, Attendance> noAttendance() { return {}; }
    QHash<qint64, Attendance> everyone() const
    {
        return {{anna, Attendance::Present}, {luca, Attendance::Present}};
    }

private slots:
    void init()
    {
        b = HistoryBuilder();
        anna = b.person(QStringLiteral("Anna Gallo"));
        luca = b.person(QStringLiteral("Luca Conti"));
        outsider = b.person(QStringLiteral("Sara De Luca"));
    }

    void nameRequiredAndUnique()
    {
        WorkingGroup g = group();
        QVERIFY(GroupRules::addProblems(b.h, g).isEmpty());
        g.name = QStringLiteral("   ");
        QCOMPARE(refusals(GroupRules::addProblems(b.h, g)),
                 QStringList {QStringLiteral("REQUIRED")});
        b.h.groups << group();
        g.name = QStringLiteral(" minori ");
        QCOMPARE(refusals(GroupRules::addProblems(b.h, g)),
                 QStringList {QStringLiteral("DUPLICATE")});
        g.name = QStringLiteral("Minori e famiglie");
        QVERIFY(GroupRules::addProblems(b.h, g).isEmpty());
    }

    void participantOnlyOnce_RI()
    {
        const WorkingGroup g = group();
        const Problems twice = GroupRules::participantProblems(b.h, g, luca);
        QCOMPARE(refusals(twice), QStringList {QStringLiteral("R-I")});
        QCOMPARE(twice.first().message,
                 QStringLiteral("Luca Conti already takes part in the group \"Minori\"."));
        QVERIFY(GroupRules::participantProblems(b.h, g, outsider).isEmpty());
    }

    void coordinatorProposedAmongParticipants_RI()
    {
        WorkingGroup g = group();
        QVERIFY(GroupRules::proposeProblems(b.h, g, anna).isEmpty());
        const Problems stranger = GroupRules::proposeProblems(b.h, g, outsider);
        QCOMPARE(refusals(stranger), QStringList {QStringLiteral("R-I")});
        QCOMPARE(stranger.first().message,
                 QStringLiteral("The coordinator is named from the group's own "
                                "participants: add Sara De Luca to \"Minori\" first."));
        g.coordinator = luca;
        const Problems ratified = GroupRules::proposeProblems(b.h, g, anna);
        QCOMPARE(refusals(ratified), QStringList {QStringLiteral("R-I")});
        QCOMPARE(
            ratified.first().message,
            QStringLiteral("The group \"Minori\" already has a ratified coordinator, Luca Conti."));
    }

    // A group's meeting is a meeting like the Tavolo's (one model): a date, a group that
    // exists, an ordinary kind; a place or a link is needed to convene it, not to plan it.
    void groupMeetingIsAnOrdinaryMeetingOfAnExistingGroup_RI()
    {
        b.h.groups << group();
        QCOMPARE(refusals(MeetingRules::addProblems(b.h, meeting(QDate(), false))),
                 QStringList {QStringLiteral("INPUT")});
        Meeting m = meeting(april1, false);
        QVERIFY(MeetingRules::addProblems(b.h, m).isEmpty());
        m.kind = MeetingKind::Joint;
        QCOMPARE(refusals(MeetingRules::addProblems(b.h, m)), QStringList {QStringLiteral("R-I")});
        m.kind = MeetingKind::Ordinary;
        m.body = MeetingBody::group(51);
        QCOMPARE(refusals(MeetingRules::addProblems(b.h, m)),
                 QStringList {QStringLiteral("NOT-FOUND")});
        m.body = MeetingBody::group(50);
        m.agenda = {QStringLiteral("Avvio")};
        QCOMPARE(refusals(MeetingRules::conveneProblems(b.h, m, april1.addDays(-10))),
                 QStringList {QStringLiteral("R-C")});
        m.onlineLink = QStringLiteral("https://meet.example.it/minori");
        QVERIFY(MeetingRules::conveneProblems(b.h, m, april1.addDays(-7)).isEmpty());
        // The regulation's notice applies to the group as to the Tavolo: one day short warns.
        QCOMPARE(warnings(MeetingRules::conveneProblems(b.h, m, april1.addDays(-6))),
                 QStringList {QStringLiteral("R-C")});
    }

    // A group's participants are convened, not the Tavolo's members; a participant is no guest.
    void groupParticipantsAndGuests_RI()
    {
        b.h.groups << group();
        Meeting m = meeting(april1, false);
        QCOMPARE(MeetingRules::participants(b.h, m), (QList<qint64> {anna, luca}));
        QCOMPARE(
            refusals(MeetingRules::guestProblems(b.h, m, Guest {anna, QStringLiteral("Punto 1")})),
            QStringList {QStringLiteral("R-F")});
        QVERIFY(MeetingRules::guestProblems(b.h, m, Guest {outsider, QStringLiteral("Punto 1")})
                    .isEmpty());
        m.guests << Guest {outsider, QStringLiteral("Punto 1")};
        QCOMPARE(MeetingRules::participants(b.h, m), (QList<qint64> {anna, luca, outsider}));
    }

    // Held on its day or after, never the day before; a draft may be held (groups met
    // informally before convocations), a cancelled one may not.
    void heldFromItsDayAndNotOnceCancelled_RI()
    {
        const WorkingGroup g = group();
        QCOMPARE(refusals(GroupRules::holdProblems(b.h, g, meeting(held.addDays(1), false),
                                                   everyone(), false, held)),
                 QStringList {QStringLiteral("R-C")});
        QCOMPARE(refusals(GroupRules::holdProblems(b.h, g, meeting(held, false), everyone(), false,
                                                   held)),
                 QStringList());
        Meeting cancelled = meeting(april1, false);
        cancelled.state = MeetingState::Cancelled;
        QCOMPARE(refusals(GroupRules::holdProblems(b.h, g, cancelled, everyone(), false, held)),
                 QStringList {QStringLiteral("R-C")});
        Meeting convened = meeting(april1, false);
        convened.state = MeetingState::Convened;
        QCOMPARE(refusals(GroupRules::holdProblems(b.h, g, convened, everyone(), false, held)),
                 QStringList());
    }

    void holdingOnlyParticipantsOnce_RI()
    {
        const WorkingGroup g = group();
        QCOMPARE(refusals(GroupRules::holdProblems(b.h, g, meeting(april1, true), noAttendance(),
                                                   false, held)),
                 QStringList {QStringLiteral("R-I")});
        const QHash<qint64, Attendance> withStranger {{anna, Attendance::Present},
                                                      {outsider, Attendance::Present}};
        const Problems strangers =
            GroupRules::holdProblems(b.h, g, meeting(april1, false), withStranger, false, held);
        QCOMPARE(refusals(strangers), QStringList {QStringLiteral("R-I")});
        QCOMPARE(strangers.first().message,
                 QStringLiteral("Not participants of the working group \"Minori\": Sara De Luca."));
        QCOMPARE(warnings(strangers), QStringList()); // refused: no warning on top
        const QHash<qint64, Attendance> members {{anna, Attendance::Present},
                                                 {luca, Attendance::Excused}};
        QCOMPARE(refusals(GroupRules::holdProblems(b.h, g, meeting(april1, false), members, false,
                                                   held)),
                 QStringList());
    }

    void ratifyingNeedsAProposalAndNoCoordinator_RI()
    {
        WorkingGroup g = group();
        QCOMPARE(refusals(GroupRules::holdProblems(b.h, g, meeting(april1, false), noAttendance(),
                                                   true, held)),
                 QStringList {QStringLiteral("R-I")});
        g.proposedCoordinator = anna;
        QVERIFY(GroupRules::holdProblems(b.h, g, meeting(april1, false), everyone(), true, held)
                    .isEmpty());
        g.coordinator = anna;
        const Problems again =
            GroupRules::holdProblems(b.h, g, meeting(may1, false), everyone(), true, held);
        QCOMPARE(refusals(again), QStringList {QStringLiteral("R-I")});
        QCOMPARE(again.first().message,
                 QStringLiteral("The group \"Minori\" already has a ratified coordinator."));
    }

    // The warning belongs to the first meeting only, held without ratifying and without a
    // coordinator.
    void firstMeetingWithoutRatifyingWarns_RI()
    {
        WorkingGroup g = group();
        const Problems first =
            GroupRules::holdProblems(b.h, g, meeting(april1, false), everyone(), false, held);
        QCOMPARE(warnings(first), QStringList {QStringLiteral("R-I")});
        QCOMPARE(refusals(first), QStringList());
        g.meetings << meeting(april1, true);
        QVERIFY(GroupRules::holdProblems(b.h, g, meeting(may1, false), everyone(), false, held)
                    .isEmpty());
        WorkingGroup coordinated = group();
        coordinated.coordinator = anna;
        QVERIFY(GroupRules::holdProblems(b.h, coordinated, meeting(april1, false), everyone(),
                                         false, held)
                    .isEmpty());
        // Participants left out are recorded absent, with a warning naming them (R-C).
        QCOMPARE(warnings(GroupRules::holdProblems(b.h, coordinated, meeting(april1, false),
                                                   noAttendance(), false, held)),
                 QStringList {QStringLiteral("R-C")});
    }

    void firstHeldIsTheEarliestHeld_RI()
    {
        WorkingGroup g = group();
        QCOMPARE(GroupRules::firstHeld(g), nullptr);
        g.meetings << meeting(QDate(2025, 3, 1), false) << meeting(may1, true)
                   << meeting(april1, true);
        QVERIFY(GroupRules::firstHeld(g));
        QCOMPARE(GroupRules::firstHeld(g)->date, april1);
    }

    void flaggedFromTheFirstHeldMeetingUntilRatified_RI()
    {
        WorkingGroup g = group();
        g.meetings << meeting(april1, true);
        QVERIFY(!GroupRules::isFlagged(g, april1.addDays(-1)));
        QVERIFY(GroupRules::isFlagged(g, april1));
        g.meetings << meeting(may1, false, true); // planned to ratify, not held yet
        QVERIFY(GroupRules::isFlagged(g, may1));
        g.meetings.last().state = MeetingState::Held;
        QVERIFY(GroupRules::isFlagged(g, may1.addDays(-1)));
        QVERIFY(!GroupRules::isFlagged(g, may1));
        WorkingGroup ratifiedAtFirst = group();
        ratifiedAtFirst.meetings << meeting(april1, true, true);
        QVERIFY(!GroupRules::isFlagged(ratifiedAtFirst, april1));
        QVERIFY(!GroupRules::isFlagged(group(), may1)); // never met
    }

    void coordinatorFromTheRatifyingMeeting_RI()
    {
        WorkingGroup g = group();
        g.coordinator = luca;
        g.meetings << meeting(april1, true) << meeting(may1, false, true);
        QCOMPARE(GroupRules::coordinatorOn(g, may1), std::nullopt); // not held
        g.meetings.last().state = MeetingState::Held;
        QCOMPARE(GroupRules::coordinatorOn(g, may1.addDays(-1)), std::nullopt);
        QCOMPARE(GroupRules::coordinatorOn(g, may1), std::optional<qint64>(luca));
    }
};

QTEST_GUILESS_MAIN(TestGroupRules)
#include "tst_grouprules.moc"
