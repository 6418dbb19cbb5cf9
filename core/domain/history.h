#pragma once

#include "category.h"
#include "meeting.h"
#include "minutes.h"
#include "objective.h"
#include "planningcycle.h"
#include "regulation.h"
#include "tavoloterms.h"
#include "workinggroup.h"

#include <QHash>
#include <QList>
#include <QString>

namespace tavolo {

// The Tavolo's history as plain values (R-J): what the rules read. Storage builds it from the
// archive; tests build it by hand. Nothing here is ever overwritten: terms end, they are not
// deleted.

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
    QList<Meeting> meetings; // the Tavolo's; a working group's are in its `meetings`
    QList<ConvocationRequest> requests;
    QList<WorkingGroup> groups;
    QList<Minutes> minutes; // of every body's meetings
    QList<PlanningCycle> cycles; // the Piano di Zona's participation cycles (R-L, R-M)
    QList<PlanningTable> tables; // of every cycle; a table's meetings are in its `meetings`
    QList<Call> calls;
    QList<Submission> submissions; // by time received
    QList<Adhesion> adhesions;
    QList<Objective> objectives; // of the PEG, with phases and indicators (seed 002)
    QHash<qint64, QString> personNames; // for the sentences of the rules
    QHash<qint64, QString> personSortNames; // "family given", the register's order
    QHash<qint64, qint64> personOrganisations; // the organisation a person belongs to, if any
    QHash<qint64, OrganisationInfo> organisations;

    QString personName(qint64 id) const;
    QString organisationName(qint64 id) const;
    const Meeting *meeting(qint64 id) const; // of any body
    QList<Meeting> meetingsOf(const MeetingBody &body) const; // by date
    QList<Meeting> allMeetings() const; // the Tavolo's, then each group's, then each table's
    const Minutes *minutesById(qint64 id) const;
    const Minutes *minutesOfMeeting(qint64 meetingId) const;
    const ConvocationRequest *request(qint64 id) const;
    const WorkingGroup *group(qint64 id) const;
    const PlanningCycle *cycle(qint64 id) const;
    const PlanningTable *table(qint64 id) const;
    const Call *call(qint64 id) const;
    const Submission *submission(qint64 id) const;
    QList<PlanningTable> tablesOf(qint64 cycleId) const;
    const Objective *objective(qint64 id) const;
    const Objective *objectiveByCode(const QString &code) const;
    const Designation *designation(qint64 id) const;
    QDate firstDay() const; // the earliest date the history knows, or null
};

} // namespace tavolo
