#pragma once

#include "core/domain/history.h"
#include "core/domain/problem.h"

#include <QCoreApplication>
#include <optional>

namespace tavolo {

// The named measures an indicator's actual value can be computed by (domain.md, "Objectives,
// indicators and the annual report"): facts already in the archive, counted as of any date.
//
// The window: from 1 January of the date's year up to the date, both included; for an
// indicator bound to a participation cycle, everything of that cycle up to the date (its
// tables, calls and adhesions, whatever the year). Nothing after the date is ever counted, so
// the value on a past day is what the clerk would have counted that day.

struct MeasureInfo
{
    QString id; // "tavolo-meetings-held": what the JSON and the archive keep
    QString name; // in words, short, for a column or a combo box
    QString description; // in words, what is counted and how, for the clerk to read
    bool percent = false; // a rate in percent, not a count
    bool overCycle = false; // may be bound to a participation cycle
};

// One thing a measure counted (a meeting, a body, a table, a submission, an adhesion): what the
// GUI lists on a click and the report may print.
struct CountedItem
{
    enum class Kind { Meeting, Body, Table, Submission, Adhesion };
    Kind kind = Kind::Meeting;
    qint64 id = 0; // the meeting's, table's, submission's, adhesion's or organisation's id
    std::optional<qint64> personId; // a body that is a person of no organisation
    QDate date; // the meeting's day, the first day a body took part, the day received
    QString label; // "12/03/2025 – Tavolo del Terzo Settore", "Cooperativa Alfa"
    QString detail; // "8 present of 10", "present at 3 meetings", …
};

struct Measurement
{
    QString measure;
    QDate asOf;
    QDate from; // the window's first day; null: the whole cycle up to asOf
    std::optional<qint64> cycleId;
    double value = 0; // a count, or a percent for a rate
    QList<CountedItem> counted; // by date
};

class Measures
{
    Q_DECLARE_TR_FUNCTIONS(Measures)
public:
    static QList<MeasureInfo> all();
    static std::optional<MeasureInfo> find(const QString &id);
    // Refusals for an indicator's measure: unknown id (naming the known ones), a cycle given to
    // a measure of the Tavolo, a cycle that does not exist. `field` names the input field.
    static Problems problems(const History &history, const QString &measure,
                             std::optional<qint64> cycleId, const QString &field);
    // The measure's value as of `asOf` (an unknown id measures nothing: value 0).
    static Measurement compute(const History &history, const QString &measure, QDate asOf,
                               std::optional<qint64> cycleId = std::nullopt);
    // "12/03/2025 (ordinary)": a held meeting as the lists name it.
    static QString meetingLabel(const History &history, const Meeting &meeting);
};

} // namespace tavolo
