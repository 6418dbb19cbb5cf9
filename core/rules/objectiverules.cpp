#include "objectiverules.h"

#include "ruletext.h"

#include <cmath>

namespace tavolo {

namespace {

Problem required(const QString &message, const QString &field)
{
    return Problem::refused(QStringLiteral("REQUIRED"), message, field);
}

Problem datesOutOfOrder(const QString &message, const QString &field)
{
    return Problem::refused(QStringLiteral("DATES"), message, field);
}

QString numberText(double value)
{
    return QString::number(value, 'g', 12);
}

} // namespace

Problems ObjectiveRules::weightProblems(const QList<ObjectivePhase> &phases)
{
    double sum = 0;
    for (const ObjectivePhase &p : phases)
        sum += p.weight;
    if (std::llround(sum * 100) == 10000)
        return {};
    return {Problem::refused(QStringLiteral("WEIGHTS"),
                             tr("The weights of the phases add up to %1; they must add up to "
                                "100.")
                                 .arg(numberText(std::round(sum * 100) / 100)),
                             QStringLiteral("phases"))};
}

Problems ObjectiveRules::phaseOwnProblems(const ObjectivePhase &p, const QString &field)
{
    Problems problems;
    const QString which = p.description.trimmed().isEmpty()
        ? tr("phase %1").arg(p.number)
        : tr("phase %1 «%2»").arg(p.number).arg(p.description.trimmed());
    if (p.description.trimmed().isEmpty())
        problems << required(tr("Describe phase %1.").arg(p.number), field);
    if (!(p.weight > 0) || p.weight > 100)
        problems << Problem::refused(QStringLiteral("WEIGHTS"),
                                     tr("The weight of %1 must be more than 0 and at most 100, "
                                        "not %2.")
                                         .arg(which, numberText(p.weight)),
                                     field);
    if (!p.planned.from.isValid() || !p.planned.to.isValid())
        problems << required(tr("Give the planned start and end of %1.").arg(which), field);
    else if (p.planned.to < p.planned.from)
        problems << datesOutOfOrder(
            tr("The planned end of %1 (%2) comes before its planned "
               "start (%3).")
                .arg(which, RuleText::day(p.planned.to), RuleText::day(p.planned.from)),
            field);
    if (p.actualEnd.isValid() && !p.actualStart.isValid())
        problems << datesOutOfOrder(
            tr("The actual end of %1 (%2) needs the day it actually started.")
                .arg(which, RuleText::day(p.actualEnd)),
            field);
    else if (p.actualEnd.isValid() && p.actualEnd < p.actualStart)
        problems << datesOutOfOrder(
            tr("The actual end of %1 (%2) comes before its actual "
               "start (%3).")
                .arg(which, RuleText::day(p.actualEnd), RuleText::day(p.actualStart)),
            field);
    if (p.progress < 0 || p.progress > 100)
        problems << Problem::refused(QStringLiteral("INPUT"),
                                     tr("The progress of %1 is a percent from 0 to 100, not %2.")
                                         .arg(which, numberText(p.progress)),
                                     field);
    return problems;
}

Problems ObjectiveRules::addProblems(const History &history, const Objective &o)
{
    Problems problems;
    if (o.code.trimmed().isEmpty())
        problems << required(tr("Give the objective's code (such as 2019_ZN20)."),
                             QStringLiteral("code"));
    else if (const Objective *same = history.objectiveByCode(o.code))
        problems << Problem::refused(
            QStringLiteral("DUPLICATE"),
            tr("There is already an objective %1: «%2».").arg(same->code, same->title),
            QStringLiteral("code"));
    if (o.title.trimmed().isEmpty())
        problems << required(tr("Give the objective's title."), QStringLiteral("title"));
    if (o.firstYear < 1900 || o.firstYear > 9999)
        problems << required(tr("Give the objective's year."), QStringLiteral("year"));
    else if (o.lastYear < o.firstYear)
        problems << datesOutOfOrder(tr("The objective's last year (%1) comes before its first "
                                       "(%2).")
                                        .arg(o.lastYear)
                                        .arg(o.firstYear),
                                    QStringLiteral("lastYear"));
    for (const ObjectivePhase &p : o.phases)
        problems << phaseOwnProblems(p, QStringLiteral("phases"));
    problems << weightProblems(o.phases);
    for (const Indicator &i : o.indicators) {
        if (i.description.trimmed().isEmpty())
            problems << required(tr("Describe indicator %1.").arg(i.number),
                                 QStringLiteral("indicators"));
        if (i.isComputed())
            problems << Measures::problems(history, i.measure, i.cycleId,
                                           QStringLiteral("indicators"));
        else if (i.cycleId)
            problems << Problem::refused(QStringLiteral("MEASURE"),
                                         tr("Indicator %1 is typed in: a cycle is given only "
                                            "with a measure.")
                                             .arg(i.number),
                                         QStringLiteral("indicators"));
    }
    return problems;
}

const Objective *ObjectiveRules::objectiveOfPhase(const History &history, qint64 phaseId)
{
    for (const Objective &o : history.objectives)
        for (const ObjectivePhase &p : o.phases)
            if (p.id == phaseId)
                return &o;
    return nullptr;
}

const Objective *ObjectiveRules::objectiveOfIndicator(const History &history, qint64 indicatorId)
{
    for (const Objective &o : history.objectives)
        for (const Indicator &i : o.indicators)
            if (i.id == indicatorId)
                return &o;
    return nullptr;
}

const ObjectivePhase *ObjectiveRules::phase(const History &history, qint64 phaseId)
{
    if (const Objective *o = objectiveOfPhase(history, phaseId))
        for (const ObjectivePhase &p : o->phases)
            if (p.id == phaseId)
                return &p;
    return nullptr;
}

const Indicator *ObjectiveRules::indicator(const History &history, qint64 indicatorId)
{
    if (const Objective *o = objectiveOfIndicator(history, indicatorId))
        for (const Indicator &i : o->indicators)
            if (i.id == indicatorId)
                return &i;
    return nullptr;
}

Problems ObjectiveRules::phaseProblems(const History &history, const ObjectivePhase &p)
{
    if (!phase(history, p.id))
        return {Problem::refused(QStringLiteral("NOT-FOUND"),
                                 tr("There is no phase with id %1.").arg(p.id),
                                 QStringLiteral("phase"))};
    return phaseOwnProblems(p, QStringLiteral("phase"));
}

Problems ObjectiveRules::readingProblems(const History &history, qint64 indicatorId,
                                         const IndicatorReading &r)
{
    const Indicator *i = indicator(history, indicatorId);
    if (!i)
        return {Problem::refused(QStringLiteral("NOT-FOUND"),
                                 tr("There is no indicator with id %1.").arg(indicatorId),
                                 QStringLiteral("indicator"))};
    if (i->isComputed()) {
        const auto info = Measures::find(i->measure);
        return {Problem::refused(QStringLiteral("MEASURE"),
                                 tr("The indicator «%1» is computed by the measure «%2»: its "
                                    "value is counted from the archive, not typed in.")
                                     .arg(i->description, info ? info->name : i->measure),
                                 QStringLiteral("indicator"))};
    }
    Problems problems;
    if (!r.date.isValid())
        problems << required(tr("Give the day the value refers to."), QStringLiteral("date"));
    if (i->expected.isRatio() && !r.value.isRatio())
        problems << Problem::refused(QStringLiteral("INPUT"),
                                     tr("The expected value of «%1» is a ratio (%2): give the "
                                        "actual value as a ratio too, such as 72/14.")
                                         .arg(i->description, i->expected.text()),
                                     QStringLiteral("value"));
    else if (!i->expected.isRatio() && r.value.isRatio())
        problems << Problem::refused(QStringLiteral("INPUT"),
                                     tr("The expected value of «%1» is a number (%2): give the "
                                        "actual value as a number.")
                                         .arg(i->description, i->expected.text()),
                                     QStringLiteral("value"));
    return problems;
}

IndicatorValue IndicatorValues::on(const History &history, const Indicator &indicator, QDate date)
{
    IndicatorValue out;
    if (indicator.isComputed()) {
        const Measurement m =
            Measures::compute(history, indicator.measure, date, indicator.cycleId);
        out.actual = Quantity {m.value, std::nullopt};
        out.date = date;
        out.percent = Measures::find(indicator.measure).value_or(MeasureInfo {}).percent;
        out.measurement = m;
        return out;
    }
    if (const IndicatorReading *r = indicator.readingOn(date)) {
        out.actual = r->value;
        out.date = r->date;
    }
    return out;
}

} // namespace tavolo
