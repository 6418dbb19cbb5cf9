#include "ganttchart.h"

#include "core/domain/objective.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace tavolo::documents {

namespace {

// Tones chosen so that the three fills differ in greyscale too (light, mid, dark).
const QColor plannedFill(0xdd, 0xe8, 0xf3);
const QColor plannedLine(0x3b, 0x6a, 0x94);
const QColor progressFill(0x3b, 0x6a, 0x94);
const QColor actualFill(0xe0, 0x8a, 0x1e);
const QColor actualLine(0x7a, 0x45, 0x00);
const QColor todayLine(0xc6, 0x28, 0x28);
const QColor monthGrid(0xd6, 0xdb, 0xe0);
const QColor yearGrid(0x8a, 0x93, 0x9c);
const QColor bandFill(0xf4, 0xf6, 0xf8);
const QColor textColor(0x20, 0x20, 0x20);

constexpr double labelShare = 0.3; // of the width, for the phases' names and weights
constexpr double tickRows = 2.3; // line heights above the rows: years, then months
constexpr double legendRows = 1.8; // line heights below the rows
constexpr double maxRowLines = 2.6; // a row is at most this many line heights tall

double lineHeightOf(const QPainter &painter)
{
    return QFontMetricsF(painter.font(), painter.device()).height();
}

QString percent(double value, const QLocale &locale)
{
    return locale.toString(value, 'f', value == std::floor(value) ? 0 : 1) + QLatin1Char('%');
}

QDate firstOfMonth(QDate d)
{
    return QDate(d.year(), d.month(), 1);
}

} // namespace

GanttRow GanttRow::of(const ObjectivePhase &phase)
{
    return {QStringLiteral("%1. %2").arg(phase.number).arg(phase.description),
            phase.weight,
            phase.planned.from,
            phase.planned.to,
            phase.actualStart,
            phase.actualEnd,
            phase.progress};
}

GanttChart::GanttChart(GanttData data)
    : m_data(std::move(data))
{ }

QRectF GanttChart::timeline(const QRectF &rect, double lineHeight) const
{
    const double labels = rect.width() * labelShare;
    const double rightPad = lineHeight * 0.6;
    const double top = rect.top() + lineHeight * tickRows;
    const double room = rect.bottom() - lineHeight * legendRows - top;
    const double rows = std::max<qsizetype>(1, m_data.rows.size());
    const double height = std::clamp(rows * lineHeight * maxRowLines, 0.0, std::max(0.0, room));
    return {rect.left() + labels, top, std::max(0.0, rect.width() - labels - rightPad), height};
}

double GanttChart::xOf(QDate day, const QRectF &line) const
{
    const qint64 days = m_data.from.daysTo(m_data.to) + 1;
    if (days <= 0)
        return line.left();
    return line.left() + line.width() * double(m_data.from.daysTo(day)) / double(days);
}

double GanttChart::rowHeight(const QRectF &line) const
{
    return line.height() / double(std::max<qsizetype>(1, m_data.rows.size()));
}

QRectF GanttChart::plannedBar(int row, const QRectF &line) const
{
    const GanttRow &r = m_data.rows.at(row);
    if (!r.plannedStart.isValid() || !r.plannedEnd.isValid())
        return {};
    const double h = rowHeight(line);
    const double left = std::max(line.left(), xOf(r.plannedStart, line));
    const double right = std::min(line.right(), xOf(r.plannedEnd.addDays(1), line));
    return {left, line.top() + row * h + h * 0.16, std::max(0.0, right - left), h * 0.38};
}

QRectF GanttChart::actualBar(int row, const QRectF &line) const
{
    const GanttRow &r = m_data.rows.at(row);
    if (!r.actualStart.isValid())
        return {};
    QDate end = r.actualEnd;
    if (!end.isValid())
        end = m_data.today.isValid() && m_data.today >= r.actualStart ? m_data.today : m_data.to;
    const double h = rowHeight(line);
    const double left = std::max(line.left(), xOf(r.actualStart, line));
    const double right = std::min(line.right(), xOf(end.addDays(1), line));
    return {left, line.top() + row * h + h * 0.6, std::max(0.0, right - left), h * 0.22};
}

double GanttChart::preferredHeight(double lineHeight) const
{
    const double rows = std::max<qsizetype>(1, m_data.rows.size());
    return lineHeight * (tickRows + legendRows + rows * maxRowLines);
}

void GanttChart::fitRange(GanttData &data)
{
    QList<QDate> days;
    for (const GanttRow &r : data.rows)
        days << r.plannedStart << r.plannedEnd << r.actualStart << r.actualEnd;
    days << data.today;
    days.removeIf([](QDate d) { return !d.isValid(); });
    if (days.isEmpty())
        return;
    const auto [first, last] = std::minmax_element(days.cbegin(), days.cend());
    data.from = firstOfMonth(*first);
    data.to = firstOfMonth(*last).addMonths(1).addDays(-1);
}

void GanttChart::paint(QPainter &painter, const QRectF &rect) const
{
    if (!m_data.from.isValid() || !m_data.to.isValid() || m_data.to < m_data.from)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const double lh = lineHeightOf(painter);
    const QRectF line = timeline(rect, lh);
    paintTicks(painter, rect, line, lh);
    paintRows(painter, rect, line);
    paintToday(painter, line, lh);
    paintLegend(painter, QRectF(rect.left(), line.bottom(), rect.width(), lh * legendRows), lh);
    painter.restore();
}

void GanttChart::paintTicks(QPainter &painter, const QRectF &rect, const QRectF &line,
                            double lh) const
{
    const QFontMetricsF fm(painter.font(), painter.device());
    const QLocale &locale = m_data.words.locale;
    const double yearTop = rect.top();
    const double monthTop = rect.top() + lh * 1.1;
    for (QDate m = firstOfMonth(m_data.from); m <= m_data.to; m = m.addMonths(1)) {
        const double x0 = std::max(line.left(), xOf(m, line));
        const double x1 = std::min(line.right(), xOf(m.addMonths(1), line));
        const bool newYear = m.month() == 1 || m == firstOfMonth(m_data.from);
        painter.setPen(QPen(newYear ? yearGrid : monthGrid, lh * (newYear ? 0.06 : 0.04)));
        painter.drawLine(QPointF(x0, newYear ? yearTop : monthTop), QPointF(x0, line.bottom()));
        QString name = locale.monthName(m.month(), QLocale::ShortFormat);
        if (fm.horizontalAdvance(name) > (x1 - x0) * 0.9)
            name = name.left(1).toUpper();
        if (fm.horizontalAdvance(name) > (x1 - x0) * 0.9)
            name.clear();
        painter.setPen(textColor);
        painter.drawText(QRectF(x0, monthTop, x1 - x0, lh), Qt::AlignCenter, name);
        if (newYear) {
            const QDate yearEnd(m.year() + 1, 1, 1);
            const double y1 = std::min(line.right(), xOf(yearEnd, line));
            painter.drawText(QRectF(x0, yearTop, y1 - x0, lh), Qt::AlignCenter,
                             QString::number(m.year()));
        }
    }
    painter.setPen(QPen(yearGrid, lh * 0.06));
    painter.drawLine(QPointF(line.right(), yearTop), QPointF(line.right(), line.bottom()));
    painter.drawLine(QPointF(rect.left(), line.top()), QPointF(line.right(), line.top()));
}

void GanttChart::paintRows(QPainter &painter, const QRectF &rect, const QRectF &line) const
{
    const QFontMetricsF fm(painter.font(), painter.device());
    const QLocale &locale = m_data.words.locale;
    const double h = rowHeight(line);
    const double pad = fm.averageCharWidth();
    for (int i = 0; i < m_data.rows.size(); ++i) {
        const GanttRow &r = m_data.rows.at(i);
        const QRectF band(rect.left(), line.top() + i * h, line.right() - rect.left(), h);
        if (i % 2 == 1)
            painter.fillRect(band, QColor(bandFill.red(), bandFill.green(), bandFill.blue(), 160));
        const QString weight = percent(r.weight, locale);
        const double weightWidth = fm.horizontalAdvance(weight);
        const QRectF labelRect(rect.left(), band.top(), line.left() - rect.left() - pad, h);
        painter.setPen(textColor);
        painter.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter, weight);
        const QRectF nameRect = labelRect.adjusted(0, 0, -weightWidth - pad, 0);
        painter.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(r.label, Qt::ElideRight, nameRect.width()));

        const QRectF planned = plannedBar(i, line);
        if (!planned.isEmpty()) {
            painter.setPen(Qt::NoPen);
            painter.fillRect(planned, plannedFill);
            const double done = std::clamp(r.progress, 0.0, 100.0) / 100.0;
            painter.fillRect(
                QRectF(planned.topLeft(), QSizeF(planned.width() * done, planned.height())),
                progressFill);
            painter.setPen(QPen(plannedLine, fm.height() * 0.06));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(planned);
            const QString p = percent(r.progress, locale);
            const QRectF after(planned.right() + pad * 0.5, planned.top() - h * 0.1,
                               fm.horizontalAdvance(p) + pad, planned.height() + h * 0.2);
            if (after.right() <= line.right()) {
                painter.setPen(textColor);
                painter.drawText(after, Qt::AlignLeft | Qt::AlignVCenter, p);
            }
        }
        const QRectF actual = actualBar(i, line);
        if (!actual.isEmpty()) {
            painter.setPen(QPen(actualLine, fm.height() * 0.05));
            painter.setBrush(actualFill);
            painter.drawRect(actual);
            painter.setBrush(Qt::NoBrush);
        }
    }
}

void GanttChart::paintToday(QPainter &painter, const QRectF &line, double lh) const
{
    const QDate today = m_data.today;
    if (!today.isValid() || today < m_data.from || today > m_data.to)
        return;
    const double x = xOf(today, line) + (xOf(today.addDays(1), line) - xOf(today, line)) / 2;
    QPen pen(todayLine, lh * 0.1);
    pen.setStyle(Qt::DashLine);
    painter.setPen(pen);
    painter.drawLine(QPointF(x, line.top() - lh * 0.2), QPointF(x, line.bottom()));
}

void GanttChart::paintLegend(QPainter &painter, const QRectF &area, double lh) const
{
    const QFontMetricsF fm(painter.font(), painter.device());
    const GanttWords &w = m_data.words;
    const double y = area.top() + lh * 0.5;
    const double box = lh * 1.4;
    double x = area.left() + (area.width() * labelShare);
    auto text = [&](const QString &s) {
        painter.setPen(textColor);
        painter.drawText(QRectF(x, y, fm.horizontalAdvance(s) + 1, lh), Qt::AlignVCenter, s);
        x += fm.horizontalAdvance(s) + lh;
    };
    const QRectF plannedSample(x, y + lh * 0.2, box, lh * 0.6);
    painter.fillRect(plannedSample, plannedFill);
    painter.setPen(QPen(plannedLine, lh * 0.06));
    painter.drawRect(plannedSample);
    x += box + lh * 0.3;
    text(w.planned);
    painter.fillRect(QRectF(x, y + lh * 0.2, box, lh * 0.6), progressFill);
    x += box + lh * 0.3;
    text(w.progress);
    painter.setPen(QPen(actualLine, lh * 0.05));
    painter.setBrush(actualFill);
    painter.drawRect(QRectF(x, y + lh * 0.3, box, lh * 0.4));
    painter.setBrush(Qt::NoBrush);
    x += box + lh * 0.3;
    text(w.actual);
    if (m_data.today.isValid() && m_data.today >= m_data.from && m_data.today <= m_data.to) {
        QPen pen(todayLine, lh * 0.1);
        pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(QPointF(x + box / 2, y), QPointF(x + box / 2, y + lh));
        x += box;
        text(QStringLiteral("%1 (%2)").arg(
            w.today, w.locale.toString(m_data.today, QStringLiteral("dd/MM/yyyy"))));
    }
}

} // namespace tavolo::documents
