#include "objectivetext.h"

#include "core/rules/ruletext.h"

#include <QLocale>
#include <cmath>

namespace tavolo {

QString ObjectiveText::amount(double value)
{
    const double rounded = std::round(value * 10) / 10;
    return QLocale().toString(rounded, 'f', rounded == std::floor(rounded) ? 0 : 1);
}

QString ObjectiveText::quantity(const Quantity &q)
{
    return q.per ? QStringLiteral("%1/%2").arg(amount(q.amount), amount(*q.per)) : amount(q.amount);
}

QString ObjectiveText::years(const Objective &o)
{
    return o.lastYear == o.firstYear ? QString::number(o.firstYear)
                                     : QStringLiteral("%1–%2").arg(o.firstYear).arg(o.lastYear);
}

QString ObjectiveText::actual(const IndicatorValue &v)
{
    if (!v.actual)
        return QStringLiteral("—");
    return v.percent ? amount(v.actual->amount) + QLatin1Char('%') : quantity(*v.actual);
}

QString ObjectiveText::source(const Indicator &indicator, const IndicatorValue &v)
{
    if (v.measurement) {
        const auto info = Measures::find(indicator.measure);
        return tr("computed by «%1» on %2 (%n item(s) counted)", nullptr,
                  int(v.measurement->counted.size()))
            .arg(info ? info->name : indicator.measure, RuleText::day(v.date));
    }
    if (v.actual)
        return tr("typed in for %1").arg(RuleText::day(v.date));
    return tr("none typed in yet");
}

bool ObjectiveText::belowExpected(const Indicator &indicator, const IndicatorValue &v)
{
    return !v.actual || v.actual->amount < indicator.expected.amount;
}

} // namespace tavolo
