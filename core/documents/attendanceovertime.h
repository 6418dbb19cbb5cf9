#pragma once

#include "cycledocumentdata.h"
#include "pagedtable.h"

#include <QCoreApplication>

namespace tavolo::documents {

// Presenze nel ciclo (seed 003: "una presenza puntuale e costante di tutti gli attori"): over the
// held meetings of a cycle's tables and plenaries, one table per table (meetings held, invited,
// present, excused, absent, rate) and one per body (the same counts, by name). The rate is
// present / invited; "–" for no invitation. No names of people: the counts are per body.
class AttendanceOverTime : public PagedTableDocument
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceOverTime)

public:
    AttendanceOverTime(Letterhead letterhead, AttendanceOverTimeData data);

    QString title() const override;

protected:
    PagedTable pagedTable() const override;

private:
    AttendanceOverTimeData m_data;
};

} // namespace tavolo::documents
