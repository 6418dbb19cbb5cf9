#pragma once

#include "cycledocumentdata.h"

#include <QString>

namespace tavolo::documents::italian {

// The Italian words of the cycle's documents (R-L, R-M, attendance over time).

QString channelLabel(Channel channel); // "PEC", "e-mail", "a mano", "posta"
// "ammessa", "non ammessa", "in attesa di decisione"; empty when there is no decision.
QString decisionLabel(std::optional<Decision> decision);
// The deadline as a sentence writes it: "10 settembre 2021" or "10 settembre 2021, ore 12:00".
QString deadline(const CallFormInfo &form);
// "75%" (rounded); "–" when nobody was invited.
QString attendanceRate(const AttendanceTally &tally);

} // namespace tavolo::documents::italian
