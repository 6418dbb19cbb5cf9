#pragma once

#include "core/domain/history.h"

#include <QCoreApplication>

class QTreeWidget;

namespace tavolo {

// The year's indicators on the dashboard: for each objective whose years hold the day, its
// indicators' actual values as of the day against the expected ones, marked when below.
class IndicatorSummary
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorSummary)
public:
    static void addTo(QTreeWidget *summary, const History &history, QDate day);
};

} // namespace tavolo
