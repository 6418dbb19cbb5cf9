#pragma once

#include "category.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace tavolo {

// The regulation's parameters in force from `effective` (R-C, R-D, R-E, R-H).
struct Regulation
{
    qint64 id = 0; // 0: the seed's defaults, never amended
    QDate effective;
    int minMeetingsPerYear = 2;
    int noticeDays = 7;
    int thresholdNumerator = 1; // request threshold (R-D): numerator/denominator of the
    int thresholdDenominator = 3; // TS representatives in office
    int requestDeadlineDays = 30;
    QMap<Category, int> seats; // per category of R-E
    QList<qint64> approvals; // the members who approved the amendment
    std::optional<qint64> approvedAtMeeting; // the held meeting that approved it, when named (R-H)

    static Regulation seed();
    int seatsOf(Category category) const { return seats.value(category, 0); }
    int threshold(int representatives) const; // ceil(n × num / den)
    QString thresholdText() const; // "1/3"
};

} // namespace tavolo
