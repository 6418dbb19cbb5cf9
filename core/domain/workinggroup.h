#pragma once

#include "meeting.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace tavolo {

struct GroupMeeting // a meeting of a working group (R-I)
{
    qint64 id = 0;
    qint64 groupId = 0;
    QDate date;
    QTime time;
    QString place;
    QStringList agenda;
    bool held = false;
    bool ratifiedCoordinator = false;
    QHash<qint64, Attendance> attendance;
};

struct WorkingGroup // gruppo di lavoro tematico (R-I)
{
    qint64 id = 0;
    QString name;
    QString area;
    QList<qint64> participants;
    std::optional<qint64> proposedCoordinator;
    std::optional<qint64> coordinator; // ratified at the group's first held meeting
    QList<GroupMeeting> meetings;      // by date
};

} // namespace tavolo
