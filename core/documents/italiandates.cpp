#include "italiandates.h"

#include <QLocale>

namespace tavolo::documents::italian {

const QLocale &locale()
{
    static const QLocale it(QLocale::Italian, QLocale::Italy);
    return it;
}

QString longDate(QDate date)
{
    return locale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString weekdayDate(QDate date)
{
    return locale().toString(date, QStringLiteral("dddd d MMMM yyyy"));
}

QString weekdayDateTime(QDate date, QTime time)
{
    if (!time.isValid())
        return weekdayDate(date);
    return weekdayDate(date) + QStringLiteral(", ore ") + time.toString(QStringLiteral("HH:mm"));
}

QString runningDateTime(QDate date, QTime time)
{
    if (!time.isValid())
        return weekdayDate(date);
    return weekdayDate(date) + QStringLiteral(", alle ore ")
        + time.toString(QStringLiteral("H.mm"));
}

QString shortDate(QDate date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace tavolo::documents::italian
