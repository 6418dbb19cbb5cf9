#include "indicatorsview.h"

#include "core/rules/objectiverules.h"
#include "counteddialog.h"
#include "objectivetext.h"
#include "ui/tavolo/problemview.h"

#include <QHeaderView>

namespace tavolo {

IndicatorsView::IndicatorsView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("indicators"));
    setAccessibleName(tr("Indicators"));
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("No."), tr("Indicator"), tr("Type"), tr("Expected"), tr("Actual"),
                     tr("Where the actual value comes from")});
    header()->setSectionResizeMode(Description, QHeaderView::Stretch);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(Source, QHeaderView::Stretch); // both long texts share
    connect(this, &QTreeWidget::itemActivated, this, [this] { showCounted(); });
}

void IndicatorsView::setIndicators(const History &history, const Objective &objective, QDate day)
{
    const qint64 keep = currentIndicator();
    m_history = &history;
    m_indicators = objective.indicators;
    m_day = day;
    clear();
    for (const Indicator &i : objective.indicators) {
        const IndicatorValue v = IndicatorValues::on(history, i, day);
        auto *item = new QTreeWidgetItem(this,
                                         {QString::number(i.number), i.description, i.type,
                                          ObjectiveText::quantity(i.expected),
                                          ObjectiveText::actual(v), ObjectiveText::source(i, v)});
        item->setData(0, Qt::UserRole, i.id);
        item->setToolTip(Description, i.description);
        for (const int c : {int(Number), int(Expected), int(Actual)})
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        if (ObjectiveText::belowExpected(i, v))
            item->setIcon(Actual, ProblemView::icon(Severity::Warning));
        if (i.isComputed()) {
            QFont link = item->font(Source);
            link.setUnderline(true);
            item->setFont(Source, link);
            item->setToolTip(Source, tr("Double-click to see what was counted."));
        }
        if (i.id == keep)
            setCurrentItem(item);
    }
    for (const int c : {int(Number), int(Type), int(Expected), int(Actual)})
        resizeColumnToContents(c);
}

qint64 IndicatorsView::currentIndicator() const
{
    return currentItem() ? currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
}

bool IndicatorsView::showCounted()
{
    const qint64 id = currentIndicator();
    for (const Indicator &i : std::as_const(m_indicators)) {
        if (i.id != id || !i.isComputed() || !m_history)
            continue;
        const IndicatorValue v = IndicatorValues::on(*m_history, i, m_day);
        if (!v.measurement)
            return false;
        CountedDialog dialog(i.description, *v.measurement, this);
        dialog.exec();
        return true;
    }
    return false;
}

} // namespace tavolo
