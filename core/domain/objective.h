#pragma once

#include "period.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace tavolo {

// The objectives the office reports against every year (seed 002, the PEG's objective sheet):
// weighted phases drawn as a Gantt chart, and indicators whose expected value is a number or a
// ratio and whose actual value is typed in or computed from the archive by a named measure
// (core/rules/measures.h).

// A number ("2") or a ratio ("80/15": young people started over projects funded).
struct Quantity
{
    double amount = 0;
    std::optional<double> per; // the second term of a ratio

    bool isRatio() const { return per.has_value(); }
    // "2", "2.5", "2,5", "80/15", "80 / 15"; nullopt when it is none of these.
    static std::optional<Quantity> parse(const QString &text);
    QString text() const; // "80/15", "2", "2.5": what parse() reads back
    bool operator==(const Quantity &) const = default;
};

struct DupLink // a strategic direction or objective of the DUP the objective is linked to
{
    QString code; // "2019_08IS_OB_STR_05"
    QString title; // "SOSTENERE IL TERZO SETTORE"
    bool operator==(const DupLink &) const = default;
};

struct ObjectivePhase // fase: one bar of the Gantt chart
{
    qint64 id = 0;
    int number = 0; // 1, 2, … in the sheet's order
    QString description;
    double weight = 0; // the weights of an objective's phases add up to 100
    Period planned; // inizio previsto, fine prevista
    QDate actualStart; // null: not started
    QDate actualEnd; // null: not finished
    QString responsible; // as the sheet writes it ("LICITRA ALESSANDRO")
    QString responsibilityCentre; // centro di responsabilità
    QString notes;
    double progress = 0; // percent done, 0 … 100
    bool operator==(const ObjectivePhase &) const = default;
};

struct IndicatorReading // an actual value typed in, with the day it refers to
{
    qint64 id = 0;
    QDate date;
    Quantity value;
    QString note;
    bool operator==(const IndicatorReading &) const = default;
};

struct Indicator
{
    qint64 id = 0;
    int number = 0; // 1, 2, … in the sheet's order
    QString description;
    QString type; // "RISULTATO", "PERFORMANCE", … as the sheet writes it
    Quantity expected;
    QString measure; // a named measure's id (Measures::all()); empty: typed in
    std::optional<qint64> cycleId; // a measure over one participation cycle only
    QList<IndicatorReading> readings; // by date

    bool isComputed() const { return !measure.isEmpty(); }
    // The latest reading on or before `day`, if any.
    const IndicatorReading *readingOn(QDate day) const;
    bool operator==(const Indicator &) const = default;
};

struct Objective // obiettivo del PEG, e.g. 2019_ZN20
{
    qint64 id = 0;
    QString code; // "2019_ZN20"
    QString title;
    QString type; // tipologia: "MIGLIORAMENTO", …
    QString classification; // "DIREZIONALE", …
    QString direction; // direzione
    QString director; // direttore
    QString service; // servizio
    QString manager; // dirigente: the one responsible
    DupLink strategicDirection; // indirizzo strategico del DUP
    DupLink strategicObjective; // obiettivo strategico del DUP
    int firstYear = 0;
    int lastYear = 0; // the same as firstYear for a one-year objective
    QString description;
    QList<ObjectivePhase> phases; // by number
    QList<Indicator> indicators; // by number

    // 1 January of the first year to 31 December of the last.
    Period years() const;
    // The phases' progress weighted by their weights (a percent).
    double weightedProgress() const;
    double weightSum() const;
    const ObjectivePhase *phase(int number) const;
    const Indicator *indicator(int number) const;
};

} // namespace tavolo
