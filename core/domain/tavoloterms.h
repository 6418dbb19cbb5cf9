#pragma once

#include "category.h"
#include "office.h"
#include "period.h"

#include <QDate>
#include <QString>

namespace tavolo {

// Terms on the Tavolo as plain values: offices held, delegations, designations (R-A, R-B, R-E).
// They end; they are never overwritten (R-J).

struct OfficeTerm // an office held by a person over a period (R-A, R-B)
{
    qint64 id = 0;
    Office office = Office::MayorsPresident;
    qint64 personId = 0;
    Period period;
};

struct Delegation // delega: an office holder's delegate, named by an act (R-A, R-B)
{
    qint64 id = 0;
    Office office = Office::MayorsPresident;
    qint64 delegateId = 0;
    Period period;
    QDate actDate;
    QString actReference;
};

struct Designation // designazione: an organisation's representative, by formal act (R-E)
{
    qint64 id = 0;
    qint64 organisationId = 0;
    Category category = Category::Other; // the organisation's category when designated
    qint64 personId = 0;
    Period period;
    QDate actDate;
    QString actReference;
};

} // namespace tavolo
