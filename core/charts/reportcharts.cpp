#include "reportcharts.h"

#include "core/documents/pagedoutput.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QPainter>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace tavolo::charts {

namespace {

constexpr qreal ScreenDpi = 96.0; // the scene's unit: a pixel of 96 dpi, as fonts measure it
constexpr qreal SceneWidthMm = 165.0;

const QList<QColor> &colours()
{
    static const QList<QColor> c {QColor(0x1f, 0x3a, 0x5f), QColor(0x8f, 0xa9, 0xc8),
                                  QColor(0xc0, 0x7a, 0x2c), QColor(0x5b, 0x8c, 0x5a)};
    return c;
}

QFont font(qreal points, bool bold = false)
{
    QFont f(documents::PagedOutput::fontFamily());
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

// An axis top that is a round number a little above the largest value.
qreal niceTop(qreal largest)
{
    if (largest <= 0)
        return 1;
    const qreal step = std::pow(10.0, std::floor(std::log10(largest)));
    for (const qreal f : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (f * step >= largest * 1.15)
            return f * step;
    return 10 * step;
}

void styleAxis(QAbstractAxis *axis)
{
    axis->setLabelsFont(font(7.5));
    axis->setLabelsColor(QColor(0x22, 0x22, 0x22));
    axis->setLinePenColor(QColor(0x55, 0x55, 0x55));
    axis->setGridLineColor(QColor(0xd0, 0xd0, 0xd0));
    axis->setShadesVisible(false);
}

QChart *build(const documents::ReportChart &data)
{
    auto *chart = new QChart;
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitle(data.title);
    chart->setTitleFont(font(9.5, true));
    chart->setTitleBrush(QColor(0x1f, 0x3a, 0x5f));

    QAbstractBarSeries *series = data.horizontal
        ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
        : new QBarSeries;
    qreal largest = 0;
    for (qsizetype i = 0; i < data.series.size(); ++i) {
        const documents::ReportChart::Series &s = data.series.at(i);
        auto *set = new QBarSet(s.name);
        for (const double v : s.values) {
            *set << (data.percent ? std::round(v) : v);
            largest = std::max(largest, v);
        }
        set->setColor(colours().at(i % colours().size()));
        set->setBorderColor(colours().at(i % colours().size()));
        set->setLabelColor(QColor(0x22, 0x22, 0x22));
        set->setLabelFont(font(7));
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(data.percent ? QStringLiteral("@value%") : QStringLiteral("@value"));
    series->setLabelsPrecision(4);
    series->setBarWidth(data.series.size() > 1 ? 0.75 : 0.6);
    chart->addSeries(series);

    auto *categories = new QBarCategoryAxis;
    QStringList names = data.categories;
    if (data.horizontal)
        std::reverse(names.begin(), names.end()); // the first category on top
    categories->append(names);
    auto *values = new QValueAxis;
    const qreal top = data.percent ? 100.0 : niceTop(largest);
    values->setRange(0, data.percent ? 110.0 : top);
    values->setLabelFormat(QStringLiteral("%d"));
    if (data.percent) {
        values->setTickType(QValueAxis::TicksDynamic);
        values->setTickAnchor(0);
        values->setTickInterval(20);
    } else {
        values->setTickCount(std::min(6, int(top) + 1));
    }
    styleAxis(categories);
    styleAxis(values);
    categories->setGridLineVisible(false);
    chart->addAxis(categories, data.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, data.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    if (data.horizontal) {
        // A horizontal series lists its sets bottom to top: the bars follow the names' order.
        for (QBarSet *set : series->barSets()) {
            QList<qreal> v;
            for (int i = set->count() - 1; i >= 0; --i)
                v << set->at(i);
            set->remove(0, set->count());
            set->append(v);
        }
    }

    QLegend *legend = chart->legend();
    legend->setVisible(data.series.size() > 1);
    legend->setAlignment(Qt::AlignBottom);
    legend->setFont(font(7.5));
    legend->setLabelColor(QColor(0x22, 0x22, 0x22));
    return chart;
}

} // namespace

bool available()
{
    return qobject_cast<QApplication *>(QCoreApplication::instance()) != nullptr;
}

void paint(QPainter &painter, const QRectF &target, const documents::ReportChart &data)
{
    if (!available() || data.isEmpty())
        return;
    // The scene in pixels of 96 dpi as wide as the report's text (165 mm), its height in the
    // target's proportion: the fonts' point sizes keep their size on paper, whatever the
    // target's resolution (the PDF's 300 dpi, a preview's, the ODT's picture).
    const qreal width = SceneWidthMm / 25.4 * ScreenDpi;
    const QRectF source(0, 0, width, width * target.height() / std::max(1.0, target.width()));
    QGraphicsScene scene;
    QChart *chart = build(data);
    scene.addItem(chart);
    chart->setGeometry(source);
    scene.setSceneRect(source);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, target, source, Qt::IgnoreAspectRatio);
    painter.restore();
}

documents::ChartPainter painter()
{
    if (!available())
        return {};
    return [](QPainter &p, const QRectF &target, const documents::ReportChart &chart) {
        paint(p, target, chart);
    };
}

} // namespace tavolo::charts
