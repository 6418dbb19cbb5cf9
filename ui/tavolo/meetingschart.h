#pragma once

#include <QChartView>
#include <QMap>

class QBarCategoryAxis;
class QBarSet;
class QValueAxis;

namespace tavolo {

// The dashboard's bar chart of the meetings held per year. It keeps one chart and changes its
// bars and axes in place: a new chart at every date the clerk picked was most of the cost of
// moving the dashboard to another date (bench/archive-scale: the chart's layout built again
// from nothing, 58% of a refresh of a twenty-year archive), and nothing at all is redrawn when
// the count per year did not change (the clerk moving the date within a year).
class MeetingsChart : public QChartView
{
    Q_OBJECT
public:
    explicit MeetingsChart(QWidget *parent = nullptr);

    // Meetings held, by year (the years between without meetings count 0). Not named show():
    // that would hide QWidget::show().
    void setHeld(const QMap<int, int> &held);
    const QMap<int, int> &held() const { return m_held; }

private:
    void draw(const QMap<int, int> &held);

    QBarSet *m_set;
    QBarCategoryAxis *m_years;
    QValueAxis *m_count;
    QMap<int, int> m_held; // what the chart shows
};

} // namespace tavolo
