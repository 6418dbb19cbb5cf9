// R-H amendments: approval of every member in office, requirements a–e kept whatever the votes.
#include "core/rules/composition.h"
#include "core/rules/regulationrules.h"
#include "historybuilder.h"

#include <QTest>

using namespace tavolo;

class TestRegulationRules : public QObject
{
    Q_OBJECT
    const QDate from {2025, 1, 1};
    const QDate day {2025, 12, 1};

    HistoryBuilder b;
    QList<qint64> members;

    Amendment amendment() const
    {
        Amendment a;
        a.date = day;
        a.approvals = members;
        return a;
    }

private slots:
    void init()
    {
        b = HistoryBuilder();
        members = b.offices(from) + b.representatives(11, from);
    }

    void approvedByAllTakesEffectOnItsDate()
    {
        Amendment a = amendment();
        a.noticeDays = 10;
        const auto r = RegulationRules::amend(b.h, a);
        QVERIFY2(r.isOk(), qPrintable(describe(r.problems())));
        QCOMPARE(r.value().noticeDays, 10);
        QCOMPARE(r.value().minMeetingsPerYear, 2);
        b.h.amendments << r.value();
        QCOMPARE(CompositionRules::regulationOn(b.h, day.addDays(-1)).noticeDays, 7);
        QCOMPARE(CompositionRules::regulationOn(b.h, day).noticeDays, 10);
    }

    void oneMissingApprovalRefused()
    {
        Amendment a = amendment();
        a.noticeDays = 10;
        a.approvals.removeLast();
        const auto r = RegulationRules::amend(b.h, a);
        QVERIFY(!r.isOk());
        QCOMPARE(refusals(r.problems()), QStringList {QStringLiteral("R-H")});
        QVERIFY(r.problems().first().message.contains(b.h.personName(members.last())));
    }

    void delegateApprovesInTheHoldersPlace()
    {
        const qint64 delegate = b.person(QStringLiteral("Delegate"));
        b.h.delegations << Delegation {500,  Office::AslSocialDirector,  delegate, {from, {}},
                                       from, QStringLiteral("Decreto 1")};
        Amendment a = amendment();
        a.approvals.replace(a.approvals.indexOf(members[2]), delegate);
        QVERIFY(RegulationRules::amend(b.h, a).isOk());
    }

    void requirementsKeptWhateverTheVotes_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("2 meetings a year") << QStringLiteral("meetings2") << true;
        QTest::newRow("1 meeting a year") << QStringLiteral("meetings1") << false;
        QTest::newRow("threshold 1/3") << QStringLiteral("t13") << true;
        QTest::newRow("threshold 1/4") << QStringLiteral("t14") << true;
        QTest::newRow("threshold 2/5") << QStringLiteral("t25") << false;
        QTest::newRow("seats unchanged") << QStringLiteral("seatsSame") << true;
        QTest::newRow("3 co-operative seats") << QStringLiteral("seats3") << false;
        QTest::newRow("chair's office removed") << QStringLiteral("noChair") << false;
    }
    void requirementsKeptWhateverTheVotes()
    {
        QFETCH(QString, change);
        QFETCH(bool, accepted);
        Amendment a = amendment();
        if (change.startsWith(QLatin1String("meetings")))
            a.minMeetingsPerYear = change.right(1).toInt();
        else if (change == QLatin1String("t13"))
            a.threshold = std::pair {1, 3};
        else if (change == QLatin1String("t14"))
            a.threshold = std::pair {1, 4};
        else if (change == QLatin1String("t25"))
            a.threshold = std::pair {2, 5};
        else if (change == QLatin1String("seatsSame"))
            a.seats = QMap<Category, int> {{Category::SocialCooperative, 2}};
        else if (change == QLatin1String("seats3"))
            a.seats = QMap<Category, int> {{Category::SocialCooperative, 3}};
        else
            a.offices = QList<Office> {Office::PlanningOfficeHead, Office::AslSocialDirector,
                                       Office::AslDistrictDirector};
        const auto r = RegulationRules::amend(b.h, a);
        QCOMPARE(r.isOk(), accepted);
        if (!accepted)
            QCOMPARE(refusals(r.problems()), QStringList {QStringLiteral("R-H")});
    }

    void notBeforeAnEarlierVersion_RJ()
    {
        Regulation earlier = Regulation::seed();
        earlier.effective = day.addDays(1);
        b.h.amendments << earlier;
        QCOMPARE(refusals(RegulationRules::amend(b.h, amendment()).problems()),
                 QStringList {QStringLiteral("R-J")});
    }
};

QTEST_GUILESS_MAIN(TestRegulationRules)
#include "tst_regulationrules.moc"
