#include "regulation.h"

namespace tavolo {

Regulation Regulation::seed()
{
    Regulation r;
    for (Category category : Categories::withSeats())
        r.seats.insert(category, Categories::seedSeats(category));
    return r;
}

int Regulation::threshold(int representatives) const
{
    if (thresholdDenominator <= 0)
        return representatives;
    const int product = representatives * thresholdNumerator;
    return (product + thresholdDenominator - 1) / thresholdDenominator;
}

QString Regulation::thresholdText() const
{
    return QStringLiteral("%1/%2").arg(thresholdNumerator).arg(thresholdDenominator);
}

} // namespace tavolo
