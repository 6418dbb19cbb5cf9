#pragma once

#include "meeting.h"
#include "period.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <optional>

namespace tavolo {

// The Piano di Zona's participation cycle (R-L, R-M) as plain values: the triennio, its
// planning tables, the calls for expressions of interest with their submissions, and the
// adhesions to the accordo di programma.

struct ActRecord // a dated act: the plan's approval, the programme agreement
{
    QDate date;
    QString actReference;
    bool operator==(const ActRecord &) const = default;
};

struct SubArea // sub-ambito, with its comuni
{
    QString name;
    QStringList comuni;
    bool operator==(const SubArea &) const = default;
};

struct PlanningCycle // triennio del Piano di Zona
{
    qint64 id = 0;
    QString name;
    Period period;
    QList<SubArea> subAreas;
    std::optional<ActRecord> planApproved;
    std::optional<ActRecord> agreementSigned; // accordo di programma
};

enum class TableKind { Target, Plenary, CoProgramming };

struct TableParticipant
{
    qint64 personId = 0;
    Period period; // from the day they joined (an admission: the admission day)
    std::optional<qint64> submissionId; // the admitted submission that made them one
};

struct PlanningTable // tavolo di programmazione: target, plenaria, co-programmazione
{
    qint64 id = 0;
    qint64 cycleId = 0;
    QString name;
    TableKind kind = TableKind::Target;
    QString level; // empty: the whole Ambito; else a sub-area's name
    QStringList areas; // transversal areas
    QList<TableParticipant> participants;
    QList<Meeting> meetings; // by date; each with body = table(id)

    // The people taking part on `day` (as-of-date: not before they joined).
    QList<qint64> participantsOn(QDate day) const;
};

struct CallForm // allegato A, B, … of a call, each with its deadline
{
    QString form; // "A", "B", …
    QString title;
    QDate deadline;
    QTime deadlineTime; // null: the whole deadline day counts
    // A survey (scheda di rilevazione): a late answer is not included in the first synthesis.
    bool survey = false;

    // Received after the deadline (the day's end, or the time when one is set).
    bool isLate(const QDateTime &received) const;
};

struct CycleFile // a file kept in the archive (the call's text, a submission's form)
{
    qint64 id = 0;
    QString title;
    QString fileName;
};

struct Call // avviso / manifestazione d'interesse
{
    qint64 id = 0;
    qint64 cycleId = 0;
    QString title;
    QDate published;
    QString reference;
    QList<qint64> tables;
    QList<CallForm> forms;
    QList<CycleFile> files;

    const CallForm *form(const QString &form) const;
};

enum class Channel { Pec, Email, Hand, Post };
enum class Decision { Pending, Admitted, NotAdmitted };

struct Submission
{
    qint64 id = 0;
    qint64 callId = 0;
    QString form;
    std::optional<qint64> organisationId; // the body that sent it, or …
    std::optional<qint64> personId; // … a person on their own
    QDateTime received;
    Channel channel = Channel::Pec;
    QString protocol; // incoming protocol number
    QList<qint64> tables; // chosen
    std::optional<qint64> contactId;
    bool late = false;
    Decision decision = Decision::Pending;
    QDate decidedOn;
    QString reason;
    QString notes; // the clerk's: what was corrected and why, anything worth keeping with it
    QList<CycleFile> files;

    bool isAdmitted() const { return decision == Decision::Admitted; }
};

struct Adhesion // adesione all'accordo di programma (R-M)
{
    qint64 id = 0;
    qint64 cycleId = 0;
    qint64 organisationId = 0;
    QDate requested;
    QDate actDate;
    QString actReference;
};

// The words and JSON identifiers of the cycle's enums.
class CycleTerms
{
    Q_DECLARE_TR_FUNCTIONS(CycleTerms)
public:
    static QString tableKindId(TableKind kind);
    static std::optional<TableKind> tableKindFromId(const QString &id);
    static QString tableKindLabel(TableKind kind);
    static QString channelId(Channel channel);
    static std::optional<Channel> channelFromId(const QString &id);
    static QString channelLabel(Channel channel);
    static QString decisionId(Decision decision);
    static std::optional<Decision> decisionFromId(const QString &id);
    static QString decisionLabel(Decision decision);
    static QString timelinessLabel(bool late);
};

} // namespace tavolo
