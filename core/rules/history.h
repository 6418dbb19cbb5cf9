#pragma once

#include "office.h"
#include "period.h"

#include "core/domain/category.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QTime>

#include <optional>

namespace tavolo {

// The Tavolo's history as plain values (R-J): what the rules read. Storage builds it from the
// archive; tests build it by hand. Nothing here is ever overwritten: terms end, they are not
// deleted.

struct OfficeTerm // an office held by a person over a period (R-A, R-B)
{
    qint64 id = 0;
    Office office = Office::MayorsPresident;
    qint64 personId = 0;
    Period period;
};

struct Delegation // delega: an office holder's delegate, named by an act (R-A, R-B)
{
    qint64 id = 0;
    Office office = Office::MayorsPresident;
    qint64 delegateId = 0;
    Period period;
    QDate actDate;
    QString actReference;
};

struct Designation // designazione: an organisation's representative, by formal act (R-E)
{
    qint64 id = 0;
    qint64 organisationId = 0;
    Category category = Category::Other; // the organisation's category when designated
    qint64 personId = 0;
    Period period;
    QDate actDate;
    QString actReference;
};

// The regulation's parameters in force from `effective` (R-C, R-D, R-E, R-H).
struct Regulation
{
    qint64 id = 0; // 0: the seed's defaults, never amended
    QDate effective;
    int minMeetingsPerYear = 2;
    int noticeDays = 7;
    int thresholdNumerator = 1; // request threshold (R-D): numerator/denominator of the
    int thresholdDenominator = 3; // TS representatives in office
    int requestDeadlineDays = 30;
    QMap<Category, int> seats; // per category of R-E
    QList<qint64> approvals;   // the members who approved the amendment

    static Regulation seed();
    int seatsOf(Category category) const { return seats.value(category, 0); }
    int threshold(int representatives) const; // ceil(n × num / den)
    QString thresholdText() const;            // "1/3"
};

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

struct OrganisationInfo
{
    QString name;
    Category category = Category::Other;
};

struct History
{
    QList<OfficeTerm> officeTerms;
    QList<Delegation> delegations;
    QList<Designation> designations;
    QList<Regulation> amendments; // by effective date; the seed applies before the first
    QList<Meeting> meetings;
    QList<ConvocationRequest> requests;
    QList<WorkingGroup> groups;
    QHash<qint64, QString> personNames; // for the sentences of the rules
    QHash<qint64, QString> personSortNames; // "family given", the register's order
    QHash<qint64, qint64> personOrganisations; // the organisation a person belongs to, if any
    QHash<qint64, OrganisationInfo> organisations;

    QString personName(qint64 id) const;
    QString organisationName(qint64 id) const;
    const Meeting *meeting(qint64 id) const;
    const ConvocationRequest *request(qint64 id) const;
    const WorkingGroup *group(qint64 id) const;
    const Designation *designation(qint64 id) const;
    QDate firstDay() const; // the earliest date the history knows, or null
};

} // namespace tavolo
