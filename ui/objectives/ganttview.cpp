#include "ganttview.h"

#include <QPainter>

namespace tavolo {

GanttView::GanttView(QWidget *parent)
    : QWidget(parent)
    , m_chart(documents::GanttData {})
{
    setAccessibleName(tr("Gantt chart of the phases"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

documents::GanttData GanttView::dataOf(const Objective &o, QDate today)
{
    documents::GanttData d;
    d.words.planned = tr("Planned");
    d.words.actual = tr("Actual");
    d.words.progress = tr("Progress");
    d.words.today = tr("Day shown");
    d.words.locale = QLocale();
    for (const ObjectivePhase &p : o.phases)
        d.rows << documents::GanttRow::of(p);
    documents::GanttChart::fitRange(d); // the phases' days, in whole months
    const Period years = o.years();
    if (years.from.isValid() && (!d.from.isValid() || years.from < d.from))
        d.from = years.from;
    if (years.to.isValid() && (!d.to.isValid() || years.to > d.to))
        d.to = years.to;
    d.today = today;
    return d;
}

void GanttView::setObjective(const Objective &objective, QDate today)
{
    m_chart = documents::GanttChart(dataOf(objective, today));
    updateGeometry();
    update();
}

void GanttView::clear()
{
    m_chart = documents::GanttChart(documents::GanttData {});
    update();
}

QSize GanttView::sizeHint() const
{
    return {600, int(m_chart.preferredHeight(fontMetrics().height()))};
}

QSize GanttView::minimumSizeHint() const
{
    return {300, fontMetrics().height() * 8};
}

void GanttView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    painter.setFont(font());
    m_chart.paint(painter, QRectF(rect()).adjusted(6, 4, -6, -4));
}

} // namespace tavolo
