#include "attendanceovertime.h"

#include "cyclewords.h"
#include "documenthtml.h"
#include "italiandates.h"

#include <algorithm>

namespace tavolo::documents {

namespace {

// The count cells of a row: invited, present, excused, absent, rate.
QString tallyCells(const AttendanceTally &t)
{
    return QStringLiteral("<td align=\"right\">%1</td><td align=\"right\">%2</td>"
                          "<td align=\"right\">%3</td><td align=\"right\">%4</td>"
                          "<td align=\"right\"><b>%5</b></td>")
        .arg(t.invited)
        .arg(t.present)
        .arg(t.excused)
        .arg(t.absent)
        .arg(italian::attendanceRate(t));
}

QStringList tallyHeads()
{
    // A smaller type in the heading, so that "Giustificati" is not cut in its narrow column.
    const QString cell = QStringLiteral("<th width=\"%1%\" style=\"font-size: 7.5pt;\">%2</th>");
    return {cell.arg(11).arg(QStringLiteral("Convocati")),
            cell.arg(10).arg(QStringLiteral("Presenti")),
            cell.arg(12).arg(QStringLiteral("Giustificati")),
            cell.arg(9).arg(QStringLiteral("Assenti")), cell.arg(8).arg(QStringLiteral("Tasso"))};
}

AttendanceTally sum(const AttendanceTally &a, const AttendanceTally &b)
{
    return {a.invited + b.invited, a.present + b.present, a.excused + b.excused,
            a.absent + b.absent};
}

} // namespace

AttendanceOverTime::AttendanceOverTime(Letterhead letterhead, AttendanceOverTimeData data)
    : PagedTableDocument(std::move(letterhead))
    , m_data(std::move(data))
{ }

QString AttendanceOverTime::title() const
{
    return QStringLiteral("Presenze ai tavoli – %1").arg(m_data.cycleName);
}

PagedTable AttendanceOverTime::pagedTable() const
{
    PagedTable p;
    p.before = letterheadBlock();
    QString period;
    if (m_data.from.isValid() && m_data.to.isValid())
        period = QStringLiteral("<br/>dal %1 al %2")
                     .arg(italian::longDate(m_data.from), italian::longDate(m_data.to));
    p.before += QStringLiteral("<p align=\"center\" style=\"font-size: 14pt; font-weight: bold; "
                               "margin-top: 10px;\">Presenze ai tavoli e alle plenarie</p>"
                               "<p align=\"center\"><b>%1</b>%2</p>")
                    .arg(html::escaped(m_data.cycleName), period);

    // Per table: short, in the cycle's order, with the cycle's total.
    p.before += QStringLiteral("<p style=\"margin-top: 8px; margin-bottom: 0px;\"><b>Per tavolo"
                               "</b></p>")
        + pagedtable::tableOpening(QString(), 8.5)
        + pagedtable::headerRow(QStringList {QStringLiteral("<th align=\"left\">Tavolo</th>"),
                                             QStringLiteral("<th width=\"15%\" align=\"left\">"
                                                            "Livello</th>"),
                                             QStringLiteral("<th width=\"9%\">Sedute</th>")}
                                + tallyHeads());
    AttendanceTally total;
    int meetings = 0;
    for (const AttendanceOverTimeData::TableRow &t : m_data.tables) {
        p.before += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td>%4</tr>")
                        .arg(html::escaped(t.table), html::escaped(t.level))
                        .arg(t.meetingsHeld)
                        .arg(tallyCells(t.tally));
        total = sum(total, t.tally);
        meetings += t.meetingsHeld;
    }
    p.before += QStringLiteral("<tr style=\"background-color: #f4f4f4;\"><td colspan=\"2\"><b>"
                               "Totale</b></td><td align=\"right\">%1</td>%2</tr></table>")
                    .arg(meetings)
                    .arg(tallyCells(total));

    // Per body: long, paginated, by name.
    QList<AttendanceOverTimeData::BodyRow> bodies = m_data.bodies;
    std::stable_sort(
        bodies.begin(), bodies.end(),
        [](const AttendanceOverTimeData::BodyRow &a, const AttendanceOverTimeData::BodyRow &b) {
            return a.body.localeAwareCompare(b.body) < 0;
        });
    p.before += QStringLiteral("<p style=\"margin-top: 12px; margin-bottom: 0px;\"><b>Per ente"
                               "</b></p>");
    p.tableStart = [](bool first) {
        return pagedtable::tableOpening(pagedtable::pageBreak(first), 8.5)
            + pagedtable::headerRow(QStringList {QStringLiteral("<th width=\"5%\">N.</th>"),
                                                 QStringLiteral("<th align=\"left\">Ente</th>")}
                                    + tallyHeads());
    };
    int number = 0;
    for (const AttendanceOverTimeData::BodyRow &b : bodies)
        p.rows << QStringLiteral("<tr><td align=\"right\">%1</td><td>%2</td>%3</tr>")
                      .arg(++number)
                      .arg(html::escaped(b.body), tallyCells(b.tally));
    p.after = QStringLiteral(
        "<p style=\"margin-top: 10px; font-size: 8.5pt;\"><i>Conteggi sulle sedute tenute: "
        "convocati = presenti + giustificati + assenti; tasso = presenti / convocati.</i></p>");
    return p;
}

} // namespace tavolo::documents
