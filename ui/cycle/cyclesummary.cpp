#include "cyclesummary.h"

#include "core/rules/cyclestatus.h"
#include "core/rules/ruletext.h"
#include "ui/tavolo/problemview.h"

#include <QTreeWidget>

namespace tavolo {

void CycleSummary::addTo(QTreeWidget *summary, const History &history, QDate day)
{
    for (const PlanningCycle &c : history.cycles) {
        if (c.period.from > day)
            continue;
        const CycleStatus s = CycleStatusRules::of(history, c, day);
        auto *cycle = new QTreeWidgetItem(
            summary,
            {tr("%1 (R-L, R-M)").arg(c.name),
             s.inProgress ? tr("in progress") : tr("ended on %1").arg(RuleText::day(c.period.to))});
        auto *tables =
            new QTreeWidgetItem(cycle,
                                {tr("Planning tables"),
                                 s.tablesWithoutMeetings.isEmpty()
                                     ? tr("%n, each has met", nullptr, s.tables)
                                     : tr("%n, of which %1 with no meeting yet", nullptr, s.tables)
                                           .arg(s.tablesWithoutMeetings.size())});
        for (const qint64 id : s.tablesWithoutMeetings) {
            const PlanningTable *t = history.table(id);
            // The name last: a long one is cut by the column instead of pushing the state away.
            auto *item = new QTreeWidgetItem(
                tables, {tr("no meeting yet"), t ? t->name : QString::number(id)});
            item->setIcon(0, ProblemView::icon(Severity::Warning));
        }
        auto *submissions =
            new QTreeWidgetItem(cycle,
                                {tr("Submissions"),
                                 tr("%n received, %1 late, %2 admitted", nullptr, s.submissions)
                                     .arg(s.late)
                                     .arg(s.admitted)});
        if (s.lateUndecided > 0) {
            auto *late = new QTreeWidgetItem(
                submissions,
                {tr("Late submissions awaiting a decision"), QString::number(s.lateUndecided)});
            late->setIcon(1, ProblemView::icon(Severity::Warning));
        }
        new QTreeWidgetItem(
            cycle, {tr("Adhesions to the programme agreement"), QString::number(s.adhesions)});
    }
}

} // namespace tavolo
