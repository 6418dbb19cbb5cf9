#include "clock.h"

namespace tavolo {

namespace {

QDate &fixedDay()
{
    static QDate day;
    return day;
}

} // namespace

QDate Clock::today()
{
    return fixedDay().isValid() ? fixedDay() : QDate::currentDate();
}

void Clock::setToday(QDate day)
{
    fixedDay() = day;
}

} // namespace tavolo
