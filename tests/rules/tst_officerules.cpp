// R-A chair, R-B mandatory members: one holder and one delegate at a time, delegation by act.
#include "core/rules/composition.h"
#include "core/rules/officerules.h"
#include "historybuilder.h"

#include <QTest>

using namespace tavolo;

class TestOfficeRules : public QObject
{
    Q_OBJECT
    const QDate from {2025, 1, 1};

    Delegation delegation(Office office, qint64 delegate, QDate start) const
    {
        return {0, office, delegate, {start, {}}, start, QStringLiteral("Decreto 45/2025")};
    }

private slots:
    void noDelegateForThePlanningOfficeHead_RB()
    {
        HistoryBuilder b;
        b.offices(from);
        const qint64 d = b.person(QStringLiteral("Delegate"));
        QCOMPARE(
            refusals(OfficeRules::delegate(b.h, delegation(Office::PlanningOfficeHead, d, from))
                         .problems()),
            QStringList {QStringLiteral("R-B")});
        QVERIFY(OfficeRules::delegate(b.h, delegation(Office::AslSocialDirector, d, from)).isOk());
        QVERIFY(OfficeRules::delegate(b.h, delegation(Office::MayorsPresident, d, from)).isOk());
    }

    void delegationNeedsActAndHolder_RA()
    {
        HistoryBuilder b;
        const qint64 d = b.person(QStringLiteral("Delegate"));
        QCOMPARE(refusals(OfficeRules::delegate(b.h, delegation(Office::MayorsPresident, d, from))
                              .problems()),
                 QStringList {QStringLiteral("R-A")});
        b.office(Office::MayorsPresident, b.person(QStringLiteral("Presidente")), from);
        Delegation noAct = delegation(Office::MayorsPresident, d, from);
        noAct.actReference.clear();
        QVERIFY(!OfficeRules::delegate(b.h, noAct).isOk());
    }

    void delegateSitsInTheHoldersPlace_RA()
    {
        HistoryBuilder b;
        const QList<qint64> holders = b.offices(from);
        const qint64 d = b.person(QStringLiteral("Vice"));
        b.h.delegations << Delegation {90,   Office::MayorsPresident, d, {QDate(2025, 6, 1), {}},
                                       from, QStringLiteral("x")};
        QCOMPARE(CompositionRules::compositionOn(b.h, QDate(2025, 5, 31)).chair(),
                 std::optional<qint64>(holders[0]));
        QCOMPARE(CompositionRules::compositionOn(b.h, QDate(2025, 6, 1)).chair(),
                 std::optional<qint64>(d));
    }

    void newHolderEndsTheOpenTermBefore()
    {
        HistoryBuilder b;
        const qint64 first =
            b.office(Office::AslDistrictDirector, b.person(QStringLiteral("Old")), from);
        const auto r = OfficeRules::assign(b.h,
                                           {0,
                                            Office::AslDistrictDirector,
                                            b.person(QStringLiteral("New")),
                                            {QDate(2026, 3, 1), {}}});
        QVERIFY(r.isOk());
        QCOMPARE(r.value().ends, std::optional<qint64>(first));
        QCOMPARE(r.value().endsOn, QDate(2026, 2, 28));
        QCOMPARE(warnings(r.problems()), QStringList {QStringLiteral("R-B")});
    }

    void overlappingClosedTermRefused()
    {
        HistoryBuilder b;
        b.office(Office::MayorsPresident, b.person(QStringLiteral("Old")), from,
                 QDate(2025, 12, 31));
        const qint64 next = b.person(QStringLiteral("New"));
        QCOMPARE(refusals(OfficeRules::assign(
                              b.h, {0, Office::MayorsPresident, next, {QDate(2025, 12, 31), {}}})
                              .problems()),
                 QStringList {QStringLiteral("R-A")});
        QVERIFY(
            OfficeRules::assign(b.h, {0, Office::MayorsPresident, next, {QDate(2026, 1, 1), {}}})
                .isOk());
    }
};

QTEST_GUILESS_MAIN(TestOfficeRules)
#include "tst_officerules.moc"
