#pragma once

#include "core/rules/objectiverules.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tavolo {

// The objectives as the JSON of `tavolo-cli objective show|list` with the field names of the
// operations (objective.add), the indicators' actual values as of a date and what a computed
// one counted.
class ObjectiveJson
{
public:
    static QJsonObject objective(const History &history, const Objective &objective, QDate date);
    static QJsonObject indicator(const History &history, const Indicator &indicator, QDate date);
    static QJsonObject measurement(const Measurement &measurement);
    static QJsonArray measures(); // every named measure with its description

private:
    static QJsonObject phase(const ObjectivePhase &phase);
    static QJsonValue quantity(const std::optional<Quantity> &q);
};

} // namespace tavolo
