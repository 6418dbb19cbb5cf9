#pragma once

#include <QDate>

namespace tavolo {

// "Today" for the whole program: every place that asks for the current day asks here, so that
// tests can fix the day (setToday) and never depend on the date they happen to run on.
class Clock
{
public:
    static QDate today();
    // Tests only: from now on today() answers `day`; a null date gives back the system's day.
    static void setToday(QDate day);
};

} // namespace tavolo
