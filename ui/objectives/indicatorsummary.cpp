#include "indicatorsummary.h"

#include "core/rules/objectiverules.h"
#include "objectivetext.h"
#include "ui/tavolo/problemview.h"

#include <QTreeWidget>

namespace tavolo {

void IndicatorSummary::addTo(QTreeWidget *summary, const History &history, QDate day)
{
    auto *year = new QTreeWidgetItem(summary, {tr("Objectives' indicators in %1").arg(day.year())});
    year->setData(0, Qt::UserRole, QStringLiteral("indicators"));
    int indicators = 0;
    int below = 0;
    for (const Objective &o : history.objectives) {
        if (day.year() < o.firstYear || day.year() > o.lastYear)
            continue;
        auto *objective = new QTreeWidgetItem(
            year, {o.code, tr("progress %1%").arg(ObjectiveText::amount(o.weightedProgress()))});
        objective->setToolTip(0, o.title);
        for (const Indicator &i : o.indicators) {
            const IndicatorValue v = IndicatorValues::on(history, i, day);
            ++indicators;
            // The description cut (the tooltip has all of it): the summary's first column fits
            // its contents, and a whole one would push the values out of sight.
            auto *item = new QTreeWidgetItem(
                objective,
                {i.description.size() > 40 ? i.description.left(38).trimmed() + QChar(0x2026)
                                           : i.description,
                 tr("%1 of %2 expected")
                     .arg(ObjectiveText::actual(v), ObjectiveText::quantity(i.expected))});
            item->setToolTip(0, i.description);
            item->setToolTip(1, ObjectiveText::source(i, v));
            if (ObjectiveText::belowExpected(i, v)) {
                ++below;
                item->setIcon(1, ProblemView::icon(Severity::Warning));
            }
        }
    }
    year->setText(1,
                  indicators == 0
                      ? tr("none")
                      : tr("%n indicator(s), %1 below expected", nullptr, indicators).arg(below));
}

} // namespace tavolo
