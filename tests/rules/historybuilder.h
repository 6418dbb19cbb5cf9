#pragma once

#include "core/domain/history.h"
#include "core/domain/problem.h"

// Builds a Tavolo's history by hand for the rule tests: no database, microseconds a test.
class HistoryBuilder
{
public:
    tavolo::History h;

    qint64 person(const QString &name)
    {
        const qint64 id = next++;
        h.personNames.insert(id, name);
        return id;
    }
    qint64 organisation(const QString &name, tavolo::Category category)
    {
        const qint64 id = next++;
        h.organisations.insert(id, {name, category});
        return id;
    }
    qint64 office(tavolo::Office office, qint64 person, QDate from, QDate to = {})
    {
        const qint64 id = next++;
        h.officeTerms << tavolo::OfficeTerm {id, office, person, {from, to}};
        return id;
    }
    // The four offices, each with a new holder, from `from`.
    QList<qint64> offices(QDate from)
    {
        QList<qint64> holders;
        for (tavolo::Office o : tavolo::Offices::all()) {
            holders << person(tavolo::Offices::id(o));
            office(o, holders.last(), from);
        }
        return holders;
    }
    tavolo::Designation designation(qint64 organisation, qint64 person, QDate from, QDate to = {})
    {
        return {0,          organisation, h.organisations.value(organisation).category, person,
                {from, to}, from,         QStringLiteral("prot. %1").arg(next)};
    }
    qint64 designate(qint64 organisation, qint64 person, QDate from, QDate to = {})
    {
        tavolo::Designation d = designation(organisation, person, from, to);
        d.id = next++;
        h.designations << d;
        return d.id;
    }
    // `n` representatives in office from `from`, filling the seats of R-E in order.
    QList<qint64> representatives(int n, QDate from)
    {
        QList<qint64> reps;
        for (tavolo::Category c : tavolo::Categories::withSeats())
            for (int seat = 0; seat < tavolo::Categories::seedSeats(c) && reps.size() < n; ++seat) {
                reps << person(QStringLiteral("Rep %1").arg(reps.size() + 1));
                designate(organisation(QStringLiteral("Org %1").arg(reps.size()), c), reps.last(),
                          from);
            }
        return reps;
    }
    tavolo::Meeting &meeting(QDate date, tavolo::MeetingState state = tavolo::MeetingState::Draft)
    {
        tavolo::Meeting m;
        m.id = next++;
        m.date = date;
        m.place = QStringLiteral("Sondrio");
        m.agenda = QStringList {QStringLiteral("Item")};
        m.state = state;
        if (state != tavolo::MeetingState::Draft)
            m.convenedOn = date.addDays(-10);
        h.meetings << m;
        return h.meetings.last();
    }

private:
    qint64 next = 1;
};

inline QStringList rulesOf(const tavolo::Problems &problems, tavolo::Severity severity)
{
    QStringList rules;
    for (const tavolo::Problem &p : problems)
        if (p.severity == severity)
            rules << p.rule;
    return rules;
}
inline QStringList refusals(const tavolo::Problems &p)
{
    return rulesOf(p, tavolo::Severity::Refused);
}
inline QStringList warnings(const tavolo::Problems &p)
{
    return rulesOf(p, tavolo::Severity::Warning);
}
