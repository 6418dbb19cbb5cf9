// The objective of seed 002 (docs/examples/objective-2019-zn20.json) applied through tavolo-cli
// on top of the Sondrio and Casalasco examples: the sheet with its two phases (60 and 40) and
// two indicators, a sheet whose weights add up to 90 refused, phases' actual days and progress,
// a value typed in, a typed value refused for the computed indicator; then `objective show` as
// of several dates, the computed indicator against the co-programming tables' held meetings
// counted by hand below (not copied from a run), and `objective list`.
#include "clirunner.h"

#include <QTemporaryDir>

class TestCliObjective : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;
    QList<QJsonObject> m_lines;

    QString db() const { return dir.filePath(QStringLiteral("objective.sqlite")); }
    CliRun run(const QStringList &arguments) const { return runCli(db(), arguments); }

    QJsonObject shown(const QString &date) const
    {
        const CliRun r =
            run({QStringLiteral("objective"), QStringLiteral("show"), QStringLiteral("2019_ZN20"),
                 QStringLiteral("--date"), date, QStringLiteral("--json")});
        if (r.exitCode != 0)
            return {};
        return QJsonDocument::fromJson(r.out).object();
    }
    static QJsonObject indicator(const QJsonObject &objective, int index)
    {
        return objective[QStringLiteral("indicators")].toArray().at(index).toObject();
    }
    static QList<qint64> countedIds(const QJsonObject &indicator)
    {
        QList<qint64> ids;
        for (const QJsonValue v : indicator[QStringLiteral("measurement")]
                                      .toObject()[QStringLiteral("counted")]
                                      .toArray())
            ids << v[QStringLiteral("id")].toInteger();
        return ids;
    }

private slots:
    void initTestCase();
    void everyResultAsExpected();
    void sheetAsTheSeedWritesIt();
    void phasesAndProgressWeightedByPhase();
    void typedValueAsOfItsDay();
    void computedValueCountedAsOfTwoDates();
    void textAndList();
    void weightsRefusedInItalian();
    void nullClearsAnActualDay();
};

void TestCliObjective::initTestCase()
{
    QVERIFY(dir.isValid());
    QCOMPARE(run({QStringLiteral("init")}).exitCode, 0);
    QCOMPARE(
        run({QStringLiteral("apply"), QStringLiteral(TAVOLO_EXAMPLES "/sondrio-scenario.json")})
            .exitCode,
        1); // refusals on purpose
    QCOMPARE(run({QStringLiteral("apply"), QStringLiteral(TAVOLO_EXAMPLES "/casalasco-cycle.json")})
                 .exitCode,
             1);
    const CliRun applied =
        run({QStringLiteral("apply"), QStringLiteral(TAVOLO_EXAMPLES "/objective-2019-zn20.json")});
    QCOMPARE(applied.exitCode, 1);
    m_lines = applied.lines();
}

void TestCliObjective::everyResultAsExpected()
{
    // ok, or the rule of the refusal: written from the example and the rules.
    const QStringList expected {
        QStringLiteral("ok"), // 0 Anna Pini of Nazareth (by its tax code)
        QStringLiteral("ok"), // 1 Marco Bernardi of Il Cerchio
        QStringLiteral("ok"), // 2 Pini takes part in Vita indipendente (table 5)
        QStringLiteral("ok"), // 3 Bernardi in Politiche abitative (table 6)
        QStringLiteral("ok"), // 4 Vita indipendente meets on 08/11/2021
        QStringLiteral("ok"), // 5 Politiche abitative on 15/11/2021
        QStringLiteral("ok"), // 6 and on 07/02/2022
        QStringLiteral("ok"), // 7-9 all three held
        QStringLiteral("ok"),      QStringLiteral("ok"),
        QStringLiteral("WEIGHTS"), // 10 weights 60 + 30
        QStringLiteral("ok"), // 11 the seed's sheet, 60 + 40
        QStringLiteral("ok"), // 12 phase 1 done
        QStringLiteral("ok"), // 13 phase 2 half done
        QStringLiteral("DATES"), // 14 phase 2 ending before it started
        QStringLiteral("ok"), // 15 76/14 typed in
        QStringLiteral("MEASURE"), // 16 a value typed for the computed indicator
    };
    QCOMPARE(m_lines.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const QJsonObject line = m_lines.at(i);
        const QString got = line[QStringLiteral("ok")].toBool()
            ? QStringLiteral("ok")
            : line[QStringLiteral("problems")].toArray().first()[QStringLiteral("rule")].toString();
        QVERIFY2(
            got == expected.at(i),
            qPrintable(
                QStringLiteral("operation %1: %2, expected %3").arg(i).arg(got, expected.at(i))));
    }
    QCOMPARE(m_lines.at(10)[QStringLiteral("problems")]
                 .toArray()
                 .first()[QStringLiteral("message")]
                 .toString(),
             QStringLiteral("The weights of the phases add up to 90; they must add up to 100."));
}

void TestCliObjective::sheetAsTheSeedWritesIt()
{
    const QJsonObject o = shown(QStringLiteral("2021-12-31"));
    QCOMPARE(o[QStringLiteral("code")].toString(), QStringLiteral("2019_ZN20"));
    QCOMPARE(o[QStringLiteral("type")].toString(), QStringLiteral("MIGLIORAMENTO"));
    QCOMPARE(o[QStringLiteral("classification")].toString(), QStringLiteral("DIREZIONALE"));
    QCOMPARE(o[QStringLiteral("manager")].toString(), QStringLiteral("CAVALLERI VINCENZO"));
    QCOMPARE(o[QStringLiteral("strategicObjective")][QStringLiteral("title")].toString(),
             QStringLiteral("SOSTENERE IL TERZO SETTORE"));
    QCOMPARE(o[QStringLiteral("year")].toInt(), 2019);
    QVERIFY(o[QStringLiteral("description")].toString().contains(QStringLiteral("art.118")));
    QCOMPARE(indicator(o, 0)[QStringLiteral("expected")].toString(), QStringLiteral("80/15"));
    QCOMPARE(indicator(o, 0)[QStringLiteral("type")].toString(), QStringLiteral("PERFORMANCE"));
    QCOMPARE(indicator(o, 1)[QStringLiteral("expected")].toString(), QStringLiteral("2"));
    QCOMPARE(indicator(o, 1)[QStringLiteral("measure")].toString(),
             QStringLiteral("co-design-activities"));
}

void TestCliObjective::phasesAndProgressWeightedByPhase()
{
    const QJsonObject o = shown(QStringLiteral("2021-12-31"));
    const QJsonArray phases = o[QStringLiteral("phases")].toArray();
    QCOMPARE(phases.size(), 2);
    QCOMPARE(phases.at(0)[QStringLiteral("weight")].toDouble(), 60.0);
    QCOMPARE(phases.at(1)[QStringLiteral("weight")].toDouble(), 40.0);
    QCOMPARE(phases.at(0)[QStringLiteral("actualEnd")].toString(), QStringLiteral("2019-12-20"));
    QCOMPARE(phases.at(1)[QStringLiteral("actualStart")].toString(), QStringLiteral("2019-02-01"));
    // The refused update (ending on 31/01, before the start) changed nothing.
    QVERIFY(phases.at(1)[QStringLiteral("actualEnd")].isNull());
    QCOMPARE(phases.at(1)[QStringLiteral("responsible")].toString(),
             QStringLiteral("LICITRA ALESSANDRO"));
    // By hand: 60 × 100% + 40 × 50% = 80.
    QCOMPARE(o[QStringLiteral("progress")].toDouble(), 80.0);
}

void TestCliObjective::typedValueAsOfItsDay()
{
    QCOMPARE(indicator(shown(QStringLiteral("2021-12-31")), 0)[QStringLiteral("actual")].toString(),
             QStringLiteral("76/14"));
    QVERIFY(indicator(shown(QStringLiteral("2019-12-30")), 0)[QStringLiteral("actual")].isNull());
}

void TestCliObjective::computedValueCountedAsOfTwoDates()
{
    // Co-programming tables with a held meeting in the date's year, counted by hand from the
    // example: in 2021 Vita indipendente (08/11) and Politiche abitative (15/11); in 2022 up to
    // 30 June only Politiche abitative (07/02). The Casalasco example holds none of its own.
    const QJsonObject y2021 = indicator(shown(QStringLiteral("2021-12-31")), 1);
    QCOMPARE(y2021[QStringLiteral("actual")].toString(), QStringLiteral("2"));
    QCOMPARE(countedIds(y2021), (QList<qint64> {5, 6}));
    QVERIFY(y2021[QStringLiteral("readings")].toArray().isEmpty());
    const QJsonObject y2022 = indicator(shown(QStringLiteral("2022-06-30")), 1);
    QCOMPARE(y2022[QStringLiteral("actual")].toString(), QStringLiteral("1"));
    QCOMPARE(countedIds(y2022), (QList<qint64> {6}));
    QVERIFY(
        y2022[QStringLiteral("measurement")][QStringLiteral("counted")][0][QStringLiteral("detail")]
            .toString()
            .contains(QStringLiteral("07/02/2022")));
    // The day before the first meeting: none.
    QCOMPARE(indicator(shown(QStringLiteral("2021-11-07")), 1)[QStringLiteral("actual")].toString(),
             QStringLiteral("0"));
}

void TestCliObjective::textAndList()
{
    const CliRun text =
        run({QStringLiteral("objective"), QStringLiteral("show"), QStringLiteral("2019_ZN20"),
             QStringLiteral("--date"), QStringLiteral("2021-12-31")});
    QCOMPARE(text.exitCode, 0);
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.contains(QStringLiteral("expected 80/15, actual 76/14")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("expected 2, actual 2")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("weighted by phase: 80%")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Politiche abitative (Agenzia per i servizi abitativi)")),
             qPrintable(out));
    const CliRun list = run({QStringLiteral("objective"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    const QStringList lines =
        QString::fromUtf8(list.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1); // 2019_ZN99 was refused
    QVERIFY(lines.first().startsWith(QStringLiteral("2019_ZN20\t2019\t")));
    QCOMPARE(run({QStringLiteral("objective"), QStringLiteral("show"), QStringLiteral("2019_ZN99")})
                 .exitCode,
             1);
    const CliRun measures =
        run({QStringLiteral("objective"), QStringLiteral("measures"), QStringLiteral("--json")});
    QCOMPARE(measures.array().size(), 6);
}

void TestCliObjective::weightsRefusedInItalian()
{
    const QByteArray batch = R"([{"op": "objective.add", "code": "2020_X1", "title": "Prova",
        "year": 2020, "phases": [
        {"description": "A", "weight": 50, "plannedStart": "2020-01-01", "plannedEnd": "2020-06-30"},
        {"description": "B", "weight": 40, "plannedStart": "2020-07-01", "plannedEnd": "2020-12-31"}]}])";
    const CliRun r =
        runCli(db(), {QStringLiteral("apply"), QStringLiteral("-")}, batch, QStringLiteral("it"));
    QCOMPARE(r.exitCode, 1);
    const QString message = r.lines()
                                .first()[QStringLiteral("problems")]
                                .toArray()
                                .first()[QStringLiteral("message")]
                                .toString();
    QVERIFY2(message.contains(QStringLiteral("sommano a 90")), qPrintable(message));
}

// Last: it changes the example. A null actual end clears it; a null planned end is refused.
void TestCliObjective::nullClearsAnActualDay()
{
    const QByteArray batch = R"([
        {"op": "phase.update", "objective": "2019_ZN20", "phase": 1, "actualEnd": null},
        {"op": "phase.update", "objective": "2019_ZN20", "phase": 1, "plannedEnd": null}])";
    const CliRun r = runCli(db(), {QStringLiteral("apply"), QStringLiteral("-")}, batch);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.lines().first()[QStringLiteral("ok")].toBool());
    QVERIFY(!r.lines().last()[QStringLiteral("ok")].toBool());
    const QJsonArray phases =
        shown(QStringLiteral("2021-12-31"))[QStringLiteral("phases")].toArray();
    QVERIFY(phases.at(0)[QStringLiteral("actualEnd")].isNull());
    QCOMPARE(phases.at(0)[QStringLiteral("actualStart")].toString(), QStringLiteral("2019-01-15"));
    QCOMPARE(phases.at(0)[QStringLiteral("plannedEnd")].toString(), QStringLiteral("2019-12-31"));
}

QTEST_GUILESS_MAIN(TestCliObjective)
#include "tst_cli_objective.moc"
