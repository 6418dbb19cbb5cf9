#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <QTime>

namespace tavolo::documents {

// Dates as an Italian public-administration letter writes them (architecture.md: documents
// use the Italian locale whatever the interface language).
namespace italian {

const QLocale &locale(); // Italian, Italy: numbers too ("12,5")
QString longDate(QDate date); // "12 marzo 2015"
QString weekdayDate(QDate date); // "giovedì 12 marzo 2015"
QString weekdayDateTime(QDate date, QTime time); // "giovedì 12 marzo 2015, ore 16:30"
QString shortDate(QDate date); // "12/03/2015"
// Date and time inside a sentence, as an Italian letter writes them:
// "giovedì 12 marzo 2015, alle ore 16.30".
QString runningDateTime(QDate date, QTime time);

} // namespace italian
} // namespace tavolo::documents
