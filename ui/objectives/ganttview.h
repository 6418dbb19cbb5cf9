#pragma once

#include "core/documents/ganttchart.h"
#include "core/domain/objective.h"

#include <QWidget>

namespace tavolo {

// An objective's phases as a Gantt chart on screen (documents::GanttChart, the painter the
// annual report uses): planned against actual bars over the objective's years, and the page's
// day as a dashed line when it falls within them.
class GanttView : public QWidget
{
    Q_OBJECT
public:
    explicit GanttView(QWidget *parent = nullptr);

    void setObjective(const Objective &objective, QDate today);
    void clear();
    const documents::GanttChart &chart() const { return m_chart; }
    // The chart's data for an objective: the range is its years, widened to hold its actual days.
    static documents::GanttData dataOf(const Objective &objective, QDate today);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    documents::GanttChart m_chart;
};

} // namespace tavolo
