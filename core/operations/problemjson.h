#pragma once

#include "core/domain/problem.h"

#include <QJsonArray>

namespace tavolo {

// Problems as the CLI's JSON prints them (apply, check, import): one object each with "rule",
// "severity" ("refused" / "warning"), "message" and, when a field is named, "field".
QJsonArray problemsToJson(const Problems &problems);

} // namespace tavolo
