#include "cyclerules.h"

#include "ruletext.h"

#include <algorithm>

namespace tavolo {

namespace {

const QString kRuleM = QStringLiteral("R-M");

Problem notFound(const QString &sentence, const QString &field)
{
    return Problem::refused(QStringLiteral("NOT-FOUND"), sentence, field);
}

} // namespace

QString CycleRules::tableName(const History &history, qint64 tableId)
{
    const PlanningTable *t = history.table(tableId);
    if (!t)
        return tr("the planning table #%1").arg(tableId);
    switch (t->kind) {
    case TableKind::Target:
        return t->level.isEmpty() ? tr("the target table \"%1\"").arg(t->name)
                                  : tr("the target table \"%1\" (%2)").arg(t->name, t->level);
    case TableKind::Plenary:
        return tr("the plenary \"%1\"").arg(t->name);
    case TableKind::CoProgramming:
        return tr("the co-programming table \"%1\"").arg(t->name);
    }
    return t->name;
}

Problems CycleRules::addProblems(const History &history, const PlanningCycle &c)
{
    Problems problems;
    if (c.name.trimmed().isEmpty())
        problems << Problem::refused(QStringLiteral("REQUIRED"), tr("Give the cycle a name."),
                                     QStringLiteral("name"));
    if (!c.period.from.isValid() || !c.period.to.isValid() || c.period.to < c.period.from)
        problems << Problem::refused(QStringLiteral("INPUT"),
                                     tr("A cycle has a first and a last day, in this order."),
                                     QStringLiteral("to"));
    for (const PlanningCycle &other : history.cycles)
        if (other.id != c.id && other.name.compare(c.name.trimmed(), Qt::CaseInsensitive) == 0)
            problems << Problem::refused(QStringLiteral("DUPLICATE"),
                                         tr("A cycle named \"%1\" already exists.").arg(c.name),
                                         QStringLiteral("name"));
    QStringList names;
    for (const SubArea &s : c.subAreas) {
        if (s.name.trimmed().isEmpty() || names.contains(s.name.trimmed(), Qt::CaseInsensitive))
            problems << Problem::refused(QStringLiteral("INPUT"),
                                         tr("Each sub-area has a name of its own."),
                                         QStringLiteral("subAreas"));
        names << s.name.trimmed();
    }
    return problems;
}

Problems CycleRules::actProblems(const std::optional<ActRecord> &act, const QString &field,
                                 const PlanningCycle &c)
{
    if (!act)
        return {};
    if (!act->date.isValid() || act->actReference.trimmed().isEmpty())
        return {Problem::refused(QStringLiteral("INPUT"), tr("An act has a date and a reference."),
                                 field)};
    if (act->date > c.period.to)
        return {Problem::refused(QStringLiteral("INPUT"),
                                 tr("The act of %1 comes after the cycle's last day (%2).")
                                     .arg(RuleText::day(act->date), RuleText::day(c.period.to)),
                                 field)};
    return {};
}

Problems CycleRules::updateProblems(const History &history, const PlanningCycle &c)
{
    Problems problems = addProblems(history, c);
    problems << actProblems(c.planApproved, QStringLiteral("planApproved"), c);
    problems << actProblems(c.agreementSigned, QStringLiteral("agreementSigned"), c);
    if (c.planApproved && c.agreementSigned && c.agreementSigned->date < c.planApproved->date)
        problems << Problem::refused(
            QStringLiteral("INPUT"),
            tr("The programme agreement (%1) adopts the plan: it cannot come before the plan's "
               "approval (%2).")
                .arg(RuleText::day(c.agreementSigned->date), RuleText::day(c.planApproved->date)),
            QStringLiteral("agreementSigned"));
    return problems;
}

Problems CycleRules::tableProblems(const History &history, const PlanningTable &t)
{
    const PlanningCycle *c = history.cycle(t.cycleId);
    if (!c)
        return {
            notFound(tr("There is no cycle with id %1.").arg(t.cycleId), QStringLiteral("cycle"))};
    Problems problems;
    if (t.name.trimmed().isEmpty())
        problems << Problem::refused(QStringLiteral("REQUIRED"), tr("Give the table a name."),
                                     QStringLiteral("name"));
    for (const PlanningTable &other : history.tablesOf(c->id))
        if (other.id != t.id && other.name.compare(t.name.trimmed(), Qt::CaseInsensitive) == 0)
            problems << Problem::refused(
                QStringLiteral("DUPLICATE"),
                tr("The cycle %1 already has a table named \"%2\".").arg(c->name, t.name),
                QStringLiteral("name"));
    if (!t.level.isEmpty()) {
        bool known = false;
        for (const SubArea &s : c->subAreas)
            known = known || s.name == t.level;
        if (!known)
            problems << Problem::refused(
                QStringLiteral("INPUT"),
                tr("\"%1\" is not a sub-area of the cycle %2: give \"ambito\" or one of its "
                   "sub-areas.")
                    .arg(t.level, c->name),
                QStringLiteral("level"));
        else if (t.kind != TableKind::Target)
            problems << Problem::refused(
                QStringLiteral("INPUT"),
                tr("Plenaries and co-programming tables work at the level of the whole Ambito."),
                QStringLiteral("level"));
    }
    return problems;
}

Problems CycleRules::participantProblems(const History &history, qint64 tableId, qint64 personId,
                                         QDate from)
{
    const PlanningTable *t = history.table(tableId);
    if (!t)
        return {notFound(tr("There is no planning table with id %1.").arg(tableId),
                         QStringLiteral("table"))};
    if (!from.isValid())
        return {Problem::refused(QStringLiteral("REQUIRED"),
                                 tr("Give the day from which the person takes part."),
                                 QStringLiteral("from"))};
    for (const TableParticipant &p : t->participants)
        if (p.personId == personId && (p.period.contains(from) || p.period.from > from))
            return {
                Problem::refused(QStringLiteral("DUPLICATE"),
                                 tr("%1 already takes part in %2 from %3.")
                                     .arg(history.personName(personId), tableName(history, tableId),
                                          RuleText::day(p.period.from)),
                                 QStringLiteral("person"))};
    return {};
}

Problems CycleRules::callProblems(const History &history, const Call &call)
{
    const PlanningCycle *c = history.cycle(call.cycleId);
    if (!c)
        return {notFound(tr("There is no cycle with id %1.").arg(call.cycleId),
                         QStringLiteral("cycle"))};
    Problems problems;
    if (call.title.trimmed().isEmpty())
        problems << Problem::refused(QStringLiteral("REQUIRED"), tr("Give the call a title."),
                                     QStringLiteral("title"));
    if (call.forms.isEmpty())
        problems << Problem::refused(QStringLiteral("R-L"),
                                     tr("A call has at least one form, each with its deadline."),
                                     QStringLiteral("forms"));
    QStringList seen;
    for (const CallForm &f : call.forms) {
        if (f.form.trimmed().isEmpty() || seen.contains(f.form))
            problems << Problem::refused(QStringLiteral("R-L"),
                                         tr("Each form of a call has a letter of its own (A, B, "
                                            "…)."),
                                         QStringLiteral("forms"));
        seen << f.form;
        if (!f.deadline.isValid())
            problems << Problem::refused(QStringLiteral("R-L"),
                                         tr("The form %1 has no deadline.").arg(f.form),
                                         QStringLiteral("forms"));
        else if (call.published.isValid() && f.deadline < call.published)
            problems << Problem::refused(
                QStringLiteral("R-L"),
                tr("The deadline of the form %1 (%2) comes before the call's publication (%3).")
                    .arg(f.form, RuleText::day(f.deadline), RuleText::day(call.published)),
                QStringLiteral("forms"));
    }
    for (qint64 id : call.tables) {
        const PlanningTable *t = history.table(id);
        if (!t || t->cycleId != c->id)
            problems << notFound(
                tr("The cycle %1 has no planning table with id %2.").arg(c->name).arg(id),
                QStringLiteral("tables"));
    }
    return problems;
}

QList<Meeting> CycleRules::participationRecord(const History &history, qint64 cycleId,
                                               qint64 organisationId)
{
    QList<Meeting> out;
    for (const PlanningTable &t : history.tablesOf(cycleId))
        for (const Meeting &m : t.meetings) {
            if (!m.isHeld())
                continue;
            for (auto it = m.attendance.cbegin(); it != m.attendance.cend(); ++it)
                if (it.value() == Attendance::Present
                    && history.personOrganisations.value(it.key(), -1) == organisationId) {
                    out << m;
                    break;
                }
        }
    return out;
}

Problems CycleRules::adhesionProblems(const History &history, const Adhesion &a)
{
    const PlanningCycle *c = history.cycle(a.cycleId);
    if (!c)
        return {
            notFound(tr("There is no cycle with id %1.").arg(a.cycleId), QStringLiteral("cycle"))};
    if (!history.organisations.contains(a.organisationId))
        return {notFound(tr("There is no organisation with id %1.").arg(a.organisationId),
                         QStringLiteral("organisation"))};
    if (!a.requested.isValid())
        return {Problem::refused(QStringLiteral("REQUIRED"),
                                 tr("Give the day of the request to adhere."),
                                 QStringLiteral("requested"))};
    const QString body = history.organisationName(a.organisationId);
    for (const Adhesion &other : history.adhesions)
        if (other.cycleId == a.cycleId && other.organisationId == a.organisationId)
            return {Problem::refused(kRuleM,
                                     tr("%1 already adheres to the programme agreement of the "
                                        "cycle %2 (request of %3).")
                                         .arg(body, c->name, RuleText::day(other.requested)),
                                     QStringLiteral("organisation"))};
    if (!participationRecord(history, a.cycleId, a.organisationId).isEmpty())
        return {};
    QList<qint64> people;
    for (auto it = history.personOrganisations.cbegin(); it != history.personOrganisations.cend();
         ++it)
        if (it.value() == a.organisationId)
            people << it.key();
    std::sort(people.begin(), people.end());
    int held = 0;
    for (const PlanningTable &t : history.tablesOf(a.cycleId))
        for (const Meeting &m : t.meetings)
            held += m.isHeld() ? 1 : 0;
    const QString checked = people.isEmpty()
        ? tr("the register names no person of it")
        : tr("none of its people (%1) is recorded present").arg(RuleText::people(history, people));
    return {Problem::refused(
        kRuleM,
        tr("%1 took no part in drafting the plan of the cycle %2: %3 at any of the %n held "
           "meeting(s) of the cycle's tables and plenaries.",
           nullptr, held)
            .arg(body, c->name, checked),
        QStringLiteral("organisation"))};
}

} // namespace tavolo
