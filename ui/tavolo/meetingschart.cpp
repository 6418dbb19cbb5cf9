#include "meetingschart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>
#include <algorithm>

namespace tavolo {

// The chart is given to QChartView's constructor, which owns it: a view built without one
// makes its own, and setChart() later would release that one without deleting it.
MeetingsChart::MeetingsChart(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_set(new QBarSet(tr("Meetings held")))
    , m_years(new QBarCategoryAxis)
    , m_count(new QValueAxis)
{
    QChart *chart = this->chart();
    chart->legend()->hide();
    auto *series = new QBarSeries;
    series->append(m_set);
    chart->addSeries(series);
    chart->addAxis(m_years, Qt::AlignBottom);
    chart->addAxis(m_count, Qt::AlignLeft);
    series->attachAxis(m_years);
    series->attachAxis(m_count);
    m_count->setLabelFormat(QStringLiteral("%d"));
    setRenderHint(QPainter::Antialiasing);
}

void MeetingsChart::show(const QMap<int, int> &held)
{
    if (m_filled && held == m_held)
        return;
    m_filled = true;
    m_held = held;
    chart()->setTitle(held.isEmpty() ? tr("Meetings held per year: none held yet")
                                     : tr("Meetings held per year"));
    m_years->setVisible(!held.isEmpty());
    m_count->setVisible(!held.isEmpty());
    QList<int> counts;
    QStringList years;
    if (!held.isEmpty()) {
        for (int y = held.firstKey(); y <= held.lastKey(); ++y) {
            counts << held.value(y);
            years << QString::number(y);
        }
    }
    // What is the same is left alone: each change lays the chart out again.
    if (m_years->categories() != years)
        m_years->setCategories(years);
    if (m_set->count() != counts.size())
        m_set->remove(0, m_set->count());
    for (int i = 0; i < counts.size(); ++i) {
        if (i >= m_set->count())
            m_set->append(counts.at(i));
        else if (m_set->at(i) != counts.at(i))
            m_set->replace(i, counts.at(i));
    }
    const int top = qMax(2, counts.isEmpty() ? 0 : *std::max_element(counts.begin(), counts.end()));
    if (m_count->max() != top + 1) {
        m_count->setRange(0, top + 1);
        m_count->setTickCount(top + 2);
    }
}

} // namespace tavolo
