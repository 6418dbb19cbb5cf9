#pragma once

#include "core/rules/cycleattendance.h"
#include "core/rules/cyclestatus.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace tavolo {

// The participation cycle as the JSON of `tavolo-cli` (cycle list, call show, table show,
// cycle attendance, check) with the field names of domain.md, and the attendance as rows for
// a spreadsheet.
class CycleJson
{
    Q_DECLARE_TR_FUNCTIONS(CycleJson)
public:
    static QJsonObject cycle(const History &history, const PlanningCycle &cycle);
    static QJsonObject table(const History &history, const PlanningTable &table);
    static QJsonObject call(const History &history, const Call &call);
    static QJsonObject submission(const History &history, const Submission &submission);
    static QJsonObject status(const CycleStatus &status);
    static QJsonObject attendance(const History &history, const CycleAttendance &report);
    // Header (in the interface's language) and one row per body and table, then one per body
    // across the cycle ("" table); the rate as a percentage with a comma, as an Italian
    // spreadsheet reads it.
    static QList<QStringList> attendanceRows(const CycleAttendance &report);

private:
    static QJsonObject count(const AttendanceCount &c);
};

} // namespace tavolo
