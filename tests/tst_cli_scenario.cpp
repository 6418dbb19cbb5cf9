// The Sondrio scenario end to end through tavolo-cli: offices, eleven representatives, meetings,
// a one-third request and its meeting, an amendment approved by all, a working group — with
// exactly the refusals the rules demand (docs/examples/sondrio-expected.json).
#include "clirunner.h"
#include "testserver.h"

#include <QFile>
#include <QTemporaryDir>

class TestCliScenario : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;
    testserver::Place place {dir.filePath(QStringLiteral("sondrio.sqlite"))};
    QString db() const { return place.location(); }

    static QByteArray example(const QString &name)
    {
        QFile file(QStringLiteral(TAVOLO_EXAMPLES "/") + name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    QJsonObject check(const QString &date, int expectedExit)
    {
        const CliRun run = runCli(
            db(),
            {QStringLiteral("check"), QStringLiteral("--date"), date, QStringLiteral("--json")});
        [&] {
            QCOMPARE(run.exitCode, expectedExit);
        }();
        return QJsonDocument::fromJson(run.out).object();
    }
    static QStringList holders(const QJsonObject &check, const QString &category)
    {
        QStringList names;
        for (const QJsonValue &c : check.value(QStringLiteral("categories")).toArray())
            if (c[QStringLiteral("category")].toString() == category)
                for (const QJsonValue &h : c[QStringLiteral("holders")].toArray())
                    names << h[QStringLiteral("name")].toString();
        return names;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        QCOMPARE(runCli(db(), {QStringLiteral("init")}).exitCode, 0);
    }

    void scenarioRunsWithExactlyTheRefusalsTheRulesDemand()
    {
        const QJsonArray expected =
            QJsonDocument::fromJson(example(QStringLiteral("sondrio-expected.json"))).array();
        const CliRun run = runCli(
            db(),
            {QStringLiteral("apply"), QStringLiteral(TAVOLO_EXAMPLES "/sondrio-scenario.json")});
        QCOMPARE(run.exitCode, 1); // some operations are refused, on purpose
        const QList<QJsonObject> lines = run.lines();
        QCOMPARE(lines.size(), expected.size());
        for (const QJsonObject &line : lines) {
            const int index = line[QStringLiteral("index")].toInt();
            const QString want = expected.at(index).toString();
            QString got = QStringLiteral("ok");
            if (!line[QStringLiteral("ok")].toBool()) {
                QStringList rules;
                for (const QJsonValue &p : line[QStringLiteral("problems")].toArray()) {
                    QVERIFY(!p[QStringLiteral("message")].toString().isEmpty());
                    if (!rules.contains(p[QStringLiteral("rule")].toString()))
                        rules << p[QStringLiteral("rule")].toString();
                }
                got = rules.join(QLatin1Char(','));
            }
            QVERIFY2(got == want,
                     qPrintable(QStringLiteral("operation %1 (%2): %3, expected %4")
                                    .arg(index)
                                    .arg(line[QStringLiteral("op")].toString(), got, want)));
        }
    }

    void checkReportsACleanComposition()
    {
        const QJsonObject c = check(QStringLiteral("2026-11-20"), 0);
        QVERIFY(c[QStringLiteral("clean")].toBool());
        // R-K: every held meeting has its minutes, approved at the following one, but the last
        // one's, which wait for the next meeting (a warning); the group's meeting of
        // 16/11/2026 is still within the notice period for its minutes.
        const QJsonArray problems = c[QStringLiteral("problems")].toArray();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first()[QStringLiteral("rule")].toString(), QStringLiteral("R-K"));
        QCOMPARE(problems.first()[QStringLiteral("severity")].toString(),
                 QStringLiteral("warning"));
        QVERIFY(problems.first()[QStringLiteral("message")].toString().contains(
            QStringLiteral("21/10/2026")));
        const QJsonArray later =
            check(QStringLiteral("2026-11-27"), 0)[QStringLiteral("problems")].toArray();
        QCOMPARE(later.size(), 2); // and now the group's meeting's minutes are missing
        QCOMPARE(c[QStringLiteral("members")].toArray().size(), 15);
        QCOMPARE(c[QStringLiteral("chair")][QStringLiteral("name")].toString(),
                 QStringLiteral("Marco Bianchi"));
        QCOMPARE(c[QStringLiteral("meetingsThisYear")].toInt(), 2);
        QCOMPARE(c[QStringLiteral("regulation")][QStringLiteral("noticeDays")].toInt(), 10);
        QCOMPARE(holders(c, QStringLiteral("social-cooperative")),
                 (QStringList {QStringLiteral("Anna Gallo"), QStringLiteral("Sara De Luca")}));
    }

    void historyAnsweredAsOfAPastDate()
    {
        const QJsonObject c = check(QStringLiteral("2025-11-30"), 0);
        QCOMPARE(holders(c, QStringLiteral("social-cooperative")),
                 (QStringList {QStringLiteral("Anna Gallo"), QStringLiteral("Luca Conti")}));
        QCOMPARE(c[QStringLiteral("regulation")][QStringLiteral("noticeDays")].toInt(), 7);
        const QJsonArray requests = c[QStringLiteral("requests")].toArray();
        QCOMPARE(requests.size(), 1);
        QVERIFY(!requests.first()[QStringLiteral("answeredBy")].isNull());
    }

    void refusalsNameTheirRuleAndSpeakItalian()
    {
        const QByteArray batch = R"([{"op":"request.add","date":"2026-11-20","signatories":[6,8],
                                     "motivation":"Bilancio"}])";
        const CliRun run = runCli(db(), {QStringLiteral("apply"), QStringLiteral("-")}, batch,
                                  QStringLiteral("it"));
        QCOMPARE(run.exitCode, 1);
        const QJsonObject problem =
            run.lines().first()[QStringLiteral("problems")].toArray().first().toObject();
        QCOMPARE(problem[QStringLiteral("rule")].toString(), QStringLiteral("R-D"));
        QVERIFY2(problem[QStringLiteral("message")].toString().contains(
                     QStringLiteral("servono altre 2 firme")),
                 qPrintable(problem[QStringLiteral("message")].toString()));

        // One signature short: the Italian sentence is in the singular.
        const QByteArray oneShort =
            R"([{"op":"request.add","date":"2026-11-20","signatories":[6,8,9],
                                        "motivation":"Bilancio"}])";
        const CliRun one = runCli(db(), {QStringLiteral("apply"), QStringLiteral("-")}, oneShort,
                                  QStringLiteral("it"));
        const QString message = one.lines()
                                    .first()[QStringLiteral("problems")]
                                    .toArray()
                                    .first()
                                    .toObject()[QStringLiteral("message")]
                                    .toString();
        QVERIFY2(message.contains(QStringLiteral("serve ancora 1 firma.")), qPrintable(message));
    }

    void removingAMandatoryOfficeHolderIsNamed()
    {
        qint64 term = 0;
        for (const QJsonValue &o :
             check(QStringLiteral("2026-11-20"), 0)[QStringLiteral("offices")].toArray())
            if (o[QStringLiteral("office")].toString() == QLatin1String("asl-district-director"))
                term = o[QStringLiteral("holder")][QStringLiteral("term")].toInteger();
        QVERIFY(term > 0);
        const QByteArray end =
            QStringLiteral(R"([{"op":"office.end","term":%1,"to":"2026-06-30"}])")
                .arg(term)
                .toUtf8();
        QCOMPARE(runCli(db(), {QStringLiteral("apply"), QStringLiteral("-")}, end).exitCode, 0);
        const QJsonObject c = check(QStringLiteral("2026-11-20"), 1);
        QVERIFY(!c[QStringLiteral("clean")].toBool());
        const QJsonArray problems = c[QStringLiteral("problems")].toArray();
        QCOMPARE(problems.size(), 2); // and the minutes awaiting approval (R-K), a warning
        QCOMPARE(problems.first()[QStringLiteral("rule")].toString(), QStringLiteral("R-B"));
        QCOMPARE(problems.last()[QStringLiteral("rule")].toString(), QStringLiteral("R-K"));
        QVERIFY(problems.first()[QStringLiteral("message")].toString().contains(
            QStringLiteral("District Director")));
        // Before the term ended, the composition was complete.
        QVERIFY(check(QStringLiteral("2026-06-30"), 0)[QStringLiteral("clean")].toBool());
    }

    void anonymisingKeepsTheHistory_GDPR()
    {
        // Anna Gallo (6) still holds a seat: refused. Luca Conti (7) left in January 2026.
        const CliRun refused = runCli(
            db(), {QStringLiteral("person"), QStringLiteral("anonymise"), QStringLiteral("6")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains("IN-USE"));
        QCOMPARE(
            runCli(db(),
                   {QStringLiteral("person"), QStringLiteral("anonymise"), QStringLiteral("7")})
                .exitCode,
            0);
        const QJsonObject c = check(QStringLiteral("2025-11-30"), 0);
        const QStringList names = holders(c, QStringLiteral("social-cooperative"));
        QCOMPARE(names.size(), 2);
        QVERIFY(!names.contains(QStringLiteral("Luca Conti")));
        QVERIFY(names.last().contains(QStringLiteral("7")));
    }
};

QTEST_GUILESS_MAIN(TestCliScenario)
#include "tst_cli_scenario.moc"
