#include "annualreport.h"
#include "documenthtml.h"
#include "ganttchart.h"
#include "italiandates.h"
#include "pagedoutput.h"
#include "reporthtml.h"

#include <QPainter>

// The report's sections, each from its part of AnnualReportData; annualreport.cpp puts them
// on the page.
namespace tavolo::documents {

using namespace reporthtml;

QString AnnualReport::ganttFigure(const Objective &objective) const
{
    if (objective.phases.isEmpty())
        return {};
    GanttData data;
    for (const ObjectivePhase &p : objective.phases)
        data.rows << GanttRow::of(p);
    data.today = QDate(m_data.year, 12, 31); // the report's day: the state at the year's end
    GanttChart::fitRange(data);
    const GanttChart chart(data);
    // The type of the tables' notes, 7.5 pt, whatever the resolution painted at: a size in
    // pixels as a share of the figure's width.
    constexpr qreal WidthMm = 165.0;
    constexpr qreal TypeMm = 7.5 * 25.4 / 72.0;
    const QSizeF size(WidthMm, chart.preferredHeight(TypeMm * 1.25));
    return figure(
        [chart](QPainter &painter, const QRectF &rect) {
            QFont font(PagedOutput::fontFamily());
            font.setHintingPreference(QFont::PreferNoHinting);
            font.setPixelSize(std::max(1, qRound(rect.width() * TypeMm / WidthMm)));
            painter.setFont(font);
            chart.paint(painter, rect);
        },
        size);
}

QString AnnualReport::compositionSection(int n) const
{
    const QString day = italian::longDate(QDate(m_data.year, 12, 31));
    QString out = heading(n, QStringLiteral("Composizione del Tavolo"));
    if (m_data.composition.isEmpty()) {
        out += nothing(QStringLiteral("Al %1 il Tavolo non ha componenti registrati.").arg(day));
    } else {
        out +=
            paragraph(QStringLiteral("Al %1 il Tavolo è composto da %2.")
                          .arg(html::escaped(day),
                               count(int(m_data.composition.size()), QStringLiteral("componente"),
                                     QStringLiteral("componenti"))));
        QList<QStringList> rows;
        int i = 0;
        for (const CompositionEntry &e : m_data.composition)
            rows << QStringList {tdRight(QString::number(++i)), td(e.name), td(e.organisation),
                                 td(e.category)};
        out += table({th(QStringLiteral("N."), 5, false), th(QStringLiteral("Nome e cognome"), 25),
                      th(QStringLiteral("Ente di appartenenza"), 35),
                      th(QStringLiteral("Carica o categoria"), 35)},
                     rows);
    }
    out += subheading(QStringLiteral("Variazioni nel corso dell'anno"));
    if (m_data.changes.isEmpty())
        return out + nothing(QStringLiteral("Nessuna variazione nel %1.").arg(m_data.year));
    QList<QStringList> rows;
    for (const ReportChange &c : m_data.changes)
        rows << QStringList {td(italian::shortDate(c.date)), td(c.text)};
    return out + table({th(QStringLiteral("Data"), 14), th(QStringLiteral("Variazione"))}, rows);
}

QString AnnualReport::meetingsSection(int n) const
{
    QString out = heading(n, QStringLiteral("Sedute del Tavolo"));
    const int held = int(m_data.meetings.size());
    if (held == 0) {
        out += nothing(QStringLiteral("Nessuna seduta nel %1.").arg(m_data.year));
    } else {
        int present = 0;
        int recorded = 0;
        QList<QStringList> rows;
        int i = 0;
        for (const ReportMeeting &m : m_data.meetings) {
            present += m.present;
            recorded += m.recorded;
            rows << QStringList {tdRight(QString::number(++i)),
                                 td(italian::longDate(m.date)),
                                 td(m.kind),
                                 td(m.place),
                                 tdRight(QStringLiteral("%1 su %2").arg(m.present).arg(m.recorded)),
                                 tdRight(rate(m.present, m.recorded))};
        }
        out += paragraph(QStringLiteral("Nel %1 il Tavolo si è riunito in %2 (il Regolamento ne "
                                        "prevede almeno %3); la presenza media è stata %4.")
                             .arg(m_data.year)
                             .arg(count(held, QStringLiteral("seduta"), QStringLiteral("sedute")))
                             .arg(m_data.minMeetings)
                             .arg(ofPercent(rate(present, recorded))));
        out += table({th(QStringLiteral("N."), 5, false), th(QStringLiteral("Data"), 19),
                      th(QStringLiteral("Tipo"), 13), th(QStringLiteral("Luogo")),
                      th(QStringLiteral("Presenti"), 12, false),
                      th(QStringLiteral("Presenza"), 12, false)},
                     rows);
    }
    if (m_data.cancelled > 0)
        out += paragraph(QStringLiteral("%1 nel corso dell'anno.")
                             .arg(m_data.cancelled == 1
                                      ? QStringLiteral("Una seduta convocata è stata annullata")
                                      : QStringLiteral("%1 sedute convocate sono state annullate")
                                            .arg(m_data.cancelled)));
    out += chart(m_data.meetingsPerYear);
    out += chart(m_data.attendancePerBody);
    return out;
}

QString AnnualReport::tableSection(int n, const QString &title, const QString &none,
                                   const QStringList &heads, const QList<QStringList> &rows) const
{
    const QString out = heading(n, title);
    return rows.isEmpty() ? out + nothing(none) : out + table(heads, rows);
}

QString AnnualReport::requestsSection(int n) const
{
    QList<QStringList> rows;
    for (const ReportRequest &r : m_data.requests)
        rows << QStringList {td(italian::shortDate(r.date)), td(r.signatories), td(r.motivation),
                             td(r.outcome)};
    return tableSection(
        n, QStringLiteral("Richieste di convocazione"),
        QStringLiteral("Nessuna richiesta di convocazione nel %1.").arg(m_data.year),
        {th(QStringLiteral("Data"), 12), th(QStringLiteral("Richiedenti"), 26),
         th(QStringLiteral("Motivazione"), 32), th(QStringLiteral("Esito"), 30)},
        rows);
}

QString AnnualReport::amendmentsSection(int n) const
{
    QList<QStringList> rows;
    for (const ReportAmendment &a : m_data.amendments)
        rows << QStringList {td(italian::shortDate(a.effective)), td(a.changes),
                             td(a.approvedAt.isEmpty() ? QStringLiteral("–") : a.approvedAt)};
    return tableSection(n, QStringLiteral("Modifiche del Regolamento"),
                        QStringLiteral("Nessuna modifica del Regolamento nel %1.").arg(m_data.year),
                        {th(QStringLiteral("In vigore dal"), 14), th(QStringLiteral("Modifica")),
                         th(QStringLiteral("Approvata nella"), 26)},
                        rows);
}

QString AnnualReport::activitySection(int n) const
{
    QString out = heading(n, QStringLiteral("Gruppi di lavoro e tavoli di programmazione"));
    if (m_data.activity.isEmpty())
        return out
            + nothing(QStringLiteral("Nessun gruppo di lavoro o tavolo di programmazione "
                                     "attivo nel %1.")
                          .arg(m_data.year));
    QList<QStringList> rows;
    for (const ReportBodyActivity &a : m_data.activity)
        rows << QStringList {td(a.name), td(a.kind), tdRight(QString::number(a.meetingsHeld)),
                             tdRight(QString::number(a.bodies)),
                             tdRight(rate(a.present, a.recorded))};
    out += table({th(QStringLiteral("Organismo"), 34), th(QStringLiteral("Tipo"), 30),
                  th(QStringLiteral("Sedute tenute"), 12, false),
                  th(QStringLiteral("Enti presenti"), 12, false),
                  th(QStringLiteral("Presenza"), 12, false)},
                 rows);
    out += QStringLiteral("<p style=\"font-size: 8.5pt;\"><i>Enti presenti: gli enti (o le persone "
                          "senza ente) con almeno un presente alle sedute tenute nell'anno; "
                          "presenza = presenti / registrati alle sedute.</i></p>");
    return out + chart(m_data.participationPerTable);
}

QString AnnualReport::cycleSection(int n) const
{
    QString out = heading(n, QStringLiteral("Piano di Zona: avvisi, istanze e adesioni"));
    if (m_data.cycles.isEmpty())
        return out
            + nothing(QStringLiteral("Nessun ciclo del Piano di Zona in corso nel %1.")
                          .arg(m_data.year));
    for (const ReportCycle &c : m_data.cycles)
        out += paragraph(
            QStringLiteral("<b>%1</b>, %2.%3")
                .arg(html::escaped(c.name), html::escaped(c.period),
                     c.acts.isEmpty() ? QString() : QLatin1Char(' ') + html::escaped(c.acts)));
    out += subheading(QStringLiteral("Avvisi pubblicati"));
    if (m_data.calls.isEmpty()) {
        out += nothing(QStringLiteral("Nessun avviso pubblicato nel %1.").arg(m_data.year));
    } else {
        QList<QStringList> rows;
        for (const ReportCall &c : m_data.calls) {
            const QString late = c.late == 0 ? QStringLiteral("0")
                                             : QStringLiteral("%1 (ammesse %2, non ammesse %3)")
                                                   .arg(c.late)
                                                   .arg(c.admitted)
                                                   .arg(c.notAdmitted);
            rows << QStringList {
                td(c.title),
                td(italian::shortDate(c.published)
                   + (c.reference.isEmpty() ? QString() : QStringLiteral(", ") + c.reference)),
                tdRight(QString::number(c.submissions)), td(late)};
        }
        out += table({th(QStringLiteral("Avviso"), 38), th(QStringLiteral("Pubblicato"), 22),
                      th(QStringLiteral("Istanze"), 10, false),
                      th(QStringLiteral("Fuori termine"), 30)},
                     rows);
    }
    out += subheading(QStringLiteral("Adesioni all'accordo di programma"));
    if (m_data.adhesions.isEmpty())
        return out + nothing(QStringLiteral("Nessuna adesione nel %1.").arg(m_data.year));
    QList<QStringList> rows;
    int i = 0;
    for (const ReportAdhesion &a : m_data.adhesions)
        rows << QStringList {tdRight(QString::number(++i)), td(a.body),
                             td(italian::shortDate(a.requested)), td(a.act)};
    return out
        + table({th(QStringLiteral("N."), 5, false), th(QStringLiteral("Ente")),
                 th(QStringLiteral("Richiesta del"), 16), th(QStringLiteral("Atto"), 30)},
                rows);
}

QString AnnualReport::objectivesSection(int n) const
{
    QString out = heading(n, QStringLiteral("Obiettivi e indicatori"));
    if (m_data.objectives.isEmpty())
        return out + nothing(QStringLiteral("Nessun obiettivo per il %1.").arg(m_data.year));
    for (const ReportObjective &r : m_data.objectives) {
        const Objective &o = r.objective;
        out += subheading(QStringLiteral("%1 – %2").arg(o.code, o.title));
        QStringList lines;
        if (!o.type.isEmpty())
            lines << QStringLiteral("<b>Tipologia:</b> ") + html::escaped(o.type);
        if (!o.manager.isEmpty())
            lines << QStringLiteral("<b>Dirigente responsabile:</b> ") + html::escaped(o.manager);
        if (!r.strategicObjective.isEmpty())
            lines << QStringLiteral("<b>Obiettivo strategico del DUP:</b> ")
                    + html::escaped(r.strategicObjective);
        lines << QStringLiteral("<b>Avanzamento ponderato al 31/12/%1:</b> %2%")
                     .arg(m_data.year)
                     .arg(number(o.weightedProgress()));
        out += paragraph(lines.join(QStringLiteral("<br/>")));
        if (!o.description.isEmpty())
            out += paragraph(html::escaped(o.description));
        QList<QStringList> phases;
        for (const ObjectivePhase &p : o.phases)
            phases << QStringList {tdRight(QString::number(p.number)),
                                   td(p.description),
                                   tdRight(number(p.weight) + QLatin1Char('%')),
                                   td(italian::shortDate(p.planned.from) + QStringLiteral(" – ")
                                      + italian::shortDate(p.planned.to)),
                                   td((p.actualStart.isValid() ? italian::shortDate(p.actualStart)
                                                               : QStringLiteral("non iniziata"))
                                      + (p.actualEnd.isValid() ? QStringLiteral(" – ")
                                                 + italian::shortDate(p.actualEnd)
                                                               : QString())),
                                   tdRight(number(p.progress) + QLatin1Char('%'))};
        out += table({th(QStringLiteral("Fase"), 8, false), th(QStringLiteral("Descrizione")),
                      th(QStringLiteral("Peso"), 8, false), th(QStringLiteral("Prevista"), 19),
                      th(QStringLiteral("Effettiva"), 19), th(QStringLiteral("Stato"), 9, false)},
                     phases);
        out += ganttFigure(o);
        if (r.indicators.isEmpty()) {
            out += nothing(QStringLiteral("Nessun indicatore."));
            continue;
        }
        QList<QStringList> indicators;
        for (const ReportIndicator &i : r.indicators)
            indicators << QStringList {tdRight(QString::number(i.number)),
                                       td(i.description),
                                       td(i.type),
                                       tdRight(i.expected),
                                       tdRight(i.actual),
                                       td(i.source)};
        out += table({th(QStringLiteral("N."), 5, false), th(QStringLiteral("Indicatore")),
                      th(QStringLiteral("Tipo"), 19), th(QStringLiteral("Atteso"), 10, false),
                      th(QStringLiteral("Effettivo"), 11, false), th(QStringLiteral("Fonte"), 22)},
                     indicators);
    }
    return out;
}

QString AnnualReport::closing() const
{
    const QString place =
        m_letterhead.place.isEmpty() ? QString() : m_letterhead.place + QStringLiteral(", ");
    QString out = QStringLiteral("<p style=\"margin-top: 18px;\">%1%2</p>")
                      .arg(html::escaped(place), html::escaped(italian::longDate(m_data.written)));
    if (m_letterhead.signatoryName.isEmpty() && m_letterhead.signatoryTitle.isEmpty())
        return out;
    return out
        + QStringLiteral("<table width=\"100%\" style=\"margin-top: 8px;\"><tr><td width=\"50%\">"
                         "</td><td width=\"50%\" align=\"center\">%1<br/>%2<br/><br/>"
                         "______________________________</td></tr></table>")
              .arg(html::escaped(m_letterhead.signatoryTitle),
                   html::escaped(m_letterhead.signatoryName));
}

} // namespace tavolo::documents
