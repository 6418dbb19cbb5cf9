#include "participationrules.h"

#include "cyclerules.h"
#include "ruletext.h"

namespace tavolo {

namespace {

const QString kRule = QStringLiteral("R-L");

} // namespace

const Meeting *ParticipationRules::attendedAfter(const History &history, qint64 tableId,
                                                 qint64 personId, QDate day)
{
    const PlanningTable *t = history.table(tableId);
    if (!t)
        return nullptr;
    for (const Meeting &m : t->meetings) // by date
        if (m.date > day && m.attendance.contains(personId))
            return &m;
    return nullptr;
}

const TableParticipant *ParticipationRules::latest(const History &history, qint64 tableId,
                                                   qint64 personId)
{
    const PlanningTable *t = history.table(tableId);
    const TableParticipant *found = nullptr;
    if (t)
        for (const TableParticipant &p : t->participants) // by first day
            if (p.personId == personId)
                found = &p;
    return found;
}

Problems ParticipationRules::endProblems(const History &history, qint64 tableId, qint64 personId,
                                         QDate to)
{
    if (!history.table(tableId))
        return {
            Problem::refused(QStringLiteral("NOT-FOUND"),
                             CycleRules::tr("There is no planning table with id %1.").arg(tableId),
                             QStringLiteral("table"))};
    const QString who = history.personName(personId);
    const QString table = CycleRules::tableName(history, tableId);
    const TableParticipant *p = latest(history, tableId, personId);
    if (!p)
        return {Problem::refused(QStringLiteral("NOT-FOUND"),
                                 tr("%1 does not take part in %2.").arg(who, table),
                                 QStringLiteral("person"))};
    if (!to.isValid())
        return {Problem::refused(QStringLiteral("REQUIRED"),
                                 tr("Give the last day on which the person takes part."),
                                 QStringLiteral("to"))};
    if (to < p->period.from)
        return {Problem::refused(QStringLiteral("DATES"),
                                 tr("%1 takes part in %2 from %3: the participation cannot end "
                                    "before.")
                                     .arg(who, table, RuleText::day(p->period.from)),
                                 QStringLiteral("to"))};
    if (!p->period.isOpen() && to > p->period.to)
        return {Problem::refused(QStringLiteral("DATES"),
                                 tr("The participation of %1 in %2 already ended on %3: it is not "
                                    "extended; add a new one instead.")
                                     .arg(who, table, RuleText::day(p->period.to)),
                                 QStringLiteral("to"))};
    if (const Meeting *m = attendedAfter(history, tableId, personId, to))
        return {Problem::refused(kRule,
                                 tr("The attendance of %1 is recorded at the meeting of %2 of %3, "
                                    "after %4: the participation cannot end before that meeting.")
                                     .arg(who, RuleText::day(m->date), table, RuleText::day(to)),
                                 QStringLiteral("to"))};
    return {};
}

Problems ParticipationRules::removalProblems(const History &history, qint64 tableId,
                                             qint64 personId, QDate from)
{
    if (const Meeting *m = attendedAfter(history, tableId, personId, from.addDays(-1)))
        return {Problem::refused(
            kRule,
            tr("The correction would take %1 out of %2 from %3, but the attendance of %1 is "
               "recorded at its meeting of %4: keep the contact and the tables, or end the "
               "participation (table.participant.end) instead.")
                .arg(history.personName(personId), CycleRules::tableName(history, tableId),
                     RuleText::day(from), RuleText::day(m->date)),
            QStringLiteral("tables"))};
    return {};
}

} // namespace tavolo
