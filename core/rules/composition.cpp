#include "composition.h"

#include <algorithm>

namespace tavolo {

std::optional<qint64> OfficeHolding::sitting() const
{
    if (delegation)
        return delegation->delegateId;
    if (holder)
        return holder->personId;
    return std::nullopt;
}

const OfficeHolding &Composition::office(Office office) const
{
    return offices.at(int(Offices::all().indexOf(office)));
}

std::optional<qint64> Composition::chair() const
{
    return office(Office::MayorsPresident).sitting();
}

QList<qint64> Composition::representatives() const
{
    QList<qint64> people;
    for (const CategorySeats &c : categories)
        for (const Designation &d : c.holders)
            if (!people.contains(d.personId))
                people << d.personId;
    return people;
}

QList<qint64> Composition::members() const
{
    QList<qint64> people;
    for (const OfficeHolding &o : offices)
        if (const auto who = o.sitting(); who && !people.contains(*who))
            people << *who;
    for (qint64 id : representatives())
        if (!people.contains(id))
            people << id;
    return people;
}

Regulation CompositionRules::regulationOn(const History &history, QDate date)
{
    Regulation current = Regulation::seed();
    for (const Regulation &r : history.amendments)
        if (r.effective <= date && r.effective >= current.effective)
            current = r;
    return current;
}

QList<Designation> CompositionRules::holdersOn(const History &history, Category category,
                                               QDate date, qint64 except)
{
    QList<Designation> holders;
    for (const Designation &d : history.designations)
        if (d.id != except && d.category == category && d.period.contains(date))
            holders << d;
    std::sort(holders.begin(), holders.end(), [](const Designation &a, const Designation &b) {
        return a.period.from < b.period.from;
    });
    return holders;
}

Composition CompositionRules::compositionOn(const History &history, QDate date)
{
    Composition c;
    c.date = date;
    c.regulation = regulationOn(history, date);
    for (Office office : Offices::all()) {
        OfficeHolding holding;
        holding.office = office;
        for (const OfficeTerm &t : history.officeTerms)
            if (t.office == office && t.period.contains(date))
                holding.holder = t;
        for (const Delegation &d : history.delegations)
            if (d.office == office && d.period.contains(date))
                holding.delegation = d;
        c.offices << holding;
    }
    for (Category category : Categories::withSeats())
        c.categories << CategorySeats {category, c.regulation.seatsOf(category),
                                       holdersOn(history, category, date)};
    return c;
}

} // namespace tavolo
