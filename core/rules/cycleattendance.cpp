#include "cycleattendance.h"

#include <algorithm>

namespace tavolo {

namespace {

void count(AttendanceCount &c, Attendance status)
{
    ++c.invited;
    switch (status) {
    case Attendance::Present:
        ++c.present;
        break;
    case Attendance::Excused:
        ++c.excused;
        break;
    case Attendance::Absent:
        ++c.absent;
        break;
    }
}

// A body's status at one meeting: present if anyone of it was, else excused if anyone was.
Attendance merged(Attendance a, Attendance b)
{
    if (a == Attendance::Present || b == Attendance::Present)
        return Attendance::Present;
    if (a == Attendance::Excused || b == Attendance::Excused)
        return Attendance::Excused;
    return Attendance::Absent;
}

QString keyOf(const AttendanceBody &b)
{
    return b.organisationId ? QStringLiteral("o%1").arg(*b.organisationId)
                            : QStringLiteral("p%1").arg(b.personId.value_or(0));
}

} // namespace

AttendanceBody CycleAttendanceReport::bodyOf(const History &history, qint64 personId)
{
    if (const auto org = history.personOrganisations.constFind(personId);
        org != history.personOrganisations.cend())
        return {*org, std::nullopt, history.organisationName(*org)};
    return {std::nullopt, personId, history.personName(personId)};
}

CycleAttendance CycleAttendanceReport::of(const History &history, qint64 cycleId)
{
    CycleAttendance out;
    out.cycleId = cycleId;
    if (const PlanningCycle *c = history.cycle(cycleId))
        out.cycle = c->name;
    QHash<QString, BodyAttendance> bodies;
    for (const PlanningTable &t : history.tablesOf(cycleId)) {
        TableAttendance row {t.id, t.name, 0, {}};
        for (const Meeting &m : t.meetings) {
            if (!m.isHeld())
                continue;
            ++row.heldMeetings;
            QHash<QString, Attendance> atMeeting;
            QHash<QString, AttendanceBody> who;
            for (auto it = m.attendance.cbegin(); it != m.attendance.cend(); ++it) {
                const AttendanceBody b = bodyOf(history, it.key());
                const QString key = keyOf(b);
                who.insert(key, b);
                atMeeting.insert(key,
                                 atMeeting.contains(key) ? merged(atMeeting.value(key), it.value())
                                                         : it.value());
            }
            for (auto it = atMeeting.cbegin(); it != atMeeting.cend(); ++it) {
                BodyAttendance &b = bodies[it.key()];
                b.body = who.value(it.key());
                count(b.total, it.value());
                count(b.byTable[t.id], it.value());
                count(row.total, it.value());
                b.marks << AttendanceMark {m.id, t.id, m.date, it.value()};
            }
        }
        out.tables << row;
    }
    for (BodyAttendance &b : bodies) {
        std::sort(b.marks.begin(), b.marks.end(),
                  [](const AttendanceMark &x, const AttendanceMark &y) {
                      return x.date < y.date || (x.date == y.date && x.meetingId < y.meetingId);
                  });
        out.bodies << b;
    }
    std::sort(out.bodies.begin(), out.bodies.end(),
              [](const BodyAttendance &x, const BodyAttendance &y) {
                  return QString::localeAwareCompare(x.body.name, y.body.name) < 0;
              });
    return out;
}

} // namespace tavolo
