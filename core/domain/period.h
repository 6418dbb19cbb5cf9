#pragma once

#include <QDate>

namespace tavolo {

// A term of office: from `from` to `to`, both days included; a null `to` is open-ended (R-J).
struct Period
{
    QDate from;
    QDate to;

    bool isOpen() const { return to.isNull(); }
    bool contains(QDate day) const { return day >= from && (isOpen() || day <= to); }
    bool overlaps(const Period &other) const
    {
        return (other.isOpen() || from <= other.to) && (isOpen() || other.from <= to);
    }
    // Still running on `day`, or yet to come: not ended before it.
    bool endsOnOrAfter(QDate day) const { return isOpen() || to >= day; }
    bool isOrdered() const { return from.isValid() && (isOpen() || from <= to); }
    bool operator==(const Period &) const = default;
};

} // namespace tavolo
