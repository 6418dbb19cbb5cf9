#pragma once

#include "core/domain/history.h"

namespace tavolo {

// Who holds an office on a date: the holder and, where the office allows one, a delegate, who
// then sits in the holder's place (R-A, R-B).
struct OfficeHolding
{
    Office office = Office::MayorsPresident;
    std::optional<OfficeTerm> holder;
    std::optional<Delegation> delegation;

    std::optional<qint64> sitting() const; // the delegate if there is one, else the holder
};

// One category's seats on a date and the designations that fill them (R-E).
struct CategorySeats
{
    Category category = Category::Other;
    int seats = 0;
    QList<Designation> holders;

    int vacancies() const { return qMax(0, seats - int(holders.size())); }
};

// The Tavolo as it stands on one date (R-J): offices, seats, and who "all members" are.
struct Composition
{
    QDate date;
    Regulation regulation;
    QList<OfficeHolding> offices; // in the order of Offices::all()
    QList<CategorySeats> categories; // the categories with seats, in the order of R-E

    const OfficeHolding &office(Office office) const;
    std::optional<qint64> chair() const;
    QList<qint64> representatives() const; // TS representatives in office (R-D)
    QList<qint64> members() const; // chair, mandatory members, representatives (R-H)
    bool isMember(qint64 personId) const { return members().contains(personId); }
    bool isRepresentative(qint64 personId) const { return representatives().contains(personId); }
};

class CompositionRules
{
public:
    static Regulation regulationOn(const History &history, QDate date);
    static Composition compositionOn(const History &history, QDate date);
    // Designations in office on `date` whose category is `category`, other than `except`.
    static QList<Designation> holdersOn(const History &history, Category category, QDate date,
                                        qint64 except = 0);
};

} // namespace tavolo
