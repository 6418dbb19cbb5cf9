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

struct WorkingGroup // gruppo di lavoro tematico (R-I)
{
    qint64 id = 0;
    QString name;
    QString area;
    QList<qint64> participants;
    std::optional<qint64> proposedCoordinator;
    std::optional<qint64> coordinator; // ratified at the group's first held meeting
    QList<Meeting> meetings; // by date; each with body = group(id)
};

} // namespace tavolo
