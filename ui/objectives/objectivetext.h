#pragma once

#include "core/rules/objectiverules.h"

#include <QCoreApplication>

namespace tavolo {

// How the Obiettivi page and the dashboard write an objective's numbers: in the interface's
// locale ("60", "12,5"), the actual values with where they come from.
class ObjectiveText
{
    Q_DECLARE_TR_FUNCTIONS(ObjectiveText)
public:
    static QString amount(double value); // "60", "12,5"
    static QString quantity(const Quantity &q); // "80/15", "2", "12,5"
    static QString years(const Objective &o); // "2019", "2019–2021"
    // The actual value of an indicator: "76/14", "2", "66,7%", or "—" when none is typed in.
    static QString actual(const IndicatorValue &value);
    // Where it comes from: "typed in for 31/12/2019", "computed by «…» on 31/12/2021", "none
    // typed in yet".
    static QString source(const Indicator &indicator, const IndicatorValue &value);
    // Below the expected value (a number, or a ratio's first term): the dashboard marks it.
    static bool belowExpected(const Indicator &indicator, const IndicatorValue &value);
};

} // namespace tavolo
