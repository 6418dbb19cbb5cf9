#pragma once

#include "core/domain/history.h"

#include <QCoreApplication>

class QTreeWidget;

namespace tavolo {

// The Piano di Zona's cycles on the dashboard (CycleStatusRules::of): for each cycle begun by
// the day, its tables and those with no meeting yet, its submissions with the late ones still
// undecided, and the adhesions to the programme agreement.
class CycleSummary
{
    Q_DECLARE_TR_FUNCTIONS(CycleSummary)
public:
    static void addTo(QTreeWidget *summary, const History &history, QDate day);
};

} // namespace tavolo
