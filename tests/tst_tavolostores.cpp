// The stores of the Tavolo's history: each change reads the history, asks the rules and saves in
// one transaction; a refusal leaves the archive as it was; terms are ended, never deleted (R-J).
#include "archivefixture.h"
#include "core/rules/composition.h"
#include "core/storage/designationstore.h"
#include "core/storage/historystore.h"
#include "core/storage/internal/sql.h"
#include "core/storage/meetingstore.h"
#include "core/storage/officestore.h"
#include "core/storage/organisationstore.h"
#include "core/storage/personstore.h"

using namespace tavolo;

class TestTavoloStores : public QObject
{
    Q_OBJECT

    static qint64 person(Archive &a, const QString &family)
    {
        Person p;
        p.givenName = QStringLiteral("Test");
        p.familyName = family;
        return PersonStore(a).add(p).value();
    }
    static qint64 cooperative(Archive &a, const QString &taxCode)
    {
        Organisation o;
        o.name = QStringLiteral("Coop ") + taxCode;
        o.category = Category::SocialCooperative;
        o.taxCode = taxCode;
        return OrganisationStore(a).add(o).value();
    }
    static Designation designation(qint64 org, qint64 who, QDate from)
    {
        return Designation {0,          org,  Category::Other,          who,
                            {from, {}}, from, QStringLiteral("prot. 1")};
    }
    static qint64 rows(Archive &a, const QString &table)
    {
        return sql::scalar(sql::database(a), QStringLiteral("SELECT count(*) FROM ") + table);
    }

private slots:
    void refusedDesignationChangesNothing_RE()
    {
        ArchiveFixture f;
        const qint64 c1 = cooperative(f.archive, QStringLiteral("00095450144"));
        const qint64 c2 = cooperative(f.archive, QStringLiteral("01234567897"));
        const QDate day(2025, 1, 15);
        DesignationStore store(f.archive);
        QVERIFY(store.add(designation(c1, person(f.archive, QStringLiteral("A")), day)).isOk());
        const qint64 ending =
            store.add(designation(c2, person(f.archive, QStringLiteral("B")), day)).value();
        const auto third = designation(c1, person(f.archive, QStringLiteral("C")), day.addDays(10));
        QVERIFY(!store.add(third).isOk());
        QCOMPARE(rows(f.archive, QStringLiteral("designations")), 2);
        // The category comes from the organisation, not from the caller.
        QCOMPARE(HistoryStore(f.archive).load().designations.first().category,
                 Category::SocialCooperative);
        QVERIFY(store.end(ending, day.addDays(30)).isOk());
        Designation later = third;
        later.period.from = day.addDays(31);
        QVERIFY(store.add(later).isOk());
        const History h = HistoryStore(f.archive).load();
        QCOMPARE(h.designations.size(), 3); // the ended term is kept
        QCOMPARE(CompositionRules::compositionOn(h, day.addDays(20)).representatives().size(), 2);
    }

    void newHolderEndsThePreviousTerm_RB()
    {
        ArchiveFixture f;
        OfficeStore store(f.archive);
        const qint64 first = store
                                 .assign({0,
                                          Office::AslDistrictDirector,
                                          person(f.archive, QStringLiteral("Old")),
                                          {QDate(2025, 1, 1), {}}})
                                 .value();
        const auto second = store.assign({0,
                                          Office::AslDistrictDirector,
                                          person(f.archive, QStringLiteral("New")),
                                          {QDate(2026, 3, 1), {}}});
        QVERIFY(second.isOk());
        QCOMPARE(second.warnings().size(), 1);
        const History h = HistoryStore(f.archive).load();
        QCOMPARE(h.officeTerms.size(), 2);
        QCOMPARE(h.officeTerms.first().id, first);
        QCOMPARE(h.officeTerms.first().period.to, QDate(2026, 2, 28));
    }

    void meetingLifecycleAndMaterialsKeptInTheArchive_RC()
    {
        ArchiveFixture f;
        MeetingStore store(f.archive);
        Meeting m;
        m.date = QDate(2025, 3, 12);
        m.time = QTime(16, 30);
        m.place = QStringLiteral("Sondrio");
        const qint64 id = store.add(m).value();
        QVERIFY(!store.convene(id, QDate(2025, 3, 1)).isOk()); // no agenda yet
        QCOMPARE(HistoryStore(f.archive).load().meetings.first().state, MeetingState::Draft);
        const QByteArray pdf("%PDF-1.4 bozza");
        const qint64 material =
            store.addMaterial(id, QStringLiteral("Bozza"), QStringLiteral("bozza.pdf"), pdf)
                .value();
        QCOMPARE(store.materialContent(material), pdf);
        QVERIFY(!store.cancel(id, QString()).isOk());
        QVERIFY(store.cancel(id, QStringLiteral("Sala non disponibile")).isOk());
        const Meeting saved = HistoryStore(f.archive).load().meetings.first();
        QCOMPARE(saved.state, MeetingState::Cancelled);
        QCOMPARE(saved.time, QTime(16, 30));
        QCOMPARE(saved.materials.size(), 1);
    }

    void peopleInTheHistoryCannotBeDeleted_RJ()
    {
        ArchiveFixture f;
        const qint64 who = person(f.archive, QStringLiteral("Holder"));
        QVERIFY(OfficeStore(f.archive)
                    .assign({0, Office::MayorsPresident, who, {QDate(2025, 1, 1), {}}})
                    .isOk());
        const auto removed = PersonStore(f.archive).remove(who);
        QVERIFY(!removed.isOk());
        QCOMPARE(removed.problems().first().rule, QStringLiteral("IN-USE"));
    }
};

QTEST_GUILESS_MAIN(TestTavoloStores)
#include "tst_tavolostores.moc"
