#pragma once

#include "core/documents/annualreportdata.h"

namespace tavolo {

struct History;

// The annual report's three charts, from the history and the tables already in `d`
// (participation per table reads d.activity): sedute per anno, presence per body, participation
// per group and table.
namespace reportcharts {
void add(const History &h, int year, documents::AnnualReportData &d);
} // namespace reportcharts

} // namespace tavolo
