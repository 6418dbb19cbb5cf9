#pragma once

#include "core/domain/meeting.h"
#include "core/domain/planningcycle.h"

#include <QDate>
#include <QStringList>
#include <QTime>

namespace tavolo::documents {

// Richiesta di convocazione that caused a requested meeting (R-D).
struct RequestInfo
{
    QDate date;
    QString protocolNumber; // as registered on arrival; may be empty
    int signatories = 0;
    QString motivation;
};

// Seduta congiunta (R-G): the other tables and who convened the joint session.
struct JointInfo
{
    QStringList otherTables; // "Tavolo delle reti sociosanitarie dell'ASL della Montagna"
    QString convenedBy; // the convening office's title: "Direttore di Distretto dell'ASL"
};

// A meeting of the Piano di Zona's cycle (issue 16): a target table at sub-area level, a
// plenary or a co-programming table at Ambito level. No kind: the Tavolo's or a group's.
struct PlanningInfo
{
    enum class Level { SubArea, Ambito };
    std::optional<TableKind> kind; // the domain's
    QString tableName; // "Anziani, persone disabili e non autosufficienti"; a plenary may omit it
    Level level = Level::SubArea;
    QString areaName; // the sub-area's or the Ambito's bare name: "Casalasco", "Oglio Po"
    QString cycleName; // "Piano di Zona 2021-2023"
};

// Everything a document about one meeting prints: plain values, no storage types, so the
// renderer can be tested without an archive and the lead's adapter fills it from one.
struct MeetingDocumentData
{
    QString meetingId; // stable id from the archive, used for the calendar UID
    QString tableName = QStringLiteral("Tavolo del Terzo Settore");
    QString groupName; // a working group's riunione (R-I), no seduta of the Tavolo: its name
    QString districtName; // "Ambito di Sondrio"
    MeetingKind kind =
        MeetingKind::Ordinary; // of the domain (R-C, R-D, R-G); a group's is ordinary
    QDate date;
    QTime time;
    int durationMinutes = 120; // for the calendar file only
    QString place; // may be empty for an online-only meeting
    QString onlineLink; // may be empty for an in-person meeting
    QStringList agenda; // numbered in this order
    QStringList materials; // titles of the attached materials
    QString protocolNumber; // of the outgoing letter
    QDate protocolDate;
    QString subject; // empty: a subject is composed from kind and date
    RequestInfo request; // kind == Requested
    JointInfo joint; // kind == Joint
    PlanningInfo planning; // a planning table's or a plenary's meeting

    bool isGroupMeeting() const { return !groupName.isEmpty(); }
    bool isPlanningMeeting() const { return planning.kind.has_value(); }
};

} // namespace tavolo::documents
