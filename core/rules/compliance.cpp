#include "compliance.h"

#include "cyclestatus.h"
#include "grouprules.h"
#include "minutesrules.h"
#include "officerules.h"
#include "ruletext.h"

namespace tavolo {

Compliance ComplianceRules::on(const History &history, QDate date)
{
    Compliance c;
    c.composition = CompositionRules::compositionOn(history, date);
    c.problems << compositionProblems(c.composition);
    c.problems << meetingProblems(history, date, &c.meetingsThisYear);
    c.problems << requestProblems(history, date, &c.requests);
    c.problems << groupProblems(history, date);
    c.problems << MinutesRules::complianceProblems(history, date);
    c.problems << CycleStatusRules::complianceProblems(history, date);
    return c;
}

Problems ComplianceRules::compositionProblems(const Composition &c)
{
    Problems problems;
    for (const OfficeHolding &o : c.offices) {
        if (o.sitting())
            continue;
        problems << Problem::refused(
            OfficeRules::ruleOf(o.office),
            Offices::isChair(o.office)
                ? tr("The Tavolo has no chair on %1: assign the office of %2, or a delegate.")
                      .arg(RuleText::day(c.date), Offices::label(o.office))
                : tr("The composition is incomplete on %1: nobody holds the office of %2. Assign "
                     "it%3.")
                      .arg(RuleText::day(c.date), Offices::label(o.office),
                           Offices::allowsDelegate(o.office) ? tr(" or name a delegate")
                                                             : QString()),
            Offices::id(o.office));
    }
    for (const CategorySeats &s : c.categories)
        if (s.vacancies() > 0)
            problems << Problem::warning(
                QStringLiteral("R-E"),
                tr("The category \"%1\" has %2 of %3 seat(s) vacant on %4: ask its organisations "
                   "to designate a representative.")
                    .arg(Categories::label(s.category))
                    .arg(s.vacancies())
                    .arg(s.seats)
                    .arg(RuleText::day(c.date)),
                Categories::id(s.category));
    return problems;
}

Problems ComplianceRules::meetingProblems(const History &history, QDate date, int *thisYear)
{
    Problems problems;
    const QDate first = history.firstDay();
    if (!first.isValid() || first > date)
        return problems;
    QHash<int, int> held;
    *thisYear = 0;
    for (const Meeting &m : history.meetings) {
        if (m.state == MeetingState::Held && m.date <= date)
            ++held[m.date.year()];
        // Held or convened as of `date`: convened by then (held ones were convened first),
        // whether its day has come or not and whether its attendance is recorded yet or not.
        const bool convenedBy = (m.state == MeetingState::Convened || m.state == MeetingState::Held)
            && (!m.convenedOn.isValid() || m.convenedOn <= date);
        if (m.date.year() == date.year() && convenedBy)
            ++*thisYear;
    }
    for (int year = first.year(); year < date.year(); ++year) {
        const int required =
            CompositionRules::regulationOn(history, QDate(year, 12, 31)).minMeetingsPerYear;
        if (held.value(year) < required)
            problems << Problem::refused(QStringLiteral("R-C"),
                                         tr("In %1 the Tavolo met %n time(s); the regulation "
                                            "requires at least %2.",
                                            nullptr, held.value(year))
                                             .arg(year)
                                             .arg(required),
                                         QStringLiteral("meetings"));
    }
    const int required = CompositionRules::regulationOn(history, date).minMeetingsPerYear;
    if (*thisYear < required)
        problems << Problem::warning(QStringLiteral("R-C"),
                                     tr("So far in %1 the Tavolo has %n meeting(s) held or "
                                        "convened; at least %2 are required by 31 December.",
                                        nullptr, *thisYear)
                                         .arg(date.year())
                                         .arg(required),
                                     QStringLiteral("meetings"));
    return problems;
}

Problems ComplianceRules::requestProblems(const History &history, QDate date,
                                          QList<RequestStatus> *statuses)
{
    Problems problems;
    for (const ConvocationRequest &r : history.requests) {
        if (r.date > date)
            continue;
        const RequestStatus s = RequestRules::status(history, r, date);
        *statuses << s;
        if (s.answeredBy)
            continue;
        if (s.overdue)
            problems << Problem::refused(QStringLiteral("R-D"),
                                         tr("The request to convene of %1 is unanswered past its "
                                            "deadline (%2): convene the requested meeting now.")
                                             .arg(RuleText::day(r.date), RuleText::day(s.deadline)),
                                         QStringLiteral("requests"));
        else
            problems << Problem::warning(QStringLiteral("R-D"),
                                         tr("The request to convene of %1 is open: convene the "
                                            "requested meeting by %2 (%n day(s) left).",
                                            nullptr, s.daysLeft)
                                             .arg(RuleText::day(r.date), RuleText::day(s.deadline)),
                                         QStringLiteral("requests"));
    }
    return problems;
}

Problems ComplianceRules::groupProblems(const History &history, QDate date)
{
    Problems problems;
    for (const WorkingGroup &g : history.groups)
        if (GroupRules::isFlagged(g, date))
            problems << Problem::refused(
                QStringLiteral("R-I"),
                tr("The working group \"%1\" held its first meeting on %2 without ratifying a "
                   "coordinator: propose one among its participants and ratify at the next "
                   "meeting.")
                    .arg(g.name, RuleText::day(GroupRules::firstHeld(g)->date)),
                QStringLiteral("groups"));
    return problems;
}

} // namespace tavolo
