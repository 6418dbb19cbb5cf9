// R-C meetings and notice, R-D requested meetings, R-F guests, R-G joint sessions.
#include "core/rules/meetingrules.h"
#include "historybuilder.h"

#include <QTest>

using namespace tavolo;

class TestMeetingRules : public QObject
{
    Q_OBJECT
    const QDate from {2025, 1, 1};
    const QDate day {2025, 3, 12};

private slots:
    void conveningNeedsAnAgenda_RC()
    {
        HistoryBuilder b;
        Meeting &m = b.meeting(day);
        m.agenda.clear();
        QCOMPARE(refusals(MeetingRules::conveneProblems(b.h, m, day.addDays(-10))),
                 QStringList {QStringLiteral("R-C")});
        m.agenda << QStringLiteral("Insediamento");
        QVERIFY(MeetingRules::conveneProblems(b.h, m, day.addDays(-10)).isEmpty());
    }

    void shortNoticeWarns_RC()
    {
        HistoryBuilder b;
        const Meeting &m = b.meeting(day);
        QVERIFY(MeetingRules::conveneProblems(b.h, m, day.addDays(-7)).isEmpty());
        const Problems p = MeetingRules::conveneProblems(b.h, m, day.addDays(-6));
        QCOMPARE(warnings(p), QStringList {QStringLiteral("R-C")});
        QVERIFY(refusals(p).isEmpty());
        QCOMPARE(refusals(MeetingRules::conveneProblems(b.h, m, day.addDays(1))),
                 QStringList {QStringLiteral("DATES")});
    }

    void participantsAreMembersAndGuests_RF()
    {
        HistoryBuilder b;
        const QList<qint64> institutional = b.offices(from);
        const QList<qint64> reps = b.representatives(3, from);
        const qint64 outsider = b.person(QStringLiteral("Esperta"));
        Meeting &m = b.meeting(day, MeetingState::Convened);
        QCOMPARE(MeetingRules::participants(b.h, m), institutional + reps);

        QCOMPARE(
            refusals(MeetingRules::guestProblems(b.h, m, {reps[0], QStringLiteral("Punto 2")})),
            QStringList {QStringLiteral("R-F")});
        QCOMPARE(refusals(MeetingRules::guestProblems(b.h, m, {outsider, QString()})),
                 QStringList {QStringLiteral("R-F")});
        QVERIFY(
            MeetingRules::guestProblems(b.h, m, {outsider, QStringLiteral("Punto 2")}).isEmpty());
        m.guests << Guest {outsider, QStringLiteral("Punto 2")};
        QCOMPARE(MeetingRules::participants(b.h, m).last(), outsider);
    }

    void guestInvitedTwiceRefused_RF()
    {
        HistoryBuilder b;
        b.offices(from);
        const qint64 expert = b.person(QStringLiteral("Esperta Rossi"));
        const qint64 other = b.person(QStringLiteral("Esperto Bianchi"));
        Meeting &m = b.meeting(day, MeetingState::Convened);
        m.guests << Guest {expert, QStringLiteral("Punto 2")};
        const Problems twice =
            MeetingRules::guestProblems(b.h, m, {expert, QStringLiteral("Punto 3")});
        QCOMPARE(refusals(twice), QStringList {QStringLiteral("R-F")});
        QCOMPARE(twice.first().message,
                 QStringLiteral("Esperta Rossi is already invited to this meeting."));
        // Another person is still welcome beside the first guest.
        QVERIFY(MeetingRules::guestProblems(b.h, m, {other, QStringLiteral("Punto 3")}).isEmpty());
    }

    void holdingRecordsEveryParticipant_RC()
    {
        HistoryBuilder b;
        const QList<qint64> institutional = b.offices(from);
        const qint64 stranger = b.person(QStringLiteral("Stranger"));
        Meeting &m = b.meeting(day, MeetingState::Convened);
        QVERIFY(!MeetingRules::hold(b.h, m, {{stranger, Attendance::Present}}, day).isOk());
        const auto held =
            MeetingRules::hold(b.h, m, {{institutional[0], Attendance::Present}}, day);
        QVERIFY(held.isOk());
        QCOMPARE(held.value().size(), institutional.size());
        QCOMPARE(held.value().value(institutional[1]), Attendance::Absent);
        QCOMPARE(warnings(held.problems()), QStringList {QStringLiteral("R-C")});
        m.state = MeetingState::Held;
        QVERIFY(!MeetingRules::hold(b.h, m, {}, day).isOk());
        QVERIFY(!MeetingRules::cancelProblems(m, QStringLiteral("x")).isEmpty());
    }

    // A meeting is held on its day: before it, its attendance cannot be recorded (the boundary
    // is the day itself).
    void aMeetingIsNotHeldBeforeItsDay_RC()
    {
        HistoryBuilder b;
        const QList<qint64> institutional = b.offices(from);
        const Meeting &m = b.meeting(day, MeetingState::Convened);
        const QHash<qint64, Attendance> sheet {{institutional[0], Attendance::Present}};
        const auto early = MeetingRules::hold(b.h, m, sheet, day.addDays(-1));
        QCOMPARE(refusals(early.problems()), QStringList {QStringLiteral("R-C")});
        QCOMPARE(early.problems().first().field, QStringLiteral("date"));
        QVERIFY(MeetingRules::hold(b.h, m, sheet, day).isOk());
        QVERIFY(MeetingRules::hold(b.h, m, sheet, day.addDays(30)).isOk());
    }

    void requestedMeetingAnswersARequest_RD()
    {
        HistoryBuilder b;
        Meeting m;
        m.date = day;
        m.place = QStringLiteral("Sondrio");
        m.kind = MeetingKind::Requested;
        QCOMPARE(refusals(MeetingRules::addProblems(b.h, m)), QStringList {QStringLiteral("R-D")});
        b.h.requests << ConvocationRequest {7, day.addDays(-20), {}, QStringLiteral("x")};
        m.requestId = 7;
        QVERIFY(MeetingRules::addProblems(b.h, m).isEmpty());
        m.date = day.addDays(-21);
        QCOMPARE(refusals(MeetingRules::addProblems(b.h, m)), QStringList {QStringLiteral("R-D")});
    }

    void lateAnswerToARequestWarns_RD()
    {
        HistoryBuilder b;
        b.h.requests << ConvocationRequest {7, day, {}, QStringLiteral("x")};
        Meeting &m = b.meeting(day.addDays(45));
        m.kind = MeetingKind::Requested;
        m.requestId = 7;
        QVERIFY(warnings(MeetingRules::conveneProblems(b.h, m, day.addDays(30))).isEmpty());
        QCOMPARE(warnings(MeetingRules::conveneProblems(b.h, m, day.addDays(31))),
                 QStringList {QStringLiteral("R-D")});
    }

    void jointSessionConvenedByAslOrPresident_RG()
    {
        HistoryBuilder b;
        Meeting m;
        m.date = day;
        m.place = QStringLiteral("ASL");
        m.kind = MeetingKind::Joint;
        m.convenedBy = QStringLiteral("planning-office-head");
        m.jointWith = QStringList {QStringLiteral("Tavolo sociosanitario")};
        QCOMPARE(refusals(MeetingRules::addProblems(b.h, m)), QStringList {QStringLiteral("R-G")});
        m.convenedBy = QStringLiteral("asl-district-director");
        QVERIFY(MeetingRules::addProblems(b.h, m).isEmpty());
        m.jointWith.clear();
        QCOMPARE(refusals(MeetingRules::addProblems(b.h, m)), QStringList {QStringLiteral("R-G")});
        m.kind = MeetingKind::Ordinary;
        m.convenedBy = QStringLiteral("planning-office");
        QVERIFY(MeetingRules::addProblems(b.h, m).isEmpty());
    }

    void placeOrLinkRequired_RC()
    {
        HistoryBuilder b;
        Meeting m;
        m.date = day;
        QCOMPARE(refusals(MeetingRules::addProblems(b.h, m)), QStringList {QStringLiteral("R-C")});
        m.onlineLink = QStringLiteral("https://meet.example.it/t");
        QVERIFY(MeetingRules::addProblems(b.h, m).isEmpty());
    }

    // The agenda of a draft changes; once convened it is the one given in advance (R-C).
    // Positions 1…n, or n+1 when adding at the end, and nothing past them.
    void agendaChangesOnlyInADraftWithinItsItems_RC()
    {
        HistoryBuilder b;
        Meeting &m = b.meeting(day); // one item
        QVERIFY(MeetingRules::agendaProblems(m, 1, false).isEmpty());
        QCOMPARE(refusals(MeetingRules::agendaProblems(m, 2, false)),
                 QStringList {QStringLiteral("REQUIRED")});
        QVERIFY(MeetingRules::agendaProblems(m, 2, true).isEmpty());
        QCOMPARE(refusals(MeetingRules::agendaProblems(m, 3, true)),
                 QStringList {QStringLiteral("REQUIRED")});
        QCOMPARE(refusals(MeetingRules::agendaProblems(m, 0, true)),
                 QStringList {QStringLiteral("REQUIRED")});
        QCOMPARE(refusals(MeetingRules::agendaItemProblems(m, QStringLiteral("  "))),
                 QStringList {QStringLiteral("REQUIRED")});
        QVERIFY(MeetingRules::agendaItemProblems(m, QStringLiteral("Varie")).isEmpty());
        QCOMPARE(MeetingRules::blankItems({QStringLiteral("Uno"), QStringLiteral(" ")}).size(), 1);
        QVERIFY(MeetingRules::blankItems({QStringLiteral("Uno")}).isEmpty());
        m.state = MeetingState::Convened;
        QCOMPARE(refusals(MeetingRules::agendaProblems(m, 1, false)),
                 QStringList {QStringLiteral("R-C")});
        QCOMPARE(refusals(MeetingRules::agendaItemProblems(m, QStringLiteral("Varie"))),
                 QStringList {QStringLiteral("R-C")});
    }

    // Only a draft is thrown away; a convened meeting is cancelled with its reason (R-J).
    void onlyADraftIsDiscarded_RJ()
    {
        HistoryBuilder b;
        Meeting &m = b.meeting(day);
        QVERIFY(MeetingRules::discardProblems(m).isEmpty());
        for (MeetingState s :
             {MeetingState::Convened, MeetingState::Held, MeetingState::Cancelled}) {
            m.state = s;
            QCOMPARE(refusals(MeetingRules::discardProblems(m)),
                     QStringList {QStringLiteral("R-J")});
        }
    }

    // An invitation is withdrawn while the meeting is draft or convened, and only a guest's.
    void uninviteOnlyAGuestBeforeTheMeeting_RF()
    {
        HistoryBuilder b;
        const qint64 guest = b.person(QStringLiteral("Ospite"));
        const qint64 other = b.person(QStringLiteral("Altro"));
        Meeting &m = b.meeting(day);
        m.guests << Guest {guest, QStringLiteral("Punto 1")};
        QVERIFY(MeetingRules::uninviteProblems(b.h, m, guest).isEmpty());
        const Problems notAGuest = MeetingRules::uninviteProblems(b.h, m, other);
        QCOMPARE(refusals(notAGuest), QStringList {QStringLiteral("R-F")});
        QCOMPARE(notAGuest.first().message,
                 QStringLiteral("Altro is not a guest of this meeting."));
        m.state = MeetingState::Convened;
        QVERIFY(MeetingRules::uninviteProblems(b.h, m, guest).isEmpty());
        for (MeetingState s : {MeetingState::Held, MeetingState::Cancelled}) {
            m.state = s;
            QCOMPARE(refusals(MeetingRules::uninviteProblems(b.h, m, guest)),
                     QStringList {QStringLiteral("R-F")});
        }
    }
};

QTEST_GUILESS_MAIN(TestMeetingRules)
#include "tst_meetingrules.moc"
