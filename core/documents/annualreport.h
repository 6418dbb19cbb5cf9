#pragma once

#include "annualreportdata.h"
#include "core/domain/result.h"
#include "documentfigures.h"
#include "letterhead.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QSet>
#include <memory>

class QTextDocument;

namespace tavolo::documents {

// The annual report of the Tavolo (relazione annuale, issue 17): under the letterhead, the
// year's composition and its changes, the meetings held and their attendance, requests,
// amendments, groups' and tables' activity, the participation cycle, the objectives with their
// Gantt chart and indicators, and charts. In Italian whatever the interface language; a section
// with nothing to say says so in one sentence ("Nessuna seduta nel 2026.").
//
// The charts are figures in the text: in the PDF each is painted with QPainter where the text
// puts it (vectors, through the ChartPainter given, and the Gantt chart of ganttchart.h); in
// the ODT each is a picture, for the clerk who adds the narrative in Writer or Word. Without a
// ChartPainter the bar charts are left out (the Gantt chart is always drawn).
class AnnualReport
{
    Q_DECLARE_TR_FUNCTIONS(AnnualReport)
public:
    AnnualReport(Letterhead letterhead, AnnualReportData data, ChartPainter charts = {});
    AnnualReport(const AnnualReport &) = delete;
    AnnualReport &operator=(const AnnualReport &) = delete;

    enum class Figures { Vectors, Pictures };

    QString title() const; // "Relazione annuale 2026 – Tavolo del Terzo Settore …"
    QString fileName(const QString &extension) const; // safe on Windows
    QString html() const;
    QString footer() const; // the letterhead's line at the bottom of every page
    // Laid out; with Vectors the figures are painted by the document's layout when it draws.
    std::unique_ptr<QTextDocument> document(Figures figures = Figures::Vectors) const;
    int pageCount() const;
    QImage previewImage(int page = 0, int dpi = 60) const;
    Result<int> writePdf(const QString &path) const; // PDF/A-1b; the pages
    Result<Done> writeOdt(const QString &path) const; // the figures as pictures

    // The size of a chart on the page, in millimetres.
    static QSizeF chartSize(const ReportChart &chart);

private:
    QString body() const;
    QString compositionSection(int number) const;
    QString meetingsSection(int number) const;
    QString requestsSection(int number) const;
    QString amendmentsSection(int number) const;
    QString activitySection(int number) const;
    QString cycleSection(int number) const;
    QString objectivesSection(int number) const;
    QString closing() const;
    QString heading(int number, const QString &title) const;
    QString subheading(const QString &title) const;
    QString headingBlock(int level, const QString &text) const;
    QString table(const QStringList &heads, const QList<QStringList> &rows) const;
    // A numbered section that is one table, or one sentence when it has no row.
    QString tableSection(int number, const QString &title, const QString &none,
                         const QStringList &heads, const QList<QStringList> &rows) const;
    std::unique_ptr<QTextDocument> build(Figures figures) const;
    bool moveCutRow(const QTextDocument &document) const;
    bool moveLoneHeading(const QTextDocument &document) const;
    void keepLogoProportions(QTextDocument &document) const;
    QString figure(const std::function<void(QPainter &, const QRectF &)> &paint, QSizeF mm) const;
    QString chart(const ReportChart &chart) const;
    QString ganttFigure(const Objective &objective) const;

    Letterhead m_letterhead;
    AnnualReportData m_data;
    ChartPainter m_charts;
    QImage m_logo;
    // Filled as the HTML is written: the figures, and each piece of a table (its index among
    // the report's tables, its first row) in the order they come.
    mutable QList<DocumentFigure> m_figures;
    mutable QList<std::pair<int, int>> m_pieces;
    mutable int m_tableCount = 0;
    mutable int m_headingCount = 0;
    // Where the pagination moved things to a new page: rows by table, headings by index.
    mutable QHash<int, QList<int>> m_rowBreaks;
    mutable QSet<int> m_headingBreaks;
};

} // namespace tavolo::documents
