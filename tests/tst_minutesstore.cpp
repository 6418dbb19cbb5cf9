// The minutes in the archive (R-K): drafted for a held meeting, edited while a draft, approved
// at a later held meeting of the same body and then locked (by the rules, and by the schema
// whatever the program does); a correction is a new dated record. A group's meeting is a
// meeting of the one model: convened with an online link, held, minuted (R-I).
#include "archivefixture.h"
#include "core/storage/groupstore.h"
#include "core/storage/historystore.h"
#include "core/storage/internal/sql.h"
#include "core/storage/meetingstore.h"
#include "core/storage/minutesstore.h"
#include "core/storage/officestore.h"
#include "core/storage/personstore.h"

using namespace tavolo;

class TestMinutesStore : public QObject
{
    Q_OBJECT

    const QDate first {2025, 3, 12};
    const QDate second {2025, 6, 4};
    const QDate today {2025, 12, 1};

    static qint64 person(Archive &a, const QString &family)
    {
        Person p;
        p.givenName = QStringLiteral("Test");
        p.familyName = family;
        return PersonStore(a).add(p).value();
    }
    qint64 heldMeeting(Archive &a, QDate date, const MeetingBody &body = MeetingBody::tavolo())
    {
        Meeting m;
        m.body = body;
        m.date = date;
        m.time = QTime(16, 30);
        m.place = QStringLiteral("Sondrio");
        m.agenda = {QStringLiteral("Insediamento"), QStringLiteral("Varie")};
        MeetingStore store(a);
        const qint64 id = store.add(m).value();
        [&] {
            QVERIFY(store.convene(id, date.addDays(-10)));
        }();
        [&] {
            QVERIFY(store.hold(id, {}, today));
        }();
        return id;
    }
    static qint64 count(Archive &a, const QString &table)
    {
        return sql::scalar(sql::database(a), QStringLiteral("SELECT count(*) FROM ") + table);
    }

private slots:
    void draftApproveCorrect_RK()
    {
        ArchiveFixture f;
        const qint64 president = person(f.archive, QStringLiteral("Presidente"));
        QVERIFY(OfficeStore(f.archive).assign(
            OfficeTerm {0, Office::MayorsPresident, president, {QDate(2025, 1, 1), {}}}));
        const qint64 secretary = person(f.archive, QStringLiteral("Segretaria"));
        const qint64 m1 = heldMeeting(f.archive, first);
        const qint64 m2 = heldMeeting(f.archive, second);
        MinutesStore store(f.archive);

        Minutes m;
        m.meetingId = m1;
        m.opened = QTime(16, 40);
        m.secretary = secretary;
        m.items = {MinutesItem {1, QStringLiteral("Sintesi"), QStringLiteral("Insediato"), Vote {}},
                   MinutesItem {2, {}, {}, Vote::counted(9, 1, 2)}};
        const auto drafted = store.draft(m);
        QVERIFY2(drafted, qPrintable(describe(drafted.problems())));
        const qint64 id = drafted.value();
        Minutes saved = *store.find(id);
        QCOMPARE(saved.chair, std::optional<qint64>(president)); // the chair in office that day
        QCOMPARE(saved.items, m.items);
        QVERIFY(saved.isDraft());
        QVERIFY(!store.draft(m)); // one set of minutes per meeting

        saved.closed = QTime(18, 50);
        QVERIFY(store.update(saved));
        QCOMPARE(store.find(id)->closed, QTime(18, 50));
        const MinutesCorrection correction {0, second, QStringLiteral("Al punto 2: 9 favorevoli."),
                                            QStringLiteral("Errore materiale")};
        QVERIFY(!store.correct(id, correction)); // a draft is edited instead

        const qint64 auditBefore = count(f.archive, QStringLiteral("audit"));
        QVERIFY(!store.approve(id, m1, Vote {})); // the same meeting
        QCOMPARE(count(f.archive, QStringLiteral("audit")),
                 auditBefore); // refused: nothing written
        QVERIFY(store.approve(id, m2, Vote::counted(10, 0, 1)));
        const Minutes approved = *store.find(id);
        QCOMPARE(approved.approvedAt, std::optional<qint64>(m2));
        QCOMPARE(approved.approvalVote, std::optional<Vote>(Vote::counted(10, 0, 1)));

        Minutes edit = approved;
        edit.closed = QTime(19, 0);
        const auto refused = store.update(edit);
        QVERIFY(!refused);
        QCOMPARE(refused.problems().first().rule, QStringLiteral("R-K"));
        QCOMPARE(store.find(id)->closed, QTime(18, 50));
        QVERIFY(store.correct(id, correction));
        QCOMPARE(store.find(id)->corrections.size(), 1);
        QCOMPARE(store.find(id)->corrections.first().reason, QStringLiteral("Errore materiale"));

        // The schema refuses to change approved minutes whatever the program does.
        QVERIFY(!sql::exec(sql::database(f.archive),
                           QStringLiteral("UPDATE minutes SET closed = '20:00' WHERE id = :id"),
                           {{QStringLiteral("id"), id}}));
        QVERIFY(!sql::exec(sql::database(f.archive),
                           QStringLiteral("DELETE FROM minutes_items WHERE minutes_id = :id"),
                           {{QStringLiteral("id"), id}}));
        QCOMPARE(count(f.archive, QStringLiteral("minutes_items")), 2);
    }

    // The next meeting proposes the approval of the latest minutes awaiting it (R-K).
    void nextMeetingGetsTheApprovalItem_RK()
    {
        ArchiveFixture f;
        const qint64 m1 = heldMeeting(f.archive, first);
        Minutes m;
        m.meetingId = m1;
        QVERIFY(MinutesStore(f.archive).draft(m));
        Meeting next;
        next.date = second;
        next.place = QStringLiteral("Sondrio");
        next.agenda = {QStringLiteral("Bilancio")};
        const qint64 id = MeetingStore(f.archive).addApprovingMinutes(next).value();
        const History h = HistoryStore(f.archive).load();
        QCOMPARE(
            h.meeting(id)->agenda,
            (QStringList {QStringLiteral("Approvazione del verbale della seduta del 12 marzo 2025"),
                          QStringLiteral("Bilancio")}));
    }

    // A working group's meeting: convened with an online link, held ratifying the coordinator,
    // minuted, approved at the group's next meeting, not at the Tavolo's (R-I, R-K).
    void groupMeetingInTheOneModel_RI()
    {
        ArchiveFixture f;
        const qint64 anna = person(f.archive, QStringLiteral("Anna"));
        WorkingGroup g;
        g.name = QStringLiteral("Minori");
        const qint64 group = GroupStore(f.archive).add(g).value();
        QVERIFY(GroupStore(f.archive).addParticipant(group, anna));
        QVERIFY(GroupStore(f.archive).proposeCoordinator(group, anna));
        Meeting gm;
        gm.body = MeetingBody::group(group);
        gm.date = first;
        gm.onlineLink = QStringLiteral("https://meet.example.it/minori");
        gm.agenda = {QStringLiteral("Avvio")};
        MeetingStore meetings(f.archive);
        const qint64 id = meetings.add(gm).value();
        QVERIFY(meetings.convene(id, first.addDays(-7)));
        QVERIFY(meetings.hold(id, {{anna, Attendance::Present}}, true, today));
        History h = HistoryStore(f.archive).load();
        QCOMPARE(h.group(group)->coordinator, std::optional<qint64>(anna));
        QCOMPARE(h.group(group)->meetings.size(), 1);
        QVERIFY(h.meetings.isEmpty()); // not the Tavolo's
        QVERIFY(h.meeting(id)->ratifiedCoordinator);
        QCOMPARE(h.meeting(id)->onlineLink, QStringLiteral("https://meet.example.it/minori"));
        Minutes m;
        m.meetingId = id;
        const qint64 minutes = MinutesStore(f.archive).draft(m).value();
        QCOMPARE(MinutesStore(f.archive).find(minutes)->chair,
                 std::optional<qint64>(anna)); // its coordinator
        const qint64 tavolo = heldMeeting(f.archive, second);
        QCOMPARE(MinutesStore(f.archive).approve(minutes, tavolo, Vote {}).problems().first().rule,
                 QStringLiteral("R-K"));
        const qint64 next = heldMeeting(f.archive, second, MeetingBody::group(group));
        QVERIFY(MinutesStore(f.archive).approve(minutes, next, Vote {}));
        // A Tavolo meeting ratifies no coordinator.
        Meeting t;
        t.date = second;
        t.place = QStringLiteral("Sondrio");
        t.agenda = {QStringLiteral("Uno")};
        const qint64 tid = meetings.add(t).value();
        QVERIFY(meetings.convene(tid, second.addDays(-10)));
        QCOMPARE(meetings.hold(tid, {}, true, today).problems().first().rule,
                 QStringLiteral("R-I"));
    }
};

QTEST_GUILESS_MAIN(TestMinutesStore)
#include "tst_minutesstore.moc"
