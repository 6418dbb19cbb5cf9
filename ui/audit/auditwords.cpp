#include "auditwords.h"

#include "core/domain/category.h"
#include "core/domain/office.h"
#include "core/rules/meetingrules.h"
#include "core/storage/archive.h"
#include "core/storage/historystore.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tavolo {

AuditWords::AuditWords(Archive &archive)
{
    if (!archive.isOpen())
        return;
    const History h = HistoryStore(archive).load();
    m_people = h.personNames;
    for (auto it = h.organisations.cbegin(); it != h.organisations.cend(); ++it)
        m_organisations.insert(it.key(), it.value().name);
}

QString AuditWords::table(const QString &table)
{
    static const QHash<QString, const char *> words {
        {QStringLiteral("organisations"), QT_TR_NOOP("Organisations")},
        {QStringLiteral("people"), QT_TR_NOOP("People")},
        {QStringLiteral("office_terms"), QT_TR_NOOP("Offices held")},
        {QStringLiteral("delegations"), QT_TR_NOOP("Delegations")},
        {QStringLiteral("designations"), QT_TR_NOOP("Designations")},
        {QStringLiteral("regulation_versions"), QT_TR_NOOP("Regulation")},
        {QStringLiteral("regulation_approvals"), QT_TR_NOOP("Approvals of the regulation")},
        {QStringLiteral("requests"), QT_TR_NOOP("Requests to convene")},
        {QStringLiteral("request_signatories"), QT_TR_NOOP("Signatories of requests")},
        {QStringLiteral("meetings"), QT_TR_NOOP("Meetings")},
        {QStringLiteral("agenda_items"), QT_TR_NOOP("Agenda items")},
        {QStringLiteral("materials"), QT_TR_NOOP("Materials")},
        {QStringLiteral("guests"), QT_TR_NOOP("Guests")},
        {QStringLiteral("attendance"), QT_TR_NOOP("Attendance")},
        {QStringLiteral("working_groups"), QT_TR_NOOP("Working groups")},
        {QStringLiteral("group_participants"), QT_TR_NOOP("Participants of groups")},
        {QStringLiteral("group_meetings"), QT_TR_NOOP("Meetings of groups")},
        {QStringLiteral("group_attendance"), QT_TR_NOOP("Attendance at groups")},
        {QStringLiteral("minutes"), QT_TR_NOOP("Minutes")},
        {QStringLiteral("minutes_items"), QT_TR_NOOP("Items of minutes")},
        {QStringLiteral("minutes_corrections"), QT_TR_NOOP("Corrections of minutes")},
        {QStringLiteral("minutes_vote_names"), QT_TR_NOOP("Names in votes of minutes")},
        {QStringLiteral("document_settings"), QT_TR_NOOP("Letterhead and letters")},
        {QStringLiteral("planning_cycles"), QT_TR_NOOP("Piano di Zona cycles")},
        {QStringLiteral("cycle_sub_areas"), QT_TR_NOOP("Sub-areas of cycles")},
        {QStringLiteral("planning_tables"), QT_TR_NOOP("Planning tables")},
        {QStringLiteral("table_participants"), QT_TR_NOOP("Participants of planning tables")},
        {QStringLiteral("calls"), QT_TR_NOOP("Calls for expressions of interest")},
        {QStringLiteral("call_tables"), QT_TR_NOOP("Tables of calls")},
        {QStringLiteral("call_forms"), QT_TR_NOOP("Forms of calls")},
        {QStringLiteral("submissions"), QT_TR_NOOP("Submissions")},
        {QStringLiteral("submission_tables"), QT_TR_NOOP("Tables chosen in submissions")},
        {QStringLiteral("cycle_files"), QT_TR_NOOP("Files of calls and submissions")},
        {QStringLiteral("adhesions"), QT_TR_NOOP("Adhesions to the programme agreement")},
        {QStringLiteral("objectives"), QT_TR_NOOP("Objectives")},
        {QStringLiteral("objective_phases"), QT_TR_NOOP("Phases of objectives")},
        {QStringLiteral("objective_indicators"), QT_TR_NOOP("Indicators of objectives")},
        {QStringLiteral("indicator_readings"), QT_TR_NOOP("Values typed for indicators")}};
    const char *word = words.value(table);
    return word ? tr(word) : table;
}

QString AuditWords::action(const QString &action)
{
    if (action == QLatin1String("insert"))
        return tr("Added");
    if (action == QLatin1String("update"))
        return tr("Changed");
    if (action == QLatin1String("delete"))
        return tr("Deleted");
    return action;
}

QString AuditWords::field(const QString &column)
{
    static const QHash<QString, const char *> words {
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("category"), QT_TR_NOOP("Category")},
        {QStringLiteral("tax_code"), QT_TR_NOOP("Tax code")},
        {QStringLiteral("runts_section"), QT_TR_NOOP("RUNTS section")},
        {QStringLiteral("runts_number"), QT_TR_NOOP("RUNTS number")},
        {QStringLiteral("comune"), QT_TR_NOOP("Comune")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("pec"), QT_TR_NOOP("PEC")},
        {QStringLiteral("email"), QT_TR_NOOP("E-mail")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("active"), QT_TR_NOOP("Active")},
        {QStringLiteral("given_name"), QT_TR_NOOP("Given name")},
        {QStringLiteral("family_name"), QT_TR_NOOP("Family name")},
        {QStringLiteral("organisation_id"), QT_TR_NOOP("Organisation")},
        {QStringLiteral("person_id"), QT_TR_NOOP("Person")},
        {QStringLiteral("delegate_id"), QT_TR_NOOP("Delegate")},
        {QStringLiteral("coordinator_id"), QT_TR_NOOP("Coordinator")},
        {QStringLiteral("proposed_coordinator_id"), QT_TR_NOOP("Proposed coordinator")},
        {QStringLiteral("ratified_coordinator"), QT_TR_NOOP("Coordinator ratified")},
        {QStringLiteral("office"), QT_TR_NOOP("Office")},
        {QStringLiteral("date_from"), QT_TR_NOOP("From")},
        {QStringLiteral("date_to"), QT_TR_NOOP("To")},
        {QStringLiteral("act_date"), QT_TR_NOOP("Act date")},
        {QStringLiteral("act_reference"), QT_TR_NOOP("Act reference")},
        {QStringLiteral("effective"), QT_TR_NOOP("In force from")},
        {QStringLiteral("min_meetings_per_year"), QT_TR_NOOP("Meetings per year")},
        {QStringLiteral("notice_days"), QT_TR_NOOP("Days of notice")},
        {QStringLiteral("threshold_numerator"), QT_TR_NOOP("Request threshold (numerator)")},
        {QStringLiteral("threshold_denominator"), QT_TR_NOOP("Request threshold (denominator)")},
        {QStringLiteral("request_deadline_days"), QT_TR_NOOP("Days to answer a request")},
        {QStringLiteral("seats"), QT_TR_NOOP("Seats")},
        {QStringLiteral("regulation_id"), QT_TR_NOOP("Regulation version")},
        {QStringLiteral("request_id"), QT_TR_NOOP("Request")},
        {QStringLiteral("meeting_id"), QT_TR_NOOP("Meeting")},
        {QStringLiteral("group_id"), QT_TR_NOOP("Group")},
        {QStringLiteral("group_meeting_id"), QT_TR_NOOP("Group meeting")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("date"), QT_TR_NOOP("Date")},
        {QStringLiteral("time"), QT_TR_NOOP("Time")},
        {QStringLiteral("place"), QT_TR_NOOP("Place")},
        {QStringLiteral("online_link"), QT_TR_NOOP("Online link")},
        {QStringLiteral("minutes_id"), QT_TR_NOOP("Minutes")},
        {QStringLiteral("opened"), QT_TR_NOOP("Opened at")},
        {QStringLiteral("closed"), QT_TR_NOOP("Closed at")},
        {QStringLiteral("chair_id"), QT_TR_NOOP("Chair")},
        {QStringLiteral("secretary_id"), QT_TR_NOOP("Secretary")},
        {QStringLiteral("approved_at"), QT_TR_NOOP("Approved at meeting")},
        {QStringLiteral("approved_at_meeting"), QT_TR_NOOP("Approved at meeting")},
        {QStringLiteral("approval_unanimous"), QT_TR_NOOP("Approved unanimously")},
        {QStringLiteral("approval_favourable"), QT_TR_NOOP("Approval: favourable")},
        {QStringLiteral("approval_contrary"), QT_TR_NOOP("Approval: contrary")},
        {QStringLiteral("approval_abstained"), QT_TR_NOOP("Approval: abstained")},
        {QStringLiteral("item"), QT_TR_NOOP("Agenda item")},
        {QStringLiteral("summary"), QT_TR_NOOP("Summary")},
        {QStringLiteral("decision"), QT_TR_NOOP("Decision")},
        {QStringLiteral("unanimous"), QT_TR_NOOP("Unanimous")},
        {QStringLiteral("favourable"), QT_TR_NOOP("Favourable")},
        {QStringLiteral("contrary"), QT_TR_NOOP("Contrary")},
        {QStringLiteral("abstained"), QT_TR_NOOP("Abstained")},
        {QStringLiteral("choice"), QT_TR_NOOP("Voted")},
        {QStringLiteral("convened_by"), QT_TR_NOOP("Convened by")},
        {QStringLiteral("joint_with"), QT_TR_NOOP("Joint with")},
        {QStringLiteral("state"), QT_TR_NOOP("State")},
        {QStringLiteral("convened_on"), QT_TR_NOOP("Convened on")},
        {QStringLiteral("cancel_reason"), QT_TR_NOOP("Reason for cancelling")},
        {QStringLiteral("position"), QT_TR_NOOP("Number")},
        {QStringLiteral("text"), QT_TR_NOOP("Text")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("file_name"), QT_TR_NOOP("File")},
        {QStringLiteral("reason"), QT_TR_NOOP("Reason")},
        {QStringLiteral("status"), QT_TR_NOOP("Attendance")},
        {QStringLiteral("motivation"), QT_TR_NOOP("Motivation")},
        {QStringLiteral("area"), QT_TR_NOOP("Area")},
        {QStringLiteral("agenda"), QT_TR_NOOP("Agenda")},
        {QStringLiteral("held"), QT_TR_NOOP("Held")},
        {QStringLiteral("key"), QT_TR_NOOP("Setting")},
        {QStringLiteral("value"), QT_TR_NOOP("Value")},
        {QStringLiteral("table_id"), QT_TR_NOOP("Planning table")},
        {QStringLiteral("cycle_id"), QT_TR_NOOP("Cycle")},
        {QStringLiteral("comuni"), QT_TR_NOOP("Comuni")},
        {QStringLiteral("level"), QT_TR_NOOP("Level")},
        {QStringLiteral("areas"), QT_TR_NOOP("Transversal areas")},
        {QStringLiteral("plan_approved_date"), QT_TR_NOOP("Plan approved on")},
        {QStringLiteral("plan_approved_act"), QT_TR_NOOP("Act approving the plan")},
        {QStringLiteral("agreement_date"), QT_TR_NOOP("Programme agreement signed on")},
        {QStringLiteral("agreement_act"), QT_TR_NOOP("Programme agreement act")},
        {QStringLiteral("published"), QT_TR_NOOP("Published on")},
        {QStringLiteral("reference"), QT_TR_NOOP("Reference")},
        {QStringLiteral("call_id"), QT_TR_NOOP("Call")},
        {QStringLiteral("form"), QT_TR_NOOP("Form")},
        {QStringLiteral("deadline"), QT_TR_NOOP("Deadline")},
        {QStringLiteral("deadline_time"), QT_TR_NOOP("Deadline time")},
        {QStringLiteral("survey"), QT_TR_NOOP("Survey form")},
        {QStringLiteral("received"), QT_TR_NOOP("Received")},
        {QStringLiteral("channel"), QT_TR_NOOP("Channel")},
        {QStringLiteral("protocol"), QT_TR_NOOP("Protocol number")},
        {QStringLiteral("contact_id"), QT_TR_NOOP("Contact")},
        {QStringLiteral("late"), QT_TR_NOOP("Late")},
        {QStringLiteral("decided_on"), QT_TR_NOOP("Decided on")},
        {QStringLiteral("submission_id"), QT_TR_NOOP("Submission")},
        {QStringLiteral("content"), QT_TR_NOOP("Content")},
        {QStringLiteral("requested"), QT_TR_NOOP("Requested on")},
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("type"), QT_TR_NOOP("Type")},
        {QStringLiteral("classification"), QT_TR_NOOP("Classification")},
        {QStringLiteral("direction"), QT_TR_NOOP("Direction")},
        {QStringLiteral("director"), QT_TR_NOOP("Director")},
        {QStringLiteral("service"), QT_TR_NOOP("Service")},
        {QStringLiteral("manager"), QT_TR_NOOP("Manager")},
        {QStringLiteral("dup_direction_code"), QT_TR_NOOP("DUP strategic direction (code)")},
        {QStringLiteral("dup_direction_title"), QT_TR_NOOP("DUP strategic direction")},
        {QStringLiteral("dup_objective_code"), QT_TR_NOOP("DUP strategic objective (code)")},
        {QStringLiteral("dup_objective_title"), QT_TR_NOOP("DUP strategic objective")},
        {QStringLiteral("first_year"), QT_TR_NOOP("First year")},
        {QStringLiteral("last_year"), QT_TR_NOOP("Last year")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("objective_id"), QT_TR_NOOP("Objective")},
        {QStringLiteral("number"), QT_TR_NOOP("Number")},
        {QStringLiteral("weight"), QT_TR_NOOP("Weight")},
        {QStringLiteral("planned_from"), QT_TR_NOOP("Planned start")},
        {QStringLiteral("planned_to"), QT_TR_NOOP("Planned end")},
        {QStringLiteral("actual_from"), QT_TR_NOOP("Actual start")},
        {QStringLiteral("actual_to"), QT_TR_NOOP("Actual end")},
        {QStringLiteral("responsible"), QT_TR_NOOP("Responsible")},
        {QStringLiteral("responsibility_centre"), QT_TR_NOOP("Centre of responsibility")},
        {QStringLiteral("progress"), QT_TR_NOOP("Progress (%)")},
        {QStringLiteral("expected"), QT_TR_NOOP("Expected value")},
        {QStringLiteral("measure"), QT_TR_NOOP("Measure")},
        {QStringLiteral("indicator_id"), QT_TR_NOOP("Indicator")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")}};
    const char *word = words.value(column);
    return word ? tr(word) : column;
}

QString AuditWords::operation(const QString &operation)
{
    static const QHash<QString, const char *> words {
        {QStringLiteral("org.add"), QT_TR_NOOP("Add organisation")},
        {QStringLiteral("org.update"), QT_TR_NOOP("Edit organisation")},
        {QStringLiteral("person.add"), QT_TR_NOOP("Add person")},
        {QStringLiteral("person.update"), QT_TR_NOOP("Edit person")},
        {QStringLiteral("person.anonymise"), QT_TR_NOOP("Anonymise person")},
        {QStringLiteral("office.assign"), QT_TR_NOOP("Assign office")},
        {QStringLiteral("delegation.add"), QT_TR_NOOP("Add delegation")},
        {QStringLiteral("designation.add"), QT_TR_NOOP("Designate")},
        {QStringLiteral("designation.end"), QT_TR_NOOP("End designation")},
        {QStringLiteral("regulation.amend"), QT_TR_NOOP("Amend the regulation")},
        {QStringLiteral("meeting.add"), QT_TR_NOOP("New meeting")},
        {QStringLiteral("meeting.convene"), QT_TR_NOOP("Convene meeting")},
        {QStringLiteral("material.add"), QT_TR_NOOP("Attach material")},
        {QStringLiteral("guest.invite"), QT_TR_NOOP("Invite guest")},
        {QStringLiteral("meeting.hold"), QT_TR_NOOP("Record attendance")},
        {QStringLiteral("meeting.cancel"), QT_TR_NOOP("Cancel meeting")},
        {QStringLiteral("request.add"), QT_TR_NOOP("New request to convene")},
        {QStringLiteral("group.add"), QT_TR_NOOP("New working group")},
        {QStringLiteral("group.participant.add"), QT_TR_NOOP("Add group participant")},
        {QStringLiteral("group.coordinator.propose"), QT_TR_NOOP("Propose coordinator")},
        {QStringLiteral("group.meeting.add"), QT_TR_NOOP("New group meeting")},
        {QStringLiteral("group.meeting.hold"), QT_TR_NOOP("Hold group meeting")},
        {QStringLiteral("import orgs"), QT_TR_NOOP("Import organisations")},
        {QStringLiteral("import people"), QT_TR_NOOP("Import people")},
        {QStringLiteral("objective.add"), QT_TR_NOOP("New objective")},
        {QStringLiteral("phase.update"), QT_TR_NOOP("Update a phase")},
        {QStringLiteral("indicator.record"), QT_TR_NOOP("Record an indicator's value")}};
    if (operation.isEmpty())
        return tr("In the program's window");
    const char *word = words.value(operation);
    return word ? tr("%1 (command line)").arg(tr(word)) : operation;
}

QString AuditWords::value(const QString &column, const QJsonValue &value) const
{
    if (value.isUndefined()) // no row before an insert, none after a delete
        return {};
    if (value.isNull())
        return QStringLiteral("∅");
    if (value.isObject() || value.isArray())
        return QString::fromUtf8(
            value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                             : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    QString text = value.toVariant().toString();
    const qint64 id = value.toVariant().toLongLong();
    if (column == QLatin1String("person_id") || column == QLatin1String("delegate_id")
        || column == QLatin1String("coordinator_id") || column == QLatin1String("chair_id")
        || column == QLatin1String("secretary_id")
        || column == QLatin1String("proposed_coordinator_id"))
        return m_people.value(id, text);
    if (column == QLatin1String("organisation_id"))
        return m_organisations.value(id, text);
    if (column == QLatin1String("category"))
        if (const auto c = Categories::fromId(text))
            return Categories::label(*c);
    if (column == QLatin1String("office") || column == QLatin1String("convened_by"))
        if (const auto o = Offices::fromId(text))
            return Offices::label(*o);
    if (column == QLatin1String("state"))
        if (const auto s = MeetingTerms::stateFromId(text))
            return MeetingTerms::stateLabel(*s);
    if (column == QLatin1String("kind"))
        if (const auto k = MeetingTerms::kindFromId(text))
            return MeetingTerms::kindLabel(*k);
    if (column == QLatin1String("status"))
        if (const auto a = MeetingTerms::attendanceFromId(text))
            return MeetingTerms::attendanceLabel(*a);
    if (column == QLatin1String("active") || column == QLatin1String("held")
        || column == QLatin1String("ratified_coordinator") || column == QLatin1String("unanimous")
        || column == QLatin1String("approval_unanimous"))
        return value.toVariant().toBool() ? tr("yes") : tr("no");
    if (const QDate day = QDate::fromString(text, Qt::ISODate); day.isValid() && text.size() == 10)
        return day.toString(QStringLiteral("dd/MM/yyyy"));
    return text;
}

QString AuditWords::summary(const AuditEntry &e) const
{
    const QJsonObject &row = e.action == QLatin1String("delete") ? e.before : e.after;
    QString name = row.value(QStringLiteral("name")).toString();
    if (name.isEmpty())
        name = QStringList {row.value(QStringLiteral("given_name")).toString(),
                            row.value(QStringLiteral("family_name")).toString()}
                   .join(QLatin1Char(' '))
                   .trimmed();
    for (const QString &column : {QStringLiteral("person_id"), QStringLiteral("organisation_id"),
                                  QStringLiteral("delegate_id")})
        if (name.isEmpty() && row.contains(column))
            name = value(column, row.value(column));
    if (name.isEmpty() && row.contains(QStringLiteral("date")))
        name = value(QStringLiteral("date"), row.value(QStringLiteral("date")));
    if (name.isEmpty())
        name = QStringLiteral("#%1").arg(e.rowId);
    if (e.action == QLatin1String("insert"))
        return tr("Added: %1").arg(name);
    if (e.action == QLatin1String("delete"))
        return tr("Deleted: %1").arg(name);
    QStringList out;
    for (auto it = e.after.constBegin(); it != e.after.constEnd(); ++it) {
        const QJsonValue old = e.before.value(it.key());
        if (old != it.value())
            out << tr("%1: %2 → %3")
                       .arg(field(it.key()), value(it.key(), old), value(it.key(), it.value()));
    }
    return out.join(QStringLiteral("; "));
}

} // namespace tavolo
