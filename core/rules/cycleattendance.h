#pragma once

#include "core/domain/history.h"

#include <QCoreApplication>

namespace tavolo {

// Attendance over time across a cycle (seed 003: "una presenza puntuale e costante"), per body
// and per table: the held meetings a body was invited to, those it attended, was excused from
// or missed, and the rate. A body is an organisation, or a person who belongs to none; a body
// attended a meeting when one of its people was present, was excused when none was present and
// one was excused. Plain data for the CLI, the GUI and the documents alike.

struct AttendanceCount
{
    int invited = 0;
    int present = 0;
    int excused = 0;
    int absent = 0;

    double rate() const { return invited == 0 ? 0.0 : double(present) / invited; }
    bool operator==(const AttendanceCount &) const = default;
};

struct AttendanceBody
{
    std::optional<qint64> organisationId; // or …
    std::optional<qint64> personId; // … a person on their own
    QString name;
    bool operator==(const AttendanceBody &) const = default;
};

struct AttendanceMark // one held meeting, as a body lived it
{
    qint64 meetingId = 0;
    qint64 tableId = 0;
    QDate date;
    Attendance status = Attendance::Absent;
};

struct BodyAttendance
{
    AttendanceBody body;
    AttendanceCount total; // across the cycle's tables
    QHash<qint64, AttendanceCount> byTable; // table id → count
    QList<AttendanceMark> marks; // by date: attendance over time
};

struct TableAttendance
{
    qint64 tableId = 0;
    QString table;
    int heldMeetings = 0;
    AttendanceCount total; // body-meetings
};

struct CycleAttendance
{
    qint64 cycleId = 0;
    QString cycle;
    QList<TableAttendance> tables; // in the cycle's order
    QList<BodyAttendance> bodies; // by name
};

class CycleAttendanceReport
{
public:
    static CycleAttendance of(const History &history, qint64 cycleId);
    static AttendanceBody bodyOf(const History &history, qint64 personId);
};

} // namespace tavolo
