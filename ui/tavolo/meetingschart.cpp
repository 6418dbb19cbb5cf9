#include "meetingschart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

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
    draw({});
}

void MeetingsChart::setHeld(const QMap<int, int> &held)
{
    if (held != m_held)
        draw(held);
}

void MeetingsChart::draw(const QMap<int, int> &held)
{
    m_held = held;
    chart()->setTitle(held.isEmpty() ? tr("Meetings held per year: none held yet")
                                     : tr("Meetings held per year"));
    m_years->setVisible(!held.isEmpty());
    m_count->setVisible(!held.isEmpty());
    m_set->remove(0, m_set->count());
    QStringList years;
    int top = 2;
    if (!held.isEmpty()) {
        for (int y = held.firstKey(); y <= held.lastKey(); ++y) {
            *m_set << held.value(y);
            years << QString::number(y);
            top = qMax(top, held.value(y));
        }
    }
    m_years->setCategories(years);
    m_count->setRange(0, top + 1);
    m_count->setTickCount(top + 2);
}

} // namespace tavolo
