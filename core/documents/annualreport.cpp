#include "annualreport.h"

#include "documenthtml.h"
#include "ganttchart.h"
#include "italiandates.h"
#include "pagedoutput.h"
#include "pagedtable.h"
#include "pdfmetadata.h"
#include "safefilename.h"
#include "tablepagination.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <cmath>

namespace tavolo::documents {

namespace {

const QLocale &italianLocale()
{
    static const QLocale it(QLocale::Italian, QLocale::Italy);
    return it;
}

QString number(double value, int decimals = 0)
{
    return italianLocale().toString(value, 'f', decimals);
}

// "75%", or "–" when nobody was recorded.
QString rate(int present, int recorded)
{
    return recorded > 0 ? QStringLiteral("%1%").arg(qRound(100.0 * present / recorded))
                        : QStringLiteral("–");
}

// "dell'80%", "del 97%": the article as the number is read.
QString ofPercent(const QString &percent)
{
    const bool vowel = percent.startsWith(QLatin1Char('8')) || percent == QLatin1String("1%")
        || percent == QLatin1String("11%");
    return (vowel ? QStringLiteral("dell'") : QStringLiteral("del ")) + percent;
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p style=\"margin-top: 4px;\">%1</p>").arg(text);
}

// A section with nothing to report says so in one sentence, in italics.
QString nothing(const QString &sentence)
{
    return QStringLiteral("<p style=\"margin-top: 4px;\"><i>%1</i></p>")
        .arg(html::escaped(sentence));
}

QString th(const QString &text, int width = 0, bool left = true)
{
    return QStringLiteral("<th%1%2>%3</th>")
        .arg(width > 0 ? QStringLiteral(" width=\"%1%\"").arg(width) : QString(),
             left ? QStringLiteral(" align=\"left\"") : QString(), html::escaped(text));
}

QString td(const QString &text)
{
    return QStringLiteral("<td>%1</td>").arg(html::escaped(text));
}

QString tdRight(const QString &text)
{
    return QStringLiteral("<td align=\"right\">%1</td>").arg(html::escaped(text));
}

QString count(int n, const QString &one, const QString &many)
{
    return n == 1 ? QStringLiteral("1 %1").arg(one) : QStringLiteral("%1 %2").arg(n).arg(many);
}

} // namespace

AnnualReport::AnnualReport(Letterhead letterhead, AnnualReportData data, ChartPainter charts)
    : m_letterhead(std::move(letterhead))
    , m_data(std::move(data))
    , m_charts(std::move(charts))
    , m_logo(flattenedLogo(m_letterhead))
{ }

QString AnnualReport::title() const
{
    return QStringLiteral("Relazione annuale %1 – %2").arg(m_data.year).arg(m_data.tavoloName);
}

QString AnnualReport::fileName(const QString &extension) const
{
    return safefilename::make(QStringLiteral("Relazione annuale %1").arg(m_data.year), extension);
}

QString AnnualReport::footer() const
{
    return m_letterhead.footerLine();
}

QSizeF AnnualReport::chartSize(const ReportChart &chart)
{
    // Across the text's width; a bar across the page for each body when the names are long.
    const qreal height =
        chart.horizontal ? qBound(50.0, 22.0 + 7.5 * chart.categories.size(), 200.0) : 70.0;
    return {165.0, height};
}

QString AnnualReport::figure(const std::function<void(QPainter &, const QRectF &)> &paint,
                             QSizeF mm) const
{
    const int index = int(m_figures.size());
    m_figures.append({mm, paint});
    return QStringLiteral("<p align=\"center\" style=\"margin-top: 8px; margin-bottom: 4px;\">%1"
                          "</p>")
        .arg(figures::imageTag(index, mm));
}

QString AnnualReport::chart(const ReportChart &c) const
{
    if (!m_charts || c.isEmpty())
        return {};
    const ChartPainter painter = m_charts;
    return figure([painter, c](QPainter &p, const QRectF &rect) { painter(p, rect, c); },
                  chartSize(c));
}

QString AnnualReport::heading(int number, const QString &title) const
{
    return headingBlock(2, QStringLiteral("%1. %2").arg(number).arg(title));
}

QString AnnualReport::subheading(const QString &title) const
{
    return headingBlock(3, title);
}

QString AnnualReport::headingBlock(int level, const QString &text) const
{
    // A heading that would be left at the bottom of a page, its content on the next, starts
    // that page (document() finds them).
    const int index = m_headingCount++;
    const QString pageBreak =
        m_headingBreaks.contains(index) ? QStringLiteral(" page-break-before: always;") : QString();
    return level == 2
        ? QStringLiteral("<h2 style=\"font-size: 12.5pt; color: #1f3a5f; margin-top: 16px; "
                         "margin-bottom: 4px;%1\">%2</h2>")
              .arg(pageBreak, html::escaped(text))
        : QStringLiteral("<h3 style=\"font-size: 10.5pt; margin-top: 10px; margin-bottom: 2px;%1\">"
                         "%2</h3>")
              .arg(pageBreak, html::escaped(text));
}

QString AnnualReport::table(const QStringList &heads, const QList<QStringList> &rows) const
{
    // A row that a page break would cut starts a new table, with the header, on the next page
    // (document() finds them, as the registers' PagedTable does for their one table).
    const int index = m_tableCount++;
    const QList<int> breaks = m_rowBreaks.value(index);
    const QString header = pagedtable::headerRow(heads);
    QString out = pagedtable::tableOpening(QString(), 8.5) + header;
    m_pieces.append({index, 0});
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (i > 0 && breaks.contains(int(i))) {
            out += QStringLiteral("</table>")
                + pagedtable::tableOpening(pagedtable::pageBreak(false), 8.5) + header;
            m_pieces.append({index, int(i)});
        }
        out += QStringLiteral("<tr>") + rows.at(i).join(QString()) + QStringLiteral("</tr>");
    }
    return out + QStringLiteral("</table>");
}

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

QString AnnualReport::requestsSection(int n) const
{
    QString out = heading(n, QStringLiteral("Richieste di convocazione"));
    if (m_data.requests.isEmpty())
        return out
            + nothing(QStringLiteral("Nessuna richiesta di convocazione nel %1.").arg(m_data.year));
    QList<QStringList> rows;
    for (const ReportRequest &r : m_data.requests)
        rows << QStringList {td(italian::shortDate(r.date)), td(r.signatories), td(r.motivation),
                             td(r.outcome)};
    return out
        + table({th(QStringLiteral("Data"), 12), th(QStringLiteral("Richiedenti"), 26),
                 th(QStringLiteral("Motivazione"), 32), th(QStringLiteral("Esito"), 30)},
                rows);
}

QString AnnualReport::amendmentsSection(int n) const
{
    QString out = heading(n, QStringLiteral("Modifiche del Regolamento"));
    if (m_data.amendments.isEmpty())
        return out
            + nothing(QStringLiteral("Nessuna modifica del Regolamento nel %1.").arg(m_data.year));
    QList<QStringList> rows;
    for (const ReportAmendment &a : m_data.amendments)
        rows << QStringList {td(italian::shortDate(a.effective)), td(a.changes),
                             td(a.approvedAt.isEmpty() ? QStringLiteral("–") : a.approvedAt)};
    return out
        + table({th(QStringLiteral("In vigore dal"), 14), th(QStringLiteral("Modifica")),
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

QString AnnualReport::body() const
{
    m_figures.clear();
    m_pieces.clear();
    m_tableCount = 0;
    m_headingCount = 0;
    QString out =
        QStringLiteral("<html><body style=\"font-family: '%1';\">").arg(PagedOutput::fontFamily());
    out += html::letterheadBlock(m_letterhead, !m_logo.isNull());
    out += QStringLiteral("<p align=\"center\" style=\"font-size: 16pt; font-weight: bold; "
                          "margin-top: 14px; margin-bottom: 2px;\">RELAZIONE ANNUALE %1</p>"
                          "<p align=\"center\" style=\"font-size: 11.5pt; margin-top: 0px;\">"
                          "sull'attività del %2<br/>dal 1° gennaio al 31 dicembre %1</p>")
               .arg(m_data.year)
               .arg(html::escaped(m_data.tavoloName));
    int n = 0;
    out += compositionSection(++n);
    out += meetingsSection(++n);
    out += requestsSection(++n);
    out += amendmentsSection(++n);
    out += activitySection(++n);
    out += cycleSection(++n);
    out += objectivesSection(++n);
    out += closing();
    return out + QStringLiteral("</body></html>");
}

QString AnnualReport::html() const
{
    return body();
}

std::unique_ptr<QTextDocument> AnnualReport::build(Figures kind) const
{
    auto document = html::newDocument(m_logo);
    document->setHtml(body());
    html::sealImages(*document);
    if (kind == Figures::Vectors)
        figures::paintAsVectors(*document, m_figures);
    else
        figures::addAsPictures(*document, m_figures);
    PagedOutput::layout(*document);
    return document;
}

bool AnnualReport::moveCutRow(const QTextDocument &document) const
{
    // The letterhead is the document's first table; then this report's, piece by piece.
    const QList<QTextTable *> tables = tablepagination::topLevelTables(document);
    for (qsizetype k = 0; k < m_pieces.size() && k + 1 < tables.size(); ++k) {
        const int row = tablepagination::firstRowToMove(document, *tables.at(k + 1), 2);
        if (row > 1) {
            const auto [table, first] = m_pieces.at(k);
            m_rowBreaks[table] << first + row - 1; // row 0 is the header
            return true;
        }
    }
    return false;
}

bool AnnualReport::moveLoneHeading(const QTextDocument &document) const
{
    const qreal page = document.pageSize().height();
    const auto pageOf = [page](qreal y) {
        return int(std::floor(y / page));
    };
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    int index = -1;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        ++index;
        const QTextBlock next = block.next();
        if (!next.isValid() || m_headingBreaks.contains(index))
            continue;
        const int at = pageOf(layout->blockBoundingRect(block).top());
        int nextAt = pageOf(layout->blockBoundingRect(next).bottom() - 1);
        if (QTextTable *t = QTextCursor(next).currentTable(); t && t->rows() > 1)
            nextAt = tablepagination::rowPages(document, *t, 1).bottom;
        if (nextAt > at) {
            m_headingBreaks.insert(index);
            return true;
        }
    }
    return false;
}

void AnnualReport::keepLogoProportions(QTextDocument &document) const
{
    // The ODT writer takes a missing height from the picture itself (the logo's 240 pixels)
    // whatever the width: the logo came out tall and narrow in Writer.
    if (m_logo.isNull() || m_logo.width() <= 0)
        return;
    QList<std::pair<QTextFragment, QTextImageFormat>> logos;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            QTextImageFormat image = it.fragment().charFormat().toImageFormat();
            if (!image.isValid() || image.name() != html::LogoUrl
                || image.hasProperty(QTextFormat::ImageHeight) || image.width() <= 0)
                continue;
            image.setHeight(image.width() * m_logo.height() / m_logo.width());
            logos.append({it.fragment(), image});
        }
    }
    for (const auto &[fragment, image] : std::as_const(logos)) {
        QTextCursor cursor(&document);
        cursor.setPosition(fragment.position());
        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
        cursor.setCharFormat(image);
    }
}

std::unique_ptr<QTextDocument> AnnualReport::document(Figures kind) const
{
    // Laid out again until no table row is cut by a page break and no heading is left alone at
    // the bottom of a page: each pass moves one more thing to the next page, so it ends.
    // An ODT is paginated again by the word processor: no break of this layout goes into it.
    m_rowBreaks.clear();
    m_headingBreaks.clear();
    auto document = build(kind);
    if (kind == Figures::Pictures) {
        keepLogoProportions(*document);
        return document;
    }
    for (int pass = 0; pass < 60; ++pass) {
        if (!moveCutRow(*document) && !moveLoneHeading(*document))
            break;
        document = build(kind);
    }
    return document;
}

int AnnualReport::pageCount() const
{
    auto doc = document();
    return PagedOutput::layout(*doc);
}

QImage AnnualReport::previewImage(int page, int dpi) const
{
    auto doc = document();
    return PagedOutput::renderPage(*doc, page, m_letterhead.footerLine(), dpi);
}

Result<int> AnnualReport::writePdf(const QString &path) const
{
    if (const Problems problems = PagedOutput::unavailable(); !problems.isEmpty())
        return Result<int>::refused(problems);
    auto doc = document();
    PdfMetadata metadata;
    metadata.title = title();
    metadata.author = m_letterhead.enteName;
    metadata.subject = QStringLiteral("Relazione annuale sull'attività del %1, anno %2")
                           .arg(m_data.tavoloName)
                           .arg(m_data.year);
    return PagedOutput::writePdfFile(path, {doc.get()}, {m_letterhead.footerLine()}, metadata);
}

Result<Done> AnnualReport::writeOdt(const QString &path) const
{
    if (const Problems problems = PagedOutput::unavailable(); !problems.isEmpty())
        return Result<Done>::refused(problems);
    auto doc = document(Figures::Pictures);
    return PagedOutput::writeOdtFile(path, *doc);
}

} // namespace tavolo::documents
