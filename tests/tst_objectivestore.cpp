// The objectives in the archive (migration 013): an objective with its phases and indicators
// round-trips through HistoryStore; a phase's days and progress change and are audited; a
// value typed in is kept with its day; a refusal (weights, dates, a computed indicator) writes
// nothing, not even an audit row.
#include "archivefixture.h"
#include "core/storage/cyclestore.h"
#include "core/storage/historystore.h"
#include "core/storage/objectivestore.h"
#include "sql.h"

using namespace tavolo;

namespace {

qint64 count(Archive &a, const QString &statement)
{
    return sql::scalar(sql::database(a), statement);
}

qint64 auditRows(Archive &a)
{
    return count(a, QStringLiteral("SELECT count(*) FROM audit"));
}

Objective zn20(std::optional<qint64> cycle)
{
    Objective o;
    o.code = QStringLiteral("2019_ZN20");
    o.title = QStringLiteral("Volontariato e Partecipazione dei cittadini");
    o.type = QStringLiteral("MIGLIORAMENTO");
    o.classification = QStringLiteral("DIREZIONALE");
    o.direction = QStringLiteral("SERVIZI SOCIALI");
    o.director = QStringLiteral("CAVALLERI VINCENZO");
    o.service = QStringLiteral("DIREZIONE SERVIZI SOCIALI");
    o.manager = QStringLiteral("CAVALLERI VINCENZO");
    o.strategicDirection = {QStringLiteral("2019_IND_STRATEG_08"),
                            QStringLiteral("LA PERSONA AL CENTRO")};
    o.strategicObjective = {QStringLiteral("2019_08IS_OB_STR_05"),
                            QStringLiteral("SOSTENERE IL TERZO SETTORE")};
    o.firstYear = o.lastYear = 2019;
    o.description = QStringLiteral("La necessità del sostegno agli enti di volontariato…");
    for (auto [text, weight] :
         {std::pair {"Servizio Civile", 60.0}, std::pair {"Co-progettazione", 40.0}}) {
        ObjectivePhase p;
        p.number = int(o.phases.size()) + 1;
        p.description = QString::fromUtf8(text);
        p.weight = weight;
        p.planned = {QDate(2019, 1, 1), QDate(2019, 12, 31)};
        p.responsible = QStringLiteral("LICITRA ALESSANDRO");
        p.responsibilityCentre = QStringLiteral("DIREZ.SERVIZI SOCIALI");
        o.phases << p;
    }
    Indicator typed;
    typed.number = 1;
    typed.description =
        QStringLiteral("Servizio Civile numero giovani avviati/progetti finanziati");
    typed.type = QStringLiteral("PERFORMANCE");
    typed.expected = *Quantity::parse(QStringLiteral("80/15"));
    Indicator computed;
    computed.number = 2;
    computed.description = QStringLiteral("Realizzazione attività di co-progettazione");
    computed.type = QStringLiteral("RISULTATO");
    computed.expected = Quantity {2, std::nullopt};
    computed.measure = QStringLiteral("co-design-activities");
    computed.cycleId = cycle;
    o.indicators = {typed, computed};
    return o;
}

} // namespace

class TestObjectiveStore : public QObject
{
    Q_OBJECT

private slots:
    void objectiveRoundTrip();
    void refusalsWriteNothing();
    void phaseUpdatedAndAudited();
    void readingKept();
};

void TestObjectiveStore::objectiveRoundTrip()
{
    ArchiveFixture f;
    const qint64 cycle = CycleStore(f.archive)
                             .add(PlanningCycle {0,
                                                 QStringLiteral("2021-2023"),
                                                 {QDate(2021, 1, 1), QDate(2023, 12, 31)},
                                                 {},
                                                 {},
                                                 {}})
                             .value();
    const Objective written = zn20(cycle);
    const auto id = ObjectiveStore(f.archive).add(written);
    QVERIFY2(id, qPrintable(describe(id.problems())));
    const History h = HistoryStore(f.archive).load();
    QCOMPARE(h.objectives.size(), 1);
    Objective read = h.objectives.first();
    QCOMPARE(read.id, id.value());
    QCOMPARE(read.code, written.code);
    QCOMPARE(read.title, written.title);
    QCOMPARE(read.type, written.type);
    QCOMPARE(read.classification, written.classification);
    QCOMPARE(read.direction, written.direction);
    QCOMPARE(read.director, written.director);
    QCOMPARE(read.service, written.service);
    QCOMPARE(read.manager, written.manager);
    QCOMPARE(read.strategicDirection, written.strategicDirection);
    QCOMPARE(read.strategicObjective, written.strategicObjective);
    QCOMPARE(read.firstYear, 2019);
    QCOMPARE(read.lastYear, 2019);
    QCOMPARE(read.description, written.description);
    QCOMPARE(read.phases.size(), 2);
    for (int i = 0; i < 2; ++i) {
        ObjectivePhase expected = written.phases.at(i);
        expected.id = read.phases.at(i).id;
        QVERIFY(expected.id > 0);
        QCOMPARE(read.phases.at(i), expected);
    }
    QCOMPARE(read.indicators.size(), 2);
    for (int i = 0; i < 2; ++i) {
        Indicator expected = written.indicators.at(i);
        expected.id = read.indicators.at(i).id;
        QCOMPARE(read.indicators.at(i), expected);
    }
    QCOMPARE(h.objectiveByCode(QStringLiteral("2019_zn20"))->id, id.value());
    // Audited: the objective, two phases, two indicators.
    for (const char *table : {"objectives", "objective_phases", "objective_indicators"})
        QVERIFY(count(f.archive,
                      QStringLiteral("SELECT count(*) FROM audit WHERE table_name = "
                                     "'%1' AND action = 'insert'")
                          .arg(QLatin1String(table)))
                >= 1);
    QCOMPARE(count(f.archive,
                   QStringLiteral("SELECT count(*) FROM audit WHERE table_name = "
                                  "'objective_phases'")),
             2);
}

void TestObjectiveStore::refusalsWriteNothing()
{
    ArchiveFixture f;
    ObjectiveStore store(f.archive);
    const qint64 before = auditRows(f.archive);
    Objective ninety = zn20(std::nullopt);
    ninety.phases.last().weight = 30;
    const auto refused = store.add(ninety);
    QVERIFY(!refused);
    QCOMPARE(refused.problems().first().rule, QStringLiteral("WEIGHTS"));
    QVERIFY(refused.problems().first().message.contains(QStringLiteral("90")));
    QCOMPARE(auditRows(f.archive), before);
    QCOMPARE(count(f.archive, QStringLiteral("SELECT count(*) FROM objectives")), 0);
    QCOMPARE(count(f.archive, QStringLiteral("SELECT count(*) FROM objective_phases")), 0);

    QVERIFY(store.add(zn20(std::nullopt)));
    const History h = HistoryStore(f.archive).load();
    const qint64 afterAdd = auditRows(f.archive);
    ObjectivePhase late = h.objectives.first().phases.first();
    late.actualStart = QDate(2019, 5, 1);
    late.actualEnd = QDate(2019, 4, 30);
    QVERIFY(!store.updatePhase(late));
    const auto computed = store.record(h.objectives.first().indicators.last().id,
                                       {0, QDate(2019, 12, 31), Quantity {2, std::nullopt}, {}});
    QCOMPARE(computed.problems().first().rule, QStringLiteral("MEASURE"));
    QCOMPARE(auditRows(f.archive), afterAdd);
    QCOMPARE(HistoryStore(f.archive).load().objectives.first().phases.first(),
             h.objectives.first().phases.first());
    QCOMPARE(count(f.archive, QStringLiteral("SELECT count(*) FROM indicator_readings")), 0);
}

void TestObjectiveStore::phaseUpdatedAndAudited()
{
    ArchiveFixture f;
    ObjectiveStore store(f.archive);
    QVERIFY(store.add(zn20(std::nullopt)));
    ObjectivePhase p = HistoryStore(f.archive).load().objectives.first().phases.last();
    p.actualStart = QDate(2019, 2, 1);
    p.progress = 75;
    p.notes = QStringLiteral("Due tavoli avviati");
    p.weight = 99; // not changed by an update
    p.description = QStringLiteral("altro");
    const auto updated = store.updatePhase(p);
    QVERIFY2(updated, qPrintable(describe(updated.problems())));
    QCOMPARE(updated.value(), p.id);
    const Objective o = HistoryStore(f.archive).load().objectives.first();
    QCOMPARE(o.phases.last().actualStart, QDate(2019, 2, 1));
    QVERIFY(o.phases.last().actualEnd.isNull());
    QCOMPARE(o.phases.last().progress, 75.0);
    QCOMPARE(o.phases.last().notes, QStringLiteral("Due tavoli avviati"));
    QCOMPARE(o.phases.last().weight, 40.0);
    QCOMPARE(o.phases.last().description, QStringLiteral("Co-progettazione"));
    QCOMPARE(o.weightedProgress(), 30.0); // 40 × 75%
    QCOMPARE(count(f.archive,
                   QStringLiteral("SELECT count(*) FROM audit WHERE table_name = "
                                  "'objective_phases' AND action = 'update' AND "
                                  "json_extract(after_json, '$.progress') = 75")),
             1);
}

void TestObjectiveStore::readingKept()
{
    ArchiveFixture f;
    ObjectiveStore store(f.archive);
    QVERIFY(store.add(zn20(std::nullopt)));
    const qint64 indicator =
        HistoryStore(f.archive).load().objectives.first().indicators.first().id;
    const auto id = store.record(indicator,
                                 {0, QDate(2019, 12, 31), *Quantity::parse(QStringLiteral("76/14")),
                                  QStringLiteral("dal gestionale")});
    QVERIFY2(id, qPrintable(describe(id.problems())));
    const Indicator i = HistoryStore(f.archive).load().objectives.first().indicators.first();
    QCOMPARE(i.readings.size(), 1);
    QCOMPARE(i.readings.first().id, id.value());
    QCOMPARE(i.readings.first().value.text(), QStringLiteral("76/14"));
    QCOMPARE(i.readings.first().date, QDate(2019, 12, 31));
    QCOMPARE(i.readings.first().note, QStringLiteral("dal gestionale"));
    QCOMPARE(count(f.archive,
                   QStringLiteral("SELECT count(*) FROM audit WHERE table_name = "
                                  "'indicator_readings'")),
             1);
}

QTEST_GUILESS_MAIN(TestObjectiveStore)
#include "tst_objectivestore.moc"
