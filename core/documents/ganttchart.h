#pragma once

#include <QDate>
#include <QList>
#include <QLocale>
#include <QRectF>
#include <QString>

class QPainter;

namespace tavolo {
struct ObjectivePhase;
}

namespace tavolo::documents {

// One bar of the chart: an objective's phase as plain values (seed 002's sheet).
struct GanttRow
{
    QString label; // "1. Avvio della co-progettazione"
    double weight = 0; // percent of the objective; shown next to the label
    QDate plannedStart;
    QDate plannedEnd; // inclusive
    QDate actualStart; // null: not started
    QDate actualEnd; // null: not finished (the actual bar runs to `today`, or to the range's end)
    double progress = 0; // percent done, 0 … 100

    // The row of an objective's phase, labelled "<number>. <description>".
    static GanttRow of(const ObjectivePhase &phase);
};

// The words the chart writes: Italian by default (documents are Italian whatever the interface
// language); the GUI passes its translated words.
struct GanttWords
{
    QString planned = QStringLiteral("Previsto");
    QString actual = QStringLiteral("Effettivo");
    QString progress = QStringLiteral("Avanzamento");
    QString today = QStringLiteral("Oggi");
    QLocale locale {QLocale::Italian}; // month names
};

struct GanttData
{
    QList<GanttRow> rows;
    QDate from; // first day drawn
    QDate to; // last day drawn (inclusive)
    QDate today; // null: no line
    GanttWords words;
};

// The Gantt chart of an objective's phases, painted with QPainter into any rectangle: the same
// code draws the Obiettivi page's widget and the annual report's PDF page (as vectors). Each row
// has its planned bar (light, outlined, filled as far as its progress) and below it the actual
// bar (solid, darker): the two stay distinct in greyscale by their tone and height. Years and
// months are ticked above, today is a dashed vertical line, and a legend closes the chart.
// The painter's current font sets the type size.
class GanttChart
{
public:
    explicit GanttChart(GanttData data);

    const GanttData &data() const { return m_data; }

    // The part of `rect` where the dates run (right of the labels, below the ticks).
    QRectF timeline(const QRectF &rect, double lineHeight) const;
    // The x of the start of `day` inside `timeline`: from → left edge, to + 1 day → right edge.
    double xOf(QDate day, const QRectF &timeline) const;
    // The bars of row `row`, inside `timeline` (empty when the row has no such dates).
    QRectF plannedBar(int row, const QRectF &timeline) const;
    QRectF actualBar(int row, const QRectF &timeline) const;
    // The height the chart wants for its rows at this line height (ticks and legend included).
    double preferredHeight(double lineHeight) const;

    void paint(QPainter &painter, const QRectF &rect) const;

    // The date range that holds every bar and `today`, widened to whole months.
    static void fitRange(GanttData &data);

private:
    double rowHeight(const QRectF &timeline) const;
    void paintTicks(QPainter &painter, const QRectF &rect, const QRectF &line, double lh) const;
    void paintRows(QPainter &painter, const QRectF &rect, const QRectF &line) const;
    void paintToday(QPainter &painter, const QRectF &line, double lh) const;
    void paintLegend(QPainter &painter, const QRectF &rect, double lh) const;

    GanttData m_data;
};

} // namespace tavolo::documents
