#include "objective.h"

#include <QRegularExpression>

namespace tavolo {

namespace {

std::optional<double> number(QString text)
{
    text = text.trimmed().replace(QLatin1Char(','), QLatin1Char('.'));
    static const QRegularExpression plain(QStringLiteral("^[0-9]+(\\.[0-9]+)?$"));
    if (!plain.match(text).hasMatch())
        return std::nullopt;
    return text.toDouble();
}

QString numberText(double value)
{
    return QString::number(value, 'g', 12);
}

} // namespace

std::optional<Quantity> Quantity::parse(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    if (parts.size() > 2)
        return std::nullopt;
    const auto amount = number(parts.first());
    if (!amount)
        return std::nullopt;
    if (parts.size() == 1)
        return Quantity {*amount, std::nullopt};
    const auto per = number(parts.last());
    if (!per)
        return std::nullopt;
    return Quantity {*amount, per};
}

QString Quantity::text() const
{
    return per ? QStringLiteral("%1/%2").arg(numberText(amount), numberText(*per))
               : numberText(amount);
}

const IndicatorReading *Indicator::readingOn(QDate day) const
{
    const IndicatorReading *latest = nullptr;
    for (const IndicatorReading &r : readings)
        if (r.date <= day && (!latest || r.date >= latest->date))
            latest = &r;
    return latest;
}

Period Objective::years() const
{
    return {QDate(firstYear, 1, 1), QDate(lastYear, 12, 31)};
}

double Objective::weightedProgress() const
{
    double sum = 0;
    for (const ObjectivePhase &p : phases)
        sum += p.weight * p.progress;
    return sum / 100;
}

double Objective::weightSum() const
{
    double sum = 0;
    for (const ObjectivePhase &p : phases)
        sum += p.weight;
    return sum;
}

const ObjectivePhase *Objective::phase(int number) const
{
    for (const ObjectivePhase &p : phases)
        if (p.number == number)
            return &p;
    return nullptr;
}

const Indicator *Objective::indicator(int number) const
{
    for (const Indicator &i : indicators)
        if (i.number == number)
            return &i;
    return nullptr;
}

} // namespace tavolo
