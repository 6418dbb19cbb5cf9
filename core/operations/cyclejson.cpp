#include "cyclejson.h"

#include "core/rules/submissionrules.h"
#include "fields.h"

namespace tavolo {

namespace {

QJsonValue actJson(const std::optional<ActRecord> &act)
{
    if (!act)
        return QJsonValue();
    return QJsonObject {{QStringLiteral("date"), Fields::dateValue(act->date)},
                        {QStringLiteral("actReference"), act->actReference}};
}

QJsonArray ids(const QList<qint64> &list)
{
    QJsonArray out;
    for (qint64 id : list)
        out << id;
    return out;
}

QJsonArray files(const QList<CycleFile> &list)
{
    QJsonArray out;
    for (const CycleFile &f : list)
        out << QJsonObject {{QStringLiteral("id"), f.id},
                            {QStringLiteral("title"), f.title},
                            {QStringLiteral("file"), f.fileName}};
    return out;
}

QString percent(double rate)
{
    return QString::number(rate * 100, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(','));
}

QJsonValue optionalId(const std::optional<qint64> &id)
{
    return id ? QJsonValue(*id) : QJsonValue();
}

} // namespace

QJsonObject CycleJson::cycle(const History &h, const PlanningCycle &c)
{
    QJsonArray subAreas;
    for (const SubArea &s : c.subAreas)
        subAreas << QJsonObject {{QStringLiteral("name"), s.name},
                                 {QStringLiteral("comuni"), QJsonArray::fromStringList(s.comuni)}};
    QJsonArray tables;
    for (const PlanningTable &t : h.tablesOf(c.id))
        tables << QJsonObject {{QStringLiteral("id"), t.id},
                               {QStringLiteral("name"), t.name},
                               {QStringLiteral("kind"), CycleTerms::tableKindId(t.kind)}};
    QJsonArray calls;
    for (const Call &call : h.calls)
        if (call.cycleId == c.id)
            calls << QJsonObject {{QStringLiteral("id"), call.id},
                                  {QStringLiteral("title"), call.title}};
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("from"), Fields::dateValue(c.period.from)},
            {QStringLiteral("to"), Fields::dateValue(c.period.to)},
            {QStringLiteral("subAreas"), subAreas},
            {QStringLiteral("planApproved"), actJson(c.planApproved)},
            {QStringLiteral("agreementSigned"), actJson(c.agreementSigned)},
            {QStringLiteral("tables"), tables},
            {QStringLiteral("calls"), calls}};
}

QJsonObject CycleJson::table(const History &h, const PlanningTable &t)
{
    QJsonArray participants;
    for (const TableParticipant &p : t.participants)
        participants << QJsonObject {{QStringLiteral("person"), p.personId},
                                     {QStringLiteral("name"), h.personName(p.personId)},
                                     {QStringLiteral("from"), Fields::dateValue(p.period.from)},
                                     {QStringLiteral("to"), Fields::dateValue(p.period.to)},
                                     {QStringLiteral("submission"), optionalId(p.submissionId)}};
    QJsonArray meetings;
    for (const Meeting &m : t.meetings) {
        int present = 0;
        for (Attendance a : m.attendance)
            present += a == Attendance::Present ? 1 : 0;
        meetings << QJsonObject {{QStringLiteral("id"), m.id},
                                 {QStringLiteral("date"), Fields::dateValue(m.date)},
                                 {QStringLiteral("time"),
                                  m.time.isValid()
                                      ? QJsonValue(m.time.toString(QStringLiteral("HH:mm")))
                                      : QJsonValue()},
                                 {QStringLiteral("place"), m.place},
                                 {QStringLiteral("state"), MeetingTerms::stateId(m.state)},
                                 {QStringLiteral("present"), present}};
    }
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("cycle"), t.cycleId},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("kind"), CycleTerms::tableKindId(t.kind)},
            {QStringLiteral("level"), t.level.isEmpty() ? QStringLiteral("ambito") : t.level},
            {QStringLiteral("areas"), QJsonArray::fromStringList(t.areas)},
            {QStringLiteral("participants"), participants},
            {QStringLiteral("meetings"), meetings}};
}

QJsonObject CycleJson::submission(const History &h, const Submission &s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("form"), s.form},
            {QStringLiteral("organisation"), optionalId(s.organisationId)},
            {QStringLiteral("person"), optionalId(s.personId)},
            {QStringLiteral("sender"), SubmissionRules::sender(h, s)},
            {QStringLiteral("received"), s.received.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm"))},
            {QStringLiteral("channel"), CycleTerms::channelId(s.channel)},
            {QStringLiteral("protocol"), s.protocol},
            {QStringLiteral("tables"), ids(s.tables)},
            {QStringLiteral("contact"), optionalId(s.contactId)},
            {QStringLiteral("late"), s.late},
            {QStringLiteral("decision"), CycleTerms::decisionId(s.decision)},
            {QStringLiteral("decided"), Fields::dateValue(s.decidedOn)},
            {QStringLiteral("reason"), s.reason},
            {QStringLiteral("notes"), s.notes},
            {QStringLiteral("files"), files(s.files)}};
}

QJsonObject CycleJson::call(const History &h, const Call &c)
{
    QJsonArray forms;
    for (const CallForm &f : c.forms)
        forms << QJsonObject {{QStringLiteral("form"), f.form},
                              {QStringLiteral("title"), f.title},
                              {QStringLiteral("deadline"), Fields::dateValue(f.deadline)},
                              {QStringLiteral("deadlineTime"),
                               f.deadlineTime.isValid()
                                   ? QJsonValue(f.deadlineTime.toString(QStringLiteral("HH:mm")))
                                   : QJsonValue()},
                              {QStringLiteral("survey"), f.survey}};
    QJsonArray submissions;
    for (const Submission &s : h.submissions)
        if (s.callId == c.id)
            submissions << submission(h, s);
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("cycle"), c.cycleId},
            {QStringLiteral("title"), c.title},
            {QStringLiteral("published"), Fields::dateValue(c.published)},
            {QStringLiteral("reference"), c.reference},
            {QStringLiteral("tables"), ids(c.tables)},
            {QStringLiteral("forms"), forms},
            {QStringLiteral("files"), files(c.files)},
            {QStringLiteral("submissions"), submissions}};
}

QJsonObject CycleJson::status(const CycleStatus &s)
{
    return {{QStringLiteral("cycle"), s.cycleId},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("inProgress"), s.inProgress},
            {QStringLiteral("tables"), s.tables},
            {QStringLiteral("tablesWithoutMeetings"), ids(s.tablesWithoutMeetings)},
            {QStringLiteral("submissions"), s.submissions},
            {QStringLiteral("late"), s.late},
            {QStringLiteral("lateUndecided"), s.lateUndecided},
            {QStringLiteral("admitted"), s.admitted},
            {QStringLiteral("adhesions"), s.adhesions}};
}

QJsonObject CycleJson::count(const AttendanceCount &c)
{
    return {{QStringLiteral("invited"), c.invited},
            {QStringLiteral("present"), c.present},
            {QStringLiteral("excused"), c.excused},
            {QStringLiteral("absent"), c.absent},
            {QStringLiteral("rate"), c.rate()}};
}

QJsonObject CycleJson::attendance(const History &, const CycleAttendance &r)
{
    QJsonArray tables;
    for (const TableAttendance &t : r.tables) {
        QJsonObject o = count(t.total);
        o.insert(QStringLiteral("table"), t.tableId);
        o.insert(QStringLiteral("name"), t.table);
        o.insert(QStringLiteral("heldMeetings"), t.heldMeetings);
        tables << o;
    }
    QJsonArray bodies;
    for (const BodyAttendance &b : r.bodies) {
        QJsonObject o = count(b.total);
        o.insert(QStringLiteral("organisation"), optionalId(b.body.organisationId));
        o.insert(QStringLiteral("person"), optionalId(b.body.personId));
        o.insert(QStringLiteral("name"), b.body.name);
        QJsonArray byTable;
        for (const TableAttendance &t : r.tables)
            if (b.byTable.contains(t.tableId)) {
                QJsonObject c = count(b.byTable.value(t.tableId));
                c.insert(QStringLiteral("table"), t.tableId);
                byTable << c;
            }
        o.insert(QStringLiteral("tables"), byTable);
        QJsonArray marks;
        for (const AttendanceMark &m : b.marks)
            marks << QJsonObject {{QStringLiteral("meeting"), m.meetingId},
                                  {QStringLiteral("table"), m.tableId},
                                  {QStringLiteral("date"), Fields::dateValue(m.date)},
                                  {QStringLiteral("status"), MeetingTerms::attendanceId(m.status)}};
        o.insert(QStringLiteral("meetings"), marks);
        bodies << o;
    }
    return {{QStringLiteral("cycle"), r.cycleId},
            {QStringLiteral("name"), r.cycle},
            {QStringLiteral("tables"), tables},
            {QStringLiteral("bodies"), bodies}};
}

QList<QStringList> CycleJson::attendanceRows(const CycleAttendance &r)
{
    QList<QStringList> rows {{tr("Body"), tr("Table"), tr("Invited"), tr("Present"), tr("Excused"),
                              tr("Absent"), tr("Rate %")}};
    auto row = [&](const QString &body, const QString &table, const AttendanceCount &c) {
        rows << QStringList {body,
                             table,
                             QString::number(c.invited),
                             QString::number(c.present),
                             QString::number(c.excused),
                             QString::number(c.absent),
                             percent(c.rate())};
    };
    for (const BodyAttendance &b : r.bodies) {
        for (const TableAttendance &t : r.tables)
            if (b.byTable.contains(t.tableId))
                row(b.body.name, t.table, b.byTable.value(t.tableId));
        row(b.body.name, QString(), b.total);
    }
    return rows;
}

} // namespace tavolo
