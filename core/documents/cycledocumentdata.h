#pragma once

#include "core/domain/planningcycle.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTime>

namespace tavolo::documents {

// What the documents of the Piano di Zona's participation cycle print (R-L, R-M, attendance
// over time): plain values, no storage types. The exports layer fills them from the cycle's
// stores; the renderers never read the archive (docs/documents.md, "The Piano di Zona
// cycle's documents": the fields each one needs and where they come from).

// One form of a call (allegato A, allegato B …) and its deadline; without a time the whole
// deadline day counts.
struct CallFormInfo
{
    QString name; // "Allegato A – Manifestazione d'interesse"
    QDate deadline;
    QTime deadlineTime; // invalid: the whole day
};

// The call a register or a receipt is about.
struct CallInfo
{
    QString cycleName; // "Piano di Zona 2021-2023"
    QString title; // "Avviso per la partecipazione ai tavoli di programmazione"
    QString reference; // the call's act or protocol, may be empty
    QDate published;
    QList<CallFormInfo> forms; // in the call's order
    QStringList tables; // the tables the call opens, in order
};

// One submission received, as the register prints it.
struct SubmissionEntry
{
    QString protocolNumber; // incoming protocol; may be empty
    QDateTime received; // local time
    Channel channel = Channel::Pec; // the domain's: how it arrived
    QString body; // the organisation (or person) that sent it
    QString form; // CallFormInfo::name of the form it answers
    QStringList tables; // the tables chosen
    bool late = false; // computed by the rules (R-L) from the form's deadline
    // The clerk's decision (R-L); none for an on-time submission, which needs none.
    std::optional<Decision> decision;
    QDate decidedOn;
    QString decisionReason;
    // A survey form (seed 004: allegato B) received late is not included in the first
    // synthesis presented at the first meeting (R-L): the register and the receipt say so.
    bool notInFirstSynthesis = false;
    // Contact person: printed in the office's register and the receipt, never in the
    // publication version (GDPR).
    QString contactName;
    QString contactEmail; // e-mail or PEC
};

// Registro delle istanze pervenute.
struct SubmissionRegisterData
{
    CallInfo call;
    QList<SubmissionEntry> submissions; // any order: the register sorts them by received time
    QDate asOf; // the day it is printed; invalid: today
};

// Ricevuta di una istanza: the letter acknowledging one submission.
struct SubmissionReceiptData
{
    CallInfo call;
    SubmissionEntry submission;
    CallFormInfo form; // the form the submission answers, with its deadline
    QString recipientAddress; // PEC or e-mail the receipt is sent to; may be empty
    QString protocolNumber; // of the outgoing receipt; may be empty
    QDate date; // of the receipt
};

// Elenco degli aderenti all'accordo di programma (R-M).
struct AdherentsListData
{
    QString cycleName; // "Piano di Zona 2021-2023"
    QString ambito; // "Ambito territoriale Oglio Po"
    QDate agreementDate; // the accordo di programma
    QString agreementAct; // "Deliberazione dell'Assemblea dei Sindaci n. 7"
    struct Adherent
    {
        QString body;
        QDate requestDate;
        QString act; // the act that records the adhesion; may be empty
    };
    QList<Adherent> adherents; // any order: printed by request date, then name
    QDate asOf; // invalid: today
};

// Invited, present, excused, absent over held meetings; the rate is present / invited.
struct AttendanceTally
{
    int invited = 0;
    int present = 0;
    int excused = 0;
    int absent = 0;
};

// Presenze nel ciclo: per body and per table across a cycle's held meetings.
struct AttendanceOverTimeData
{
    QString cycleName;
    QDate from; // first and last day counted
    QDate to;
    struct TableRow
    {
        QString table; // "Anziani, persone disabili e non autosufficienti"
        QString level; // "sub-ambito Casalasco", "Ambito Oglio Po"
        int meetingsHeld = 0;
        AttendanceTally tally;
    };
    struct BodyRow
    {
        QString body;
        AttendanceTally tally;
    };
    QList<TableRow> tables; // in the cycle's order
    QList<BodyRow> bodies; // printed by name
};

} // namespace tavolo::documents
