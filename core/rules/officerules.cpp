#include "officerules.h"

#include "ruletext.h"

namespace tavolo {

namespace {

Problem datesProblem(const Period &p)
{
    return Problem::refused(QStringLiteral("DATES"),
                            OfficeRules::tr("The term ends (%1) before it starts (%2): check the "
                                            "dates.")
                                .arg(RuleText::day(p.to), RuleText::day(p.from)),
                            QStringLiteral("to"));
}

// The shared rule of succession for office terms and delegations.
template<typename Term, typename Describe>
Result<Succession> succeed(const QList<Term> &terms, Office office, const Period &period,
                           const Describe &describe)
{
    Succession succession;
    Problems warnings;
    for (const Term &t : terms) {
        if (t.office != office || !t.period.overlaps(period))
            continue;
        if (t.period.isOpen() && t.period.from < period.from && !succession.ends) {
            succession.ends = t.id;
            succession.endsOn = period.from.addDays(-1);
            warnings << Problem::warning(
                OfficeRules::ruleOf(office),
                OfficeRules::tr("%1 is ended on %2, the day before the new term starts.")
                    .arg(describe(t), RuleText::day(succession.endsOn)));
            continue;
        }
        return Result<Succession>::refused(
            Problem::refused(OfficeRules::ruleOf(office),
                             OfficeRules::tr("%1 overlaps %2: the office of %3 has one holder and "
                                             "one delegate at a time. End that term first, or "
                                             "start this one after it.")
                                 .arg(RuleText::term(period), describe(t), Offices::label(office)),
                             QStringLiteral("from")));
    }
    return Result<Succession>::ok(succession, warnings);
}

} // namespace

QString OfficeRules::ruleOf(Office office)
{
    return Offices::isChair(office) ? QStringLiteral("R-A") : QStringLiteral("R-B");
}

Problems OfficeRules::endProblems(const History &history, qint64 termId, QDate to)
{
    for (const OfficeTerm &t : history.officeTerms)
        if (t.id == termId)
            return RuleText::endProblems(
                t.period, to,
                tr("The term of %1 as %2")
                    .arg(history.personName(t.personId), Offices::label(t.office)));
    return {Problem::refused(QStringLiteral("NOT-FOUND"),
                             tr("There is no term of office with id %1.").arg(termId),
                             QStringLiteral("term"))};
}

Result<Succession> OfficeRules::assign(const History &history, const OfficeTerm &term)
{
    if (!term.period.isOrdered())
        return Result<Succession>::refused(datesProblem(term.period));
    return succeed(history.officeTerms, term.office, term.period, [&](const OfficeTerm &t) {
        return tr("the term of %1 as %2 (%3)")
            .arg(history.personName(t.personId), Offices::label(t.office),
                 RuleText::term(t.period));
    });
}

Result<Succession> OfficeRules::delegate(const History &history, const Delegation &d)
{
    const QString rule = ruleOf(d.office);
    if (!Offices::allowsDelegate(d.office))
        return Result<Succession>::refused(Problem::refused(
            rule,
            tr("The regulation allows no delegate for the %1: only the chair and the ASL "
               "directors may delegate. Assign the office to the person instead.")
                .arg(Offices::label(d.office)),
            QStringLiteral("office")));
    Problems problems;
    if (!d.actDate.isValid())
        problems << Problem::refused(rule,
                                     tr("A delegation is made by an act: give the act's date."),
                                     QStringLiteral("actDate"));
    if (d.actReference.trimmed().isEmpty())
        problems << Problem::refused(
            rule, tr("A delegation is made by an act: give the act's reference (protocol number)."),
            QStringLiteral("actReference"));
    if (!d.period.isOrdered())
        problems << datesProblem(d.period);
    if (hasRefusal(problems))
        return Result<Succession>::refused(problems);

    bool held = false;
    for (const OfficeTerm &t : history.officeTerms)
        held = held || (t.office == d.office && t.period.contains(d.period.from));
    if (!held)
        return Result<Succession>::refused(Problem::refused(
            rule,
            tr("Nobody holds the office of %1 on %2, so nobody can delegate it: assign the "
               "office first.")
                .arg(Offices::label(d.office), RuleText::day(d.period.from)),
            QStringLiteral("from")));

    auto result = succeed(history.delegations, d.office, d.period, [&](const Delegation &other) {
        return tr("the delegation of %1 to %2 (%3)")
            .arg(Offices::label(other.office), history.personName(other.delegateId),
                 RuleText::term(other.period));
    });
    if (result && d.actDate > d.period.from)
        result.addWarnings({Problem::warning(
            rule,
            tr("The act is dated %1, after the delegation starts (%2): check the dates.")
                .arg(RuleText::day(d.actDate), RuleText::day(d.period.from)),
            QStringLiteral("actDate"))});
    return result;
}

} // namespace tavolo
