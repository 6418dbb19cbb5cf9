// The narrow store methods behind the screens' undo: agenda edits of a draft meeting (R-C),
// throwing a draft away, and revoking a designation nothing rests on yet (R-J).
#include "archivefixture.h"
#include "core/operations/batch.h"
#include "core/storage/designationstore.h"
#include "core/storage/historystore.h"
#include "core/storage/meetingstore.h"
#include "core/storage/requeststore.h"

using namespace tavolo;

class TestStoreUndo : public QObject
{
    Q_OBJECT

    static qint64 draft(Archive &archive)
    {
        Meeting m;
        m.date = QDate(2026, 12, 10);
        m.place = QStringLiteral("Sondrio");
        m.agenda = {QStringLiteral("Uno"), QStringLiteral("Due"), QStringLiteral("Tre")};
        const auto added = MeetingStore(archive).add(m);
        return added ? added.value() : 0;
    }
    static QStringList agenda(Archive &archive, qint64 id)
    {
        return HistoryStore(archive).load().meeting(id)->agenda;
    }

private slots:
    void agendaOfADraftCanBeEdited_RC()
    {
        ArchiveFixture f;
        const qint64 id = draft(f.archive);
        QVERIFY(id);
        MeetingStore store(f.archive);
        QVERIFY(store.addAgendaItem(id, QStringLiteral(" Varie "), 2));
        QCOMPARE(agenda(f.archive, id),
                 (QStringList {QStringLiteral("Uno"), QStringLiteral("Varie"),
                               QStringLiteral("Due"), QStringLiteral("Tre")}));
        QVERIFY(store.addAgendaItem(id, QStringLiteral("Ultimo")));
        QCOMPARE(agenda(f.archive, id).last(), QStringLiteral("Ultimo"));
        QVERIFY(store.moveAgendaItem(id, 5, 1));
        QCOMPARE(agenda(f.archive, id).first(), QStringLiteral("Ultimo"));
        QVERIFY(store.removeAgendaItem(id, 1));
        QCOMPARE(agenda(f.archive, id),
                 (QStringList {QStringLiteral("Uno"), QStringLiteral("Varie"),
                               QStringLiteral("Due"), QStringLiteral("Tre")}));
    }

    void badAgendaEditsChangeNothing()
    {
        ArchiveFixture f;
        const qint64 id = draft(f.archive);
        MeetingStore store(f.archive);
        const QStringList before = agenda(f.archive, id);
        QVERIFY(!store.removeAgendaItem(id, 4));
        QVERIFY(!store.removeAgendaItem(id, 0));
        QVERIFY(!store.moveAgendaItem(id, 1, 9));
        QVERIFY(!store.addAgendaItem(id, QStringLiteral("   ")));
        QVERIFY(!store.addAgendaItem(999, QStringLiteral("x")));
        QCOMPARE(agenda(f.archive, id), before);
    }

    void agendaOfAConvenedMeetingIsFixed_RC()
    {
        ArchiveFixture f;
        const qint64 id = draft(f.archive);
        MeetingStore store(f.archive);
        QVERIFY(store.convene(id, QDate(2026, 11, 20)));
        const auto refused = store.addAgendaItem(id, QStringLiteral("Tardi"));
        QVERIFY(!refused);
        QCOMPARE(refused.problems().first().rule, QStringLiteral("R-C"));
        QVERIFY(!store.moveAgendaItem(id, 1, 2));
        QCOMPARE(agenda(f.archive, id).size(), 3);
        // A convened meeting is cancelled, never thrown away (R-J).
        QVERIFY(!store.discard(id));
        QVERIFY(HistoryStore(f.archive).load().meeting(id));
    }

    void aDraftCanBeThrownAway()
    {
        ArchiveFixture f;
        const qint64 id = draft(f.archive);
        QVERIFY(MeetingStore(f.archive).discard(id));
        QVERIFY(!HistoryStore(f.archive).load().meeting(id));
    }

    void anInvitationCanBeWithdrawnUntilTheMeetingIsHeld_RF()
    {
        ArchiveFixture f;
        const auto ops = Batch::parse(R"([
            {"op": "person.add", "givenName": "Ospite", "familyName": "Esterno"}
        ])");
        QVERIFY(ops);
        qint64 guest = 0;
        Batch(f.archive).run(ops.value(), [&](const OperationResult &r) {
            guest = r.outcome ? r.outcome.value() : 0;
        });
        const auto refusedWith = [](const Result<qint64> &r, const QString &words) {
            return !r && r.problems().first().rule == QStringLiteral("R-F")
                && r.problems().first().message.contains(words);
        };
        const Guest expert {guest, QStringLiteral("Esperto del tema")};
        const qint64 id = draft(f.archive);
        MeetingStore store(f.archive);
        const auto guests = [&] {
            return HistoryStore(f.archive).load().meeting(id)->guests.size();
        };
        // A draft: withdrawn, and not twice.
        const auto invited = store.invite(id, expert);
        QVERIFY2(invited, qPrintable(describe(invited.problems())));
        QVERIFY(store.uninvite(id, guest));
        QCOMPARE(guests(), 0);
        QVERIFY(refusedWith(store.uninvite(id, guest), QStringLiteral("is not a guest")));
        // Convened: still withdrawn.
        QVERIFY(store.invite(id, expert));
        QVERIFY(store.convene(id, QDate(2026, 11, 20)));
        QVERIFY(store.uninvite(id, guest));
        QCOMPARE(guests(), 0);
        // Held: the guests are part of the record.
        QVERIFY(store.invite(id, expert));
        const auto held = store.hold(id, {{guest, Attendance::Present}}, QDate(2026, 12, 10));
        QVERIFY2(held, qPrintable(describe(held.problems())));
        QVERIFY(
            refusedWith(store.uninvite(id, guest), QStringLiteral("already held or cancelled")));
        QCOMPARE(guests(), 1);
        // Cancelled: the same.
        const qint64 cancelled = draft(f.archive);
        QVERIFY(store.invite(cancelled, expert));
        QVERIFY(store.cancel(cancelled, QStringLiteral("Rinviata")));
        QVERIFY(refusedWith(store.uninvite(cancelled, guest),
                            QStringLiteral("already held or cancelled")));
        QCOMPARE(HistoryStore(f.archive).load().meeting(cancelled)->guests.size(), 1);
    }

    void revokeOnlyWhileNothingRestsOnIt_RJ()
    {
        ArchiveFixture f;
        QList<qint64> ids;
        const auto ops = Batch::parse(R"([
            {"op": "org.add", "name": "Coop Uno", "category": "social-cooperative",
             "taxCode": "93000010004"},
            {"op": "org.add", "name": "ODV Due", "category": "volunteer-organisation",
             "taxCode": "93000011119"},
            {"op": "person.add", "givenName": "Anna", "familyName": "Uno"},
            {"op": "person.add", "givenName": "Bruno", "familyName": "Due"}
        ])");
        QVERIFY(ops);
        Batch(f.archive).run(ops.value(), [&](const OperationResult &r) {
            ids << (r.outcome ? r.outcome.value() : 0);
        });
        QCOMPARE(ids.size(), 4);
        DesignationStore store(f.archive);
        const auto designate = [&](qint64 org, qint64 person) {
            Designation d;
            d.organisationId = org;
            d.personId = person;
            d.period = {QDate(2025, 1, 15), {}};
            d.actDate = QDate(2025, 1, 10);
            d.actReference = QStringLiteral("prot. 1/2025");
            return store.add(d);
        };
        const auto first = designate(ids.at(0), ids.at(2));
        const auto second = designate(ids.at(1), ids.at(3));
        QVERIFY(first && second);

        // Anna signs a request while in office: her designation is now history.
        ConvocationRequest r;
        r.date = QDate(2025, 3, 1);
        r.signatories = {ids.at(2)};
        r.motivation = QStringLiteral("Urgente");
        const auto request = RequestStore(f.archive).add(r);
        QVERIFY2(request, qPrintable(describe(request.problems())));
        const auto refused = store.revoke(first.value());
        QVERIFY(!refused);
        QCOMPARE(refused.problems().first().rule, QStringLiteral("R-J"));

        // Bruno has not signed anything: his designation can still be taken back.
        QVERIFY(store.revoke(second.value()));
        const History h = HistoryStore(f.archive).load();
        QCOMPARE(h.designations.size(), 1);
        QVERIFY(!store.revoke(second.value())); // already gone
    }
};

QTEST_GUILESS_MAIN(TestStoreUndo)
#include "tst_store_undo.moc"
