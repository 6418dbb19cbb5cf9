#pragma once

#include "core/rules/compliance.h"

#include <QJsonObject>

namespace tavolo {

// The JSON that `tavolo-cli check` prints: the composition on a date and every problem, with
// the field names of domain.md.
class ComplianceJson
{
public:
    static QJsonObject toJson(const History &history, const Compliance &compliance);

private:
    static QJsonObject regulation(const Regulation &r);
    static QJsonArray offices(const History &history, const Composition &c);
    static QJsonArray categories(const History &history, const Composition &c);
    static QJsonArray requests(const QList<RequestStatus> &statuses);
};

} // namespace tavolo
