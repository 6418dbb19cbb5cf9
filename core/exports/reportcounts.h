#pragma once

#include "core/domain/meeting.h"
#include "core/rules/cycleattendance.h"

#include <QDate>
#include <algorithm>

// What the annual report counts the same way in its tables and its charts.
namespace tavolo::reportcounts {

inline bool inYear(QDate day, int year)
{
    return day.isValid() && day.year() == year;
}

// The people marked present at a meeting.
inline int present(const Meeting &m)
{
    return int(std::count(m.attendance.cbegin(), m.attendance.cend(), Attendance::Present));
}

// One key per body present: its organisation, or the person who sits without one.
inline QString bodyKey(const AttendanceBody &b)
{
    return b.organisationId ? QStringLiteral("o%1").arg(*b.organisationId)
                            : QStringLiteral("p%1").arg(b.personId.value_or(0));
}

} // namespace tavolo::reportcounts
