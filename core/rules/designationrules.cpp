#include "designationrules.h"

#include "composition.h"
#include "ruletext.h"

#include <algorithm>

namespace tavolo {

namespace {

const QString kRule = QStringLiteral("R-E");

} // namespace

Problems DesignationRules::problems(const History &history, const Designation &d)
{
    Problems problems;
    if (d.category == Category::Other) {
        problems << Problem::refused(
            kRule,
            tr("%1 belongs to the category \"%2\", which holds no seat on the Tavolo: it may take "
               "part as a guest or in a working group. Correct its category if it is wrong.")
                .arg(history.organisationName(d.organisationId), Categories::label(d.category)),
            QStringLiteral("organisation"));
        return problems;
    }
    if (!d.actDate.isValid())
        problems << Problem::refused(
            kRule, tr("A designation is made by formal act: give the act's date."),
            QStringLiteral("actDate"));
    if (d.actReference.trimmed().isEmpty())
        problems << Problem::refused(
            kRule,
            tr("A designation is made by formal act: give the act's reference (protocol "
               "number)."),
            QStringLiteral("actReference"));
    if (!d.period.isOrdered())
        problems << Problem::refused(
            QStringLiteral("DATES"),
            tr("The designation ends (%1) before it starts (%2): check the dates.")
                .arg(RuleText::day(d.period.to), RuleText::day(d.period.from)),
            QStringLiteral("to"));
    if (hasRefusal(problems))
        return problems;
    problems << doubleSeatProblems(history, d);
    problems << seatProblems(history, d);
    if (!hasRefusal(problems))
        problems << mismatchProblems(history, d);
    if (!hasRefusal(problems) && d.actDate > d.period.from)
        problems << Problem::warning(
            kRule,
            tr("The act is dated %1, after the term starts (%2): check the dates.")
                .arg(RuleText::day(d.actDate), RuleText::day(d.period.from)),
            QStringLiteral("actDate"));
    return problems;
}

Problems DesignationRules::mismatchProblems(const History &history, const Designation &d)
{
    Problems problems;
    const QString person = history.personName(d.personId);
    const QString organisation = history.organisationName(d.organisationId);
    if (const qint64 own = history.personOrganisations.value(d.personId);
        own != 0 && own != d.organisationId)
        problems << Problem::warning(
            kRule,
            tr("%1 belongs to %2 in the register, not to %3: check that it is %3 that designates "
               "them.")
                .arg(person, history.organisationName(own), organisation),
            QStringLiteral("person"));
    // Sitting on the Tavolo for an office on the first day, as its holder or its delegate.
    QList<std::pair<Office, bool>> offices;
    for (const OfficeTerm &t : history.officeTerms)
        if (t.personId == d.personId && t.period.contains(d.period.from))
            offices << std::pair {t.office, false};
    for (const Delegation &g : history.delegations)
        if (g.delegateId == d.personId && g.period.contains(d.period.from))
            offices << std::pair {g.office, true};
    for (const auto &[office, delegate] : offices)
        problems << Problem::warning(
            kRule,
            (delegate ? tr("%1 is the delegate for the office of %2 on %3 and sits on the Tavolo "
                           "for it: check that %4 means to designate them as its representative.")
                      : tr("%1 holds the office of %2 on %3 and sits on the Tavolo for it: check "
                           "that %4 means to designate them as its representative."))
                .arg(person, Offices::label(office), RuleText::day(d.period.from), organisation),
            QStringLiteral("person"));
    return problems;
}

// A seat count can only grow on a day another designation of the category starts, so checking
// the first day of the term and each such start inside it covers every day of the term.
Problems DesignationRules::seatProblems(const History &history, const Designation &d)
{
    QList<QDate> days {d.period.from};
    for (const Designation &other : history.designations)
        if (other.id != d.id && other.category == d.category
            && d.period.contains(other.period.from))
            days << other.period.from;
    std::sort(days.begin(), days.end());
    for (QDate day : days) {
        const QList<Designation> holders =
            CompositionRules::holdersOn(history, d.category, day, d.id);
        const int seats = CompositionRules::regulationOn(history, day).seatsOf(d.category);
        if (holders.size() < seats)
            continue;
        return {Problem::refused(
            kRule,
            tr("The category \"%1\" has %n seat(s), and on %2 they are held by: %3. End one of "
               "those designations first, or start this one after a seat is free.",
               nullptr, seats)
                .arg(Categories::label(d.category), RuleText::day(day),
                     RuleText::holders(history, holders)),
            QStringLiteral("from"))};
    }
    return {};
}

Problems DesignationRules::doubleSeatProblems(const History &history, const Designation &d)
{
    for (const Designation &other : history.designations) {
        if (other.id == d.id || other.personId != d.personId || !other.period.overlaps(d.period))
            continue;
        return {Problem::refused(
            kRule,
            tr("%1 already holds a seat for %2 (%3): a person holds one seat at a time. End "
               "that designation first.")
                .arg(history.personName(d.personId), history.organisationName(other.organisationId),
                     RuleText::term(other.period)),
            QStringLiteral("person"))};
    }
    return {};
}

Problems DesignationRules::endProblems(const History &history, qint64 id, QDate to)
{
    const Designation *d = history.designation(id);
    if (!d)
        return {Problem::refused(QStringLiteral("NOT-FOUND"),
                                 tr("There is no designation with id %1.").arg(id),
                                 QStringLiteral("designation"))};
    return RuleText::endProblems(d->period, to,
                                 tr("The designation of %1").arg(history.personName(d->personId)));
}

} // namespace tavolo
