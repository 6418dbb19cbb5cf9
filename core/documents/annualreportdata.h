#pragma once

#include "compositionlist.h"
#include "core/domain/objective.h"

#include <QDate>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

class QPainter;
class QRectF;

namespace tavolo::documents {

// What the annual report (relazione annuale, issue 17) prints, as plain values in Italian:
// the exports layer fills it from the archive (ReportDocuments), the document lays it out.

// A bar chart of the report: one or more series over the same categories. Drawn by a
// ChartPainter (the Qt Charts one of core/charts) into the PDF as vectors.
struct ReportChart
{
    QString title; // "Sedute del Tavolo per anno"
    QStringList categories; // "2022", "2023", … or the bodies' names
    struct Series
    {
        QString name;
        QList<double> values; // one per category
    };
    QList<Series> series;
    bool percent = false; // values are percentages (0 … 100)
    bool horizontal = false; // long category names: bars across the page

    bool isEmpty() const { return categories.isEmpty() || series.isEmpty(); }
};

// Paints a chart into `rect` of the painter (a PDF page, or an image for the ODT and the
// preview). The documents do not link Qt Charts: the caller gives the painter.
using ChartPainter = std::function<void(QPainter &, const QRectF &, const ReportChart &)>;

struct ReportMeeting // a held meeting of the Tavolo
{
    QDate date;
    QString kind; // "ordinaria", "su richiesta", "congiunta"
    int present = 0;
    int recorded = 0; // present + excused + absent
    QString place;
};

struct ReportChange // a change of the composition during the year
{
    QDate date;
    QString text; // "Nomina di Maria Rossi, …"
};

struct ReportRequest // a request to convene and its outcome (R-D)
{
    QDate date;
    QString signatories;
    QString motivation;
    QString outcome; // "Convocata la seduta del 12 marzo 2026", "Non evasa: termine scaduto il …"
};

struct ReportAmendment // an amendment of the regulation (R-H)
{
    QDate effective;
    QString changes; // "Sedute minime annue: da 2 a 3; …"
    QString approvedAt; // "seduta del 12 marzo 2026", or empty
};

struct ReportBodyActivity // a working group or planning table in the year
{
    QString name;
    QString kind; // "Gruppo di lavoro", "Tavolo tematico (sub-ambito Casalasco)", …
    int meetingsHeld = 0;
    int bodies = 0; // the bodies (enti) with someone present at least once
    int present = 0;
    int recorded = 0;
};

struct ReportCall // a call for expressions of interest published in the year (R-L)
{
    QString cycle;
    QString title;
    QDate published;
    QString reference;
    int submissions = 0;
    int late = 0;
    int admitted = 0; // of the late ones, admitted by the clerk's decision
    int notAdmitted = 0;
};

struct ReportAdhesion // an adhesion to the programme agreement requested in the year (R-M)
{
    QString cycle;
    QString body;
    QDate requested;
    QString act; // "n. 12 del 3 aprile 2022"
};

struct ReportIndicator // expected against actual as of 31 December
{
    int number = 0;
    QString description;
    QString type;
    QString expected;
    QString actual; // "–" when nothing is known
    QString source; // "rilevato il …", "calcolato: sedute … (3)"
};

struct ReportObjective
{
    Objective objective; // the sheet and its phases, for the Gantt chart
    QString strategicObjective;
    QList<ReportIndicator> indicators;
};

struct ReportCycle // a participation cycle running during the year
{
    QString name; // "Piano di Zona 2021-2023"
    QString period; // "dal 1° gennaio 2021 al 31 dicembre 2023"
    QString acts; // the plan's approval and the agreement, in words; empty if none
};

struct AnnualReportData
{
    int year = 0;
    QString tavoloName; // "Tavolo del Terzo Settore dell'Ambito di Sondrio"
    int minMeetings = 2; // the regulation's minimum on 31 December (R-C)
    QList<CompositionEntry> composition; // on 31 December
    QList<ReportChange> changes;
    QList<ReportMeeting> meetings; // held, by date
    int cancelled = 0; // meetings cancelled in the year
    QList<ReportRequest> requests;
    QList<ReportAmendment> amendments;
    QList<ReportBodyActivity> activity; // groups, then planning tables
    QList<ReportCycle> cycles;
    QList<ReportCall> calls;
    QList<ReportAdhesion> adhesions;
    QList<ReportObjective> objectives;
    ReportChart meetingsPerYear;
    ReportChart attendancePerBody;
    ReportChart participationPerTable;
    QDate written; // the day the report is written (the closing date)
};

} // namespace tavolo::documents
