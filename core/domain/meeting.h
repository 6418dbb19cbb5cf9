#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace tavolo {

// A seduta of the Tavolo and a request to convene one, as plain values.

enum class MeetingKind { Ordinary, Requested, Joint };
enum class MeetingState { Draft, Convened, Held, Cancelled };
enum class Attendance { Present, Excused, Absent };

struct Guest // invited by the chair for one meeting (R-F)
{
    qint64 personId = 0;
    QString reason;
};

struct Material
{
    qint64 id = 0;
    QString title;
    QString file;
};

struct Meeting // seduta of the Tavolo (R-C, R-D, R-G)
{
    qint64 id = 0;
    MeetingKind kind = MeetingKind::Ordinary;
    QDate date;
    QTime time;
    QString place;
    QString onlineLink;
    QStringList agenda;
    QList<Material> materials;
    std::optional<qint64> requestId;  // a requested meeting answers a request (R-D)
    QString convenedBy;               // an office id or "planning-office"
    QStringList jointWith;            // the other tables of a joint session (R-G)
    MeetingState state = MeetingState::Draft;
    QDate convenedOn;
    QString cancelReason;
    QList<Guest> guests;
    QHash<qint64, Attendance> attendance; // person → status, once held
};

struct ConvocationRequest // richiesta di convocazione (R-D)
{
    qint64 id = 0;
    QDate date;
    QList<qint64> signatories;
    QString motivation;
};

} // namespace tavolo
