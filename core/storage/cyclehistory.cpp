#include "cyclehistory.h"

#include "rows.h"

namespace tavolo {

namespace {

using rows::idOf;
using rows::stringsOf;

std::optional<ActRecord> actOf(const QVariant &date, const QVariant &reference)
{
    if (date.isNull())
        return std::nullopt;
    return ActRecord {sql::dayOf(date), reference.toString()};
}

template<typename T> T *byId(QList<T> &list, qint64 id)
{
    for (T &t : list)
        if (t.id == id)
            return &t;
    return nullptr;
}

} // namespace

CycleHistory::CycleHistory(const Archive &archive)
    : m_archive(archive)
{ }

template<typename Row> void CycleHistory::each(const QString &statement, Row row) const
{
    rows::each(sql::database(m_archive), statement, row);
}

void CycleHistory::load(History &h) const
{
    loadCycles(h);
    loadTables(h);
    loadCalls(h);
    loadSubmissions(h);
    loadFiles(h);
}

void CycleHistory::loadCycles(History &h) const
{
    each(QStringLiteral("SELECT id, name, date_from, date_to, plan_approved_date, "
                        "plan_approved_act, agreement_date, agreement_act FROM planning_cycles "
                        "ORDER BY date_from, id"),
         [&](const QSqlQuery &q) {
             h.cycles << PlanningCycle {q.value(0).toLongLong(),
                                        q.value(1).toString(),
                                        {sql::dayOf(q.value(2)), sql::dayOf(q.value(3))},
                                        {},
                                        actOf(q.value(4), q.value(5)),
                                        actOf(q.value(6), q.value(7))};
         });
    each(QStringLiteral("SELECT cycle_id, name, comuni FROM cycle_sub_areas ORDER BY cycle_id, "
                        "position"),
         [&](const QSqlQuery &q) {
             if (PlanningCycle *c = byId(h.cycles, q.value(0).toLongLong()))
                 c->subAreas << SubArea {q.value(1).toString(), stringsOf(q.value(2))};
         });
}

void CycleHistory::loadTables(History &h) const
{
    each(QStringLiteral("SELECT id, cycle_id, name, kind, level, areas FROM planning_tables "
                        "ORDER BY cycle_id, id"),
         [&](const QSqlQuery &q) {
             PlanningTable t;
             t.id = q.value(0).toLongLong();
             t.cycleId = q.value(1).toLongLong();
             t.name = q.value(2).toString();
             t.kind =
                 CycleTerms::tableKindFromId(q.value(3).toString()).value_or(TableKind::Target);
             t.level = q.value(4).toString();
             t.areas = stringsOf(q.value(5));
             h.tables << t;
         });
    each(QStringLiteral("SELECT table_id, person_id, date_from, date_to, submission_id FROM "
                        "table_participants ORDER BY date_from, id"),
         [&](const QSqlQuery &q) {
             if (PlanningTable *t = byId(h.tables, q.value(0).toLongLong()))
                 t->participants << TableParticipant {
                     q.value(1).toLongLong(),
                     {sql::dayOf(q.value(2)), sql::dayOf(q.value(3))},
                     idOf(q.value(4))};
         });
}

void CycleHistory::loadCalls(History &h) const
{
    each(QStringLiteral("SELECT id, cycle_id, title, published, reference FROM calls ORDER BY id"),
         [&](const QSqlQuery &q) {
             Call c;
             c.id = q.value(0).toLongLong();
             c.cycleId = q.value(1).toLongLong();
             c.title = q.value(2).toString();
             c.published = sql::dayOf(q.value(3));
             c.reference = q.value(4).toString();
             h.calls << c;
         });
    each(QStringLiteral("SELECT call_id, table_id FROM call_tables ORDER BY rowid"),
         [&](const QSqlQuery &q) {
             if (Call *c = byId(h.calls, q.value(0).toLongLong()))
                 c->tables << q.value(1).toLongLong();
         });
    each(QStringLiteral("SELECT call_id, form, title, deadline, deadline_time, survey FROM "
                        "call_forms ORDER BY call_id, form"),
         [&](const QSqlQuery &q) {
             if (Call *c = byId(h.calls, q.value(0).toLongLong()))
                 c->forms << CallForm {q.value(1).toString(), q.value(2).toString(),
                                       sql::dayOf(q.value(3)), sql::clockOf(q.value(4)),
                                       q.value(5).toBool()};
         });
    each(QStringLiteral("SELECT cycle_id, id, organisation_id, requested, act_date, "
                        "act_reference FROM adhesions ORDER BY requested, id"),
         [&](const QSqlQuery &q) {
             h.adhesions << Adhesion {q.value(1).toLongLong(), q.value(0).toLongLong(),
                                      q.value(2).toLongLong(), sql::dayOf(q.value(3)),
                                      sql::dayOf(q.value(4)),  q.value(5).toString()};
         });
}

void CycleHistory::loadSubmissions(History &h) const
{
    each(QStringLiteral("SELECT id, call_id, form, organisation_id, person_id, received, channel, "
                        "protocol, contact_id, late, decision, decided_on, reason, notes FROM "
                        "submissions ORDER BY received, id"),
         [&](const QSqlQuery &q) {
             Submission s;
             s.id = q.value(0).toLongLong();
             s.callId = q.value(1).toLongLong();
             s.form = q.value(2).toString();
             s.organisationId = idOf(q.value(3));
             s.personId = idOf(q.value(4));
             s.received = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
             s.channel = CycleTerms::channelFromId(q.value(6).toString()).value_or(Channel::Pec);
             s.protocol = q.value(7).toString();
             s.contactId = idOf(q.value(8));
             s.late = q.value(9).toBool();
             s.decision =
                 CycleTerms::decisionFromId(q.value(10).toString()).value_or(Decision::Pending);
             s.decidedOn = sql::dayOf(q.value(11));
             s.reason = q.value(12).toString();
             s.notes = q.value(13).toString();
             h.submissions << s;
         });
    each(QStringLiteral("SELECT submission_id, table_id FROM submission_tables ORDER BY rowid"),
         [&](const QSqlQuery &q) {
             if (Submission *s = byId(h.submissions, q.value(0).toLongLong()))
                 s->tables << q.value(1).toLongLong();
         });
}

void CycleHistory::loadFiles(History &h) const
{
    each(QStringLiteral("SELECT id, call_id, submission_id, title, file_name FROM cycle_files "
                        "ORDER BY id"),
         [&](const QSqlQuery &q) {
             const CycleFile f {q.value(0).toLongLong(), q.value(3).toString(),
                                q.value(4).toString()};
             if (Call *c = q.value(1).isNull() ? nullptr : byId(h.calls, q.value(1).toLongLong()))
                 c->files << f;
             else if (Submission *s = byId(h.submissions, q.value(2).toLongLong()))
                 s->files << f;
         });
}

} // namespace tavolo
