// The objectives (seed 002): the phases' weights must add up to 100 (refused otherwise, saying
// the sum), a phase's dates in order, typed values shaped like the expected one, computed
// indicators not typed in; the progress weighted by phase; an indicator's value as of a date.
#include "core/rules/objectiverules.h"
#include "historybuilder.h"

#include <QTest>

using namespace tavolo;

namespace {

ObjectivePhase phase(int number, double weight, QDate from = QDate(2019, 1, 1),
                     QDate to = QDate(2019, 12, 31))
{
    ObjectivePhase p;
    p.id = 100 + number;
    p.number = number;
    p.description = QStringLiteral("Fase %1").arg(number);
    p.weight = weight;
    p.planned = {from, to};
    return p;
}

Indicator indicator(int number, const QString &expected, const QString &measure = {})
{
    Indicator i;
    i.id = 200 + number;
    i.number = number;
    i.description = QStringLiteral("Indicatore %1").arg(number);
    i.type = QStringLiteral("RISULTATO");
    i.expected = *Quantity::parse(expected);
    i.measure = measure;
    return i;
}

Objective sheet(QList<ObjectivePhase> phases)
{
    Objective o;
    o.id = 1;
    o.code = QStringLiteral("2019_ZN20");
    o.title = QStringLiteral("Volontariato e Partecipazione dei cittadini");
    o.firstYear = o.lastYear = 2019;
    o.phases = std::move(phases);
    o.indicators = {indicator(1, QStringLiteral("80/15")),
                    indicator(2, QStringLiteral("2"), QStringLiteral("co-design-activities"))};
    return o;
}

} // namespace

class TestObjectiveRules : public QObject
{
    Q_OBJECT

private slots:
    void quantitiesParse();
    void weightsAddingTo100Accepted();
    void weightsNotAddingTo100RefusedSayingTheSum();
    void phaseDatesOutOfOrderRefused();
    void codeUniqueAndSheetComplete();
    void indicatorMeasureChecked();
    void readingsShapedLikeExpected();
    void progressWeightedByPhase();
    void valueAsOfDate();
};

void TestObjectiveRules::quantitiesParse()
{
    QCOMPARE(*Quantity::parse(QStringLiteral("80/15")), (Quantity {80, 15.0}));
    QCOMPARE(*Quantity::parse(QStringLiteral(" 80 / 15 ")), (Quantity {80, 15.0}));
    QCOMPARE(*Quantity::parse(QStringLiteral("2")), (Quantity {2, std::nullopt}));
    QCOMPARE(*Quantity::parse(QStringLiteral("2,5")), (Quantity {2.5, std::nullopt}));
    QCOMPARE(Quantity::parse(QStringLiteral("80/15"))->text(), QStringLiteral("80/15"));
    QCOMPARE(Quantity::parse(QStringLiteral("2,5"))->text(), QStringLiteral("2.5"));
    QVERIFY(!Quantity::parse(QStringLiteral("")));
    QVERIFY(!Quantity::parse(QStringLiteral("due")));
    QVERIFY(!Quantity::parse(QStringLiteral("1/2/3")));
    QVERIFY(!Quantity::parse(QStringLiteral("-1")));
}

void TestObjectiveRules::weightsAddingTo100Accepted()
{
    const History h;
    QCOMPARE(ObjectiveRules::addProblems(h, sheet({phase(1, 60), phase(2, 40)})), Problems {});
    QCOMPARE(ObjectiveRules::addProblems(h, sheet({phase(1, 100)})), Problems {});
    // Two decimals, as the sheet writes them (33,33 + 33,33 + 33,34).
    QCOMPARE(
        ObjectiveRules::addProblems(h, sheet({phase(1, 33.33), phase(2, 33.33), phase(3, 33.34)})),
        Problems {});
}

void TestObjectiveRules::weightsNotAddingTo100RefusedSayingTheSum()
{
    const History h;
    const Problems ninety = ObjectiveRules::addProblems(h, sheet({phase(1, 60), phase(2, 30)}));
    QCOMPARE(refusals(ninety), QStringList {QStringLiteral("WEIGHTS")});
    QCOMPARE(ninety.first().message,
             QStringLiteral("The weights of the phases add up to 90; they must add up to 100."));
    const Problems over = ObjectiveRules::addProblems(h, sheet({phase(1, 60), phase(2, 40.5)}));
    QVERIFY(over.first().message.contains(QStringLiteral("add up to 100.5;")));
    const Problems none = ObjectiveRules::addProblems(h, sheet({}));
    QVERIFY(none.first().message.contains(QStringLiteral("add up to 0;")));
    // A phase of weight 0 is refused on its own, even when the others add up to 100.
    QVERIFY(refusals(ObjectiveRules::addProblems(h, sheet({phase(1, 100), phase(2, 0)})))
                .contains(QStringLiteral("WEIGHTS")));
}

void TestObjectiveRules::phaseDatesOutOfOrderRefused()
{
    History h;
    h.objectives << sheet({phase(1, 60), phase(2, 40)});
    ObjectivePhase p = h.objectives.first().phases.first();
    QCOMPARE(ObjectiveRules::phaseProblems(h, p), Problems {});
    // Planned end the day before the start: refused; the same day: accepted.
    p.planned = {QDate(2019, 6, 1), QDate(2019, 5, 31)};
    const Problems planned = ObjectiveRules::phaseProblems(h, p);
    QCOMPARE(refusals(planned), QStringList {QStringLiteral("DATES")});
    QVERIFY(planned.first().message.contains(QStringLiteral("31/05/2019")));
    p.planned = {QDate(2019, 6, 1), QDate(2019, 6, 1)};
    QCOMPARE(ObjectiveRules::phaseProblems(h, p), Problems {});
    // Actual end before the actual start, or without one.
    p.actualStart = QDate(2019, 3, 1);
    p.actualEnd = QDate(2019, 2, 28);
    QCOMPARE(refusals(ObjectiveRules::phaseProblems(h, p)), QStringList {QStringLiteral("DATES")});
    p.actualEnd = QDate(2019, 3, 1);
    QCOMPARE(ObjectiveRules::phaseProblems(h, p), Problems {});
    p.actualStart = QDate();
    QCOMPARE(refusals(ObjectiveRules::phaseProblems(h, p)), QStringList {QStringLiteral("DATES")});
    // Progress is a percent.
    p.actualStart = QDate(2019, 3, 1);
    p.progress = 100;
    QCOMPARE(ObjectiveRules::phaseProblems(h, p), Problems {});
    p.progress = 101;
    QCOMPARE(refusals(ObjectiveRules::phaseProblems(h, p)), QStringList {QStringLiteral("INPUT")});
    // At add time too.
    QCOMPARE(refusals(ObjectiveRules::addProblems(
                 History {},
                 sheet({phase(1, 60, QDate(2019, 12, 31), QDate(2019, 1, 1)), phase(2, 40)}))),
             QStringList {QStringLiteral("DATES")});
    // An unknown phase.
    p.id = 999;
    QCOMPARE(refusals(ObjectiveRules::phaseProblems(h, p)),
             QStringList {QStringLiteral("NOT-FOUND")});
}

void TestObjectiveRules::codeUniqueAndSheetComplete()
{
    History h;
    h.objectives << sheet({phase(1, 100)});
    Objective again = sheet({phase(1, 100)});
    again.code = QStringLiteral("2019_zn20 ");
    const Problems twice = ObjectiveRules::addProblems(h, again);
    QCOMPARE(refusals(twice), QStringList {QStringLiteral("DUPLICATE")});
    QVERIFY(twice.first().message.contains(QStringLiteral("Volontariato")));
    Objective bare = sheet({phase(1, 100)});
    bare.code.clear();
    bare.title = QStringLiteral(" ");
    bare.lastYear = 2018;
    QCOMPARE(refusals(ObjectiveRules::addProblems(History {}, bare)),
             (QStringList {QStringLiteral("REQUIRED"), QStringLiteral("REQUIRED"),
                           QStringLiteral("DATES")}));
}

void TestObjectiveRules::indicatorMeasureChecked()
{
    Objective o = sheet({phase(1, 100)});
    o.indicators.last().measure = QStringLiteral("meetings");
    QCOMPARE(refusals(ObjectiveRules::addProblems(History {}, o)),
             QStringList {QStringLiteral("MEASURE")});
    o.indicators.last().measure = QStringLiteral("tavolo-meetings-held");
    o.indicators.last().cycleId = 1;
    QCOMPARE(refusals(ObjectiveRules::addProblems(History {}, o)),
             QStringList {QStringLiteral("MEASURE")});
    // A typed-in indicator takes no cycle.
    o.indicators.last().measure.clear();
    QCOMPARE(refusals(ObjectiveRules::addProblems(History {}, o)),
             QStringList {QStringLiteral("MEASURE")});
}

void TestObjectiveRules::readingsShapedLikeExpected()
{
    History h;
    h.objectives << sheet({phase(1, 100)});
    IndicatorReading r {0, QDate(2019, 12, 31), *Quantity::parse(QStringLiteral("72/14")), {}};
    QCOMPARE(ObjectiveRules::readingProblems(h, 201, r), Problems {});
    r.value = Quantity {72, std::nullopt};
    QCOMPARE(refusals(ObjectiveRules::readingProblems(h, 201, r)),
             QStringList {QStringLiteral("INPUT")});
    r.date = QDate();
    r.value = *Quantity::parse(QStringLiteral("72/14"));
    QCOMPARE(refusals(ObjectiveRules::readingProblems(h, 201, r)),
             QStringList {QStringLiteral("REQUIRED")});
    // The computed one takes no typed value.
    r.date = QDate(2019, 12, 31);
    r.value = Quantity {2, std::nullopt};
    const Problems computed = ObjectiveRules::readingProblems(h, 202, r);
    QCOMPARE(refusals(computed), QStringList {QStringLiteral("MEASURE")});
    QVERIFY(computed.first().message.contains(QStringLiteral("Co-design activities")));
    QCOMPARE(refusals(ObjectiveRules::readingProblems(h, 999, r)),
             QStringList {QStringLiteral("NOT-FOUND")});
}

void TestObjectiveRules::progressWeightedByPhase()
{
    Objective o = sheet({phase(1, 60), phase(2, 40)});
    o.phases[0].progress = 50; // 60 × 50% = 30
    o.phases[1].progress = 100; // 40 × 100% = 40
    QCOMPARE(o.weightedProgress(), 70.0);
    QCOMPARE(o.weightSum(), 100.0);
}

void TestObjectiveRules::valueAsOfDate()
{
    HistoryBuilder b;
    b.meeting(QDate(2019, 3, 1), MeetingState::Held);
    b.meeting(QDate(2019, 9, 1), MeetingState::Held);
    Objective o = sheet({phase(1, 100)});
    o.indicators.first().readings = {
        {1, QDate(2019, 6, 30), *Quantity::parse(QStringLiteral("40/8")), {}},
        {2, QDate(2019, 12, 31), *Quantity::parse(QStringLiteral("76/14")), {}}};
    const Indicator typed = o.indicators.first();
    QVERIFY(!IndicatorValues::on(b.h, typed, QDate(2019, 6, 29)).actual);
    QCOMPARE(IndicatorValues::on(b.h, typed, QDate(2019, 7, 1)).actual->text(),
             QStringLiteral("40/8"));
    QCOMPARE(IndicatorValues::on(b.h, typed, QDate(2020, 1, 1)).date, QDate(2019, 12, 31));
    Indicator counted = indicator(3, QStringLiteral("2"), QStringLiteral("tavolo-meetings-held"));
    const IndicatorValue june = IndicatorValues::on(b.h, counted, QDate(2019, 6, 30));
    QCOMPARE(june.actual->amount, 1.0);
    QCOMPARE(june.measurement->counted.size(), 1);
    QCOMPARE(IndicatorValues::on(b.h, counted, QDate(2019, 12, 31)).actual->amount, 2.0);
}

QTEST_GUILESS_MAIN(TestObjectiveRules)
#include "tst_objectiverules.moc"
