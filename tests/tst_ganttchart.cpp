// The Gantt chart painter (core/documents/ganttchart.h): dates to x, the bars' rectangles, and
// the colours that land where they should when painted into an image.

#include "core/documents/ganttchart.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace tavolo::documents;

class TestGanttChart : public QObject
{
    Q_OBJECT
private slots:
    void datesToX();
    void barsFollowTheirDates();
    void unfinishedActualBarRunsToToday();
    void fitRangeTakesWholeMonths();
    void paintsBarsProgressAndToday();
    void emptyRangePaintsNothing();
};

namespace {

// Seed 002's two phases (60 and 40) over 2026, seen on 15 September.
GanttData sample()
{
    GanttData d;
    d.from = QDate(2026, 1, 1);
    d.to = QDate(2026, 12, 31);
    d.today = QDate(2026, 9, 15);
    d.rows = {{QStringLiteral("1. Avvio"), 60, QDate(2026, 1, 1), QDate(2026, 6, 30),
               QDate(2026, 2, 1), QDate(2026, 5, 31), 50},
              {QStringLiteral("2. Realizzazione"), 40, QDate(2026, 7, 1), QDate(2026, 12, 31),
               QDate(), QDate(), 0}};
    return d;
}

bool near(QRgb pixel, const QColor &expected, int tolerance = 12)
{
    const QColor c = QColor::fromRgb(pixel);
    return std::abs(c.red() - expected.red()) <= tolerance
        && std::abs(c.green() - expected.green()) <= tolerance
        && std::abs(c.blue() - expected.blue()) <= tolerance;
}

const QColor plannedFill(0xdd, 0xe8, 0xf3);
const QColor progressFill(0x3b, 0x6a, 0x94);
const QColor actualFill(0xe0, 0x8a, 0x1e);

} // namespace

void TestGanttChart::datesToX()
{
    const GanttChart chart(sample());
    const QRectF line(100, 20, 365, 200); // one unit a day
    QCOMPARE(chart.xOf(QDate(2026, 1, 1), line), 100.0);
    QCOMPARE(chart.xOf(QDate(2026, 2, 1), line), 131.0);
    QCOMPARE(chart.xOf(QDate(2027, 1, 1), line), 465.0); // the day after `to`: the right edge
    QVERIFY(chart.xOf(QDate(2026, 7, 1), line) > chart.xOf(QDate(2026, 6, 30), line));
}

void TestGanttChart::barsFollowTheirDates()
{
    const GanttChart chart(sample());
    const QRectF line(100, 20, 365, 200);
    const QRectF planned0 = chart.plannedBar(0, line);
    QCOMPARE(planned0.left(), 100.0);
    QCOMPARE(planned0.right(), 100.0 + 181); // to the end of 30 June
    const QRectF actual0 = chart.actualBar(0, line);
    QCOMPARE(actual0.left(), 131.0);
    QCOMPARE(actual0.right(), 100.0 + 151); // to the end of 31 May
    QVERIFY(actual0.top() >= planned0.bottom()); // the actual bar below the planned one
    QVERIFY(actual0.bottom() <= 120.0); // both inside the first row (rows of 100)
    QVERIFY(chart.actualBar(1, line).isEmpty()); // not started
    QVERIFY(chart.plannedBar(1, line).top() >= 120.0);
}

void TestGanttChart::unfinishedActualBarRunsToToday()
{
    GanttData d = sample();
    d.rows[1].actualStart = QDate(2026, 7, 10);
    const QRectF line(0, 0, 365, 100);
    QCOMPARE(GanttChart(d).actualBar(1, line).right(), GanttChart(d).xOf(QDate(2026, 9, 16), line));
    d.today = QDate();
    QCOMPARE(GanttChart(d).actualBar(1, line).right(), 365.0); // no today: to the range's end
}

void TestGanttChart::fitRangeTakesWholeMonths()
{
    GanttData d = sample();
    d.from = d.to = QDate();
    d.rows[0].plannedStart = QDate(2025, 11, 20);
    d.today = QDate(2027, 2, 3);
    GanttChart::fitRange(d);
    QCOMPARE(d.from, QDate(2025, 11, 1));
    QCOMPARE(d.to, QDate(2027, 2, 28));
}

void TestGanttChart::paintsBarsProgressAndToday()
{
    const GanttChart chart(sample());
    QImage image(900, 360, QImage::Format_RGB32);
    image.fill(Qt::white);
    const QRectF area(0, 0, 900, 360);
    {
        QPainter painter(&image);
        painter.setFont(QFont(painter.font().family(), 9));
        chart.paint(painter, area);
    }
    if (const QString out = qEnvironmentVariable("TAVOLO_GANTT_PNG"); !out.isEmpty())
        image.save(out); // to look at it
    QPainter probe(&image);
    const double lh = QFontMetricsF(QFont(probe.font().family(), 9), &image).height();
    probe.end();
    const QRectF line = chart.timeline(area, lh);
    QVERIFY(line.width() > 400);
    QVERIFY(line.height() > 40);

    const QRectF planned0 = chart.plannedBar(0, line);
    const int py = qRound(planned0.center().y());
    // 50% done: the first quarter of the bar is the progress fill, the last quarter the planned.
    QVERIFY2(near(image.pixel(qRound(planned0.left() + planned0.width() * 0.25), py), progressFill),
             "progress fill in the first half of phase 1");
    QVERIFY2(near(image.pixel(qRound(planned0.left() + planned0.width() * 0.75), py), plannedFill),
             "planned fill in the second half of phase 1");
    const QRectF actual0 = chart.actualBar(0, line);
    QVERIFY2(near(image.pixel(actual0.center().toPoint()), actualFill), "actual bar of phase 1");
    // Phase 2 has not started: no actual colour in its row, but its planned bar is there.
    const QRectF planned1 = chart.plannedBar(1, line);
    QVERIFY(near(image.pixel(qRound(planned1.center().x()), qRound(planned1.center().y())),
                 plannedFill));
    const double belowPlanned1 = planned1.bottom() + (line.bottom() - planned1.bottom()) / 2;
    QVERIFY(!near(image.pixel(qRound(planned1.center().x()), qRound(belowPlanned1)), actualFill));
    // Today's dashed line: reddish pixels in its column, none a few days before.
    const int tx =
        qRound(chart.xOf(QDate(2026, 9, 15), line)
               + (chart.xOf(QDate(2026, 9, 16), line) - chart.xOf(QDate(2026, 9, 15), line)) / 2);
    auto reddish = [&](int x) {
        int n = 0;
        for (int y = qRound(line.top()); y < qRound(line.bottom()); ++y) {
            const QColor c = QColor::fromRgb(image.pixel(x, y));
            n += c.red() > 150 && c.green() < 110 && c.blue() < 110 ? 1 : 0;
        }
        return n;
    };
    QVERIFY2(std::max({reddish(tx - 1), reddish(tx), reddish(tx + 1)}) > int(line.height() / 4),
             "today's line");
    QCOMPARE(reddish(tx - 20), 0);
}

void TestGanttChart::emptyRangePaintsNothing()
{
    GanttData d = sample();
    d.to = d.from.addDays(-1);
    QImage image(200, 100, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        GanttChart(d).paint(painter, QRectF(0, 0, 200, 100));
    }
    QImage white(200, 100, QImage::Format_RGB32);
    white.fill(Qt::white);
    QCOMPARE(image, white);
}

QTEST_MAIN(TestGanttChart)
#include "tst_ganttchart.moc"
