// R-D requests to convene: one third of the TS representatives in office, motivated, distinct.
#include "core/rules/requestrules.h"
#include "historybuilder.h"

#include <QTest>

using namespace tavolo;

class TestRequestRules : public QObject
{
    Q_OBJECT
    const QDate from {2025, 1, 1};
    const QDate day {2025, 5, 10};

    ConvocationRequest request(const QList<qint64> &signatories)
    {
        return {0, day, signatories, QStringLiteral("Fondo povertà")};
    }

private slots:
    void threshold_data()
    {
        QTest::addColumn<int>("representatives");
        QTest::addColumn<int>("signatories");
        QTest::addColumn<bool>("valid");
        QTest::newRow("3 of 9 accepted") << 9 << 3 << true;
        QTest::newRow("3 of 10 refused") << 10 << 3 << false;
        QTest::newRow("4 of 10 accepted") << 10 << 4 << true;
        QTest::newRow("3 of 11 refused") << 11 << 3 << false;
        QTest::newRow("4 of 11 accepted") << 11 << 4 << true;
        QTest::newRow("1 of 1 accepted") << 1 << 1 << true;
    }
    void threshold()
    {
        QFETCH(int, representatives);
        QFETCH(int, signatories);
        QFETCH(bool, valid);
        HistoryBuilder b;
        b.offices(from);
        const QList<qint64> reps = b.representatives(representatives, from);
        const Problems problems = RequestRules::problems(b.h, request(reps.mid(0, signatories)));
        QCOMPARE(problems.isEmpty(), valid);
        if (!valid)
            QCOMPARE(refusals(problems), QStringList {QStringLiteral("R-D")});
    }

    void institutionalMembersDoNotCount()
    {
        HistoryBuilder b;
        const QList<qint64> institutional = b.offices(from);
        const QList<qint64> reps = b.representatives(9, from);
        const Problems problems =
            RequestRules::problems(b.h, request({reps[0], reps[1], institutional[0]}));
        QCOMPARE(refusals(problems), QStringList {QStringLiteral("R-D")});
        QVERIFY(problems.first().message.contains(b.h.personName(institutional[0])));
    }

    void representativeNoLongerInOfficeDoesNotCount()
    {
        HistoryBuilder b;
        const QList<qint64> reps = b.representatives(9, from);
        b.h.designations[2].period.to = day.addDays(-1);
        QCOMPARE(refusals(RequestRules::problems(b.h, request(reps.mid(0, 3)))),
                 QStringList {QStringLiteral("R-D")});
    }

    void signatoryTwiceAndEmptyMotivationRefused()
    {
        HistoryBuilder b;
        const QList<qint64> reps = b.representatives(9, from);
        QCOMPARE(refusals(RequestRules::problems(b.h, request({reps[0], reps[1], reps[1]}))),
                 QStringList {QStringLiteral("R-D")});
        ConvocationRequest r = request(reps.mid(0, 3));
        r.motivation = QStringLiteral("   ");
        QCOMPARE(refusals(RequestRules::problems(b.h, r)), QStringList {QStringLiteral("R-D")});
    }

    void openUntilARequestedMeetingIsConvened()
    {
        HistoryBuilder b;
        const QList<qint64> reps = b.representatives(9, from);
        ConvocationRequest r = request(reps.mid(0, 3));
        r.id = 99;
        b.h.requests << r;
        RequestStatus s = RequestRules::status(b.h, r, day.addDays(30));
        QVERIFY(!s.answeredBy);
        QVERIFY(!s.overdue); // the 30th day is still in time
        QCOMPARE(s.daysLeft, 0);
        QVERIFY(RequestRules::status(b.h, r, day.addDays(31)).overdue);

        Meeting &m = b.meeting(day.addDays(40), MeetingState::Convened);
        m.kind = MeetingKind::Requested;
        m.requestId = r.id;
        m.convenedOn = day.addDays(20);
        s = RequestRules::status(b.h, r, day.addDays(31));
        QCOMPARE(s.answeredBy, std::optional<qint64>(m.id));
        QVERIFY(!s.overdue);
    }
};

QTEST_GUILESS_MAIN(TestRequestRules)
#include "tst_requestrules.moc"
