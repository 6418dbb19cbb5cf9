#include "cyclestore.h"

#include "core/rules/cyclerules.h"
#include "core/rules/submissionrules.h"
#include "ruledwrite.h"
#include "sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tavolo {

namespace {

QString jsonOf(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QVariant actDate(const std::optional<ActRecord> &act)
{
    return act ? sql::day(act->date) : QVariant();
}

QVariant actReference(const std::optional<ActRecord> &act)
{
    return act ? sql::nullable(act->actReference.trimmed()) : QVariant();
}

QList<QVariantMap> linkRows(const QString &column, const QList<qint64> &ids)
{
    QList<QVariantMap> rows;
    for (qint64 id : ids)
        rows << QVariantMap {{column, id}};
    return rows;
}

Result<qint64> okOr(const Result<Done> &done, qint64 id)
{
    return done ? Result<qint64>::ok(id) : Result<qint64>::from(done);
}

} // namespace

CycleStore::CycleStore(Archive &archive)
    : m_archive(archive)
{ }

std::optional<PlanningCycle> CycleStore::find(qint64 id) const
{
    const History h = HistoryStore(m_archive).load();
    if (const PlanningCycle *c = h.cycle(id))
        return *c;
    return std::nullopt;
}

std::optional<Submission> CycleStore::findSubmission(qint64 id) const
{
    const History h = HistoryStore(m_archive).load();
    if (const Submission *s = h.submission(id))
        return *s;
    return std::nullopt;
}

Result<qint64> CycleStore::writeCycle(const PlanningCycle &c)
{
    const QSqlDatabase db = sql::database(m_archive);
    const QVariantMap values {{QStringLiteral("name"), c.name.trimmed()},
                              {QStringLiteral("date_from"), sql::day(c.period.from)},
                              {QStringLiteral("date_to"), sql::day(c.period.to)},
                              {QStringLiteral("plan_approved_date"), actDate(c.planApproved)},
                              {QStringLiteral("plan_approved_act"), actReference(c.planApproved)},
                              {QStringLiteral("agreement_date"), actDate(c.agreementSigned)},
                              {QStringLiteral("agreement_act"), actReference(c.agreementSigned)}};
    qint64 id = c.id;
    if (id == 0) {
        auto inserted = sql::insert(db, QStringLiteral("planning_cycles"), values);
        if (!inserted)
            return inserted;
        id = inserted.value();
    } else {
        if (auto done = sql::update(db, QStringLiteral("planning_cycles"), id, values); !done)
            return Result<qint64>::from(done);
        if (auto done =
                sql::exec(db, QStringLiteral("DELETE FROM cycle_sub_areas WHERE cycle_id = :id"),
                          {{QStringLiteral("id"), id}});
            !done)
            return Result<qint64>::from(done);
    }
    int position = 0;
    for (const SubArea &s : c.subAreas)
        if (auto done = sql::insert(db, QStringLiteral("cycle_sub_areas"),
                                    {{QStringLiteral("cycle_id"), id},
                                     {QStringLiteral("position"), ++position},
                                     {QStringLiteral("name"), s.name.trimmed()},
                                     {QStringLiteral("comuni"), jsonOf(s.comuni)}});
            !done)
            return done;
    return Result<qint64>::ok(id);
}

Result<qint64> CycleStore::add(const PlanningCycle &c)
{
    return ruledWrite(
        m_archive, [&](const History &h) { return CycleRules::addProblems(h, c); },
        [&](const History &, Done) {
            PlanningCycle fresh = c;
            fresh.id = 0;
            return writeCycle(fresh);
        });
}

Result<qint64> CycleStore::update(const PlanningCycle &c)
{
    return ruledWrite(
        m_archive,
        [&](const History &h) -> Problems {
            if (!h.cycle(c.id))
                return {Problem::refused(QStringLiteral("NOT-FOUND"),
                                         tr("There is no cycle with id %1.").arg(c.id),
                                         QStringLiteral("cycle"))};
            return CycleRules::updateProblems(h, c);
        },
        [&](const History &, Done) { return writeCycle(c); });
}

Result<qint64> CycleStore::addTable(const PlanningTable &t)
{
    return ruledWrite(
        m_archive, [&](const History &h) { return CycleRules::tableProblems(h, t); },
        [&](const History &, Done) {
            return sql::insert(sql::database(m_archive), QStringLiteral("planning_tables"),
                               {{QStringLiteral("cycle_id"), t.cycleId},
                                {QStringLiteral("name"), t.name.trimmed()},
                                {QStringLiteral("kind"), CycleTerms::tableKindId(t.kind)},
                                {QStringLiteral("level"), sql::nullable(t.level)},
                                {QStringLiteral("areas"), jsonOf(t.areas)}});
        });
}

Result<qint64> CycleStore::addParticipant(qint64 table, qint64 person, QDate from)
{
    return ruledWrite(
        m_archive,
        [&](const History &h) { return CycleRules::participantProblems(h, table, person, from); },
        [&](const History &, Done) -> Result<qint64> {
            const auto done =
                sql::insert(sql::database(m_archive), QStringLiteral("table_participants"),
                            {{QStringLiteral("table_id"), table},
                             {QStringLiteral("person_id"), person},
                             {QStringLiteral("date_from"), sql::day(from)}});
            return done ? Result<qint64>::ok(table) : done; // the table, as a group's participant
        });
}

Result<qint64> CycleStore::insertFiles(const QString &ownerColumn, qint64 owner,
                                       const QList<StoredFile> &files)
{
    for (const StoredFile &f : files)
        if (auto done = sql::insert(sql::database(m_archive), QStringLiteral("cycle_files"),
                                    {{ownerColumn, owner},
                                     {QStringLiteral("title"), f.title.trimmed()},
                                     {QStringLiteral("file_name"), sql::nullable(f.fileName)},
                                     {QStringLiteral("content"),
                                      f.content.isNull() ? QVariant() : QVariant(f.content)}});
            !done)
            return done;
    return Result<qint64>::ok(owner);
}

Result<qint64> CycleStore::addCall(const Call &call, const QList<StoredFile> &files)
{
    return ruledWrite(
        m_archive, [&](const History &h) { return CycleRules::callProblems(h, call); },
        [&](const History &, Done) -> Result<qint64> {
            const QSqlDatabase db = sql::database(m_archive);
            QList<QVariantMap> forms;
            for (const CallForm &f : call.forms)
                forms << QVariantMap {{QStringLiteral("form"), f.form.trimmed()},
                                      {QStringLiteral("title"), sql::nullable(f.title.trimmed())},
                                      {QStringLiteral("deadline"), sql::day(f.deadline)},
                                      {QStringLiteral("deadline_time"), sql::clock(f.deadlineTime)},
                                      {QStringLiteral("survey"), f.survey ? 1 : 0}};
            auto id = sql::insertWithChildren(
                db, QStringLiteral("calls"),
                {{QStringLiteral("cycle_id"), call.cycleId},
                 {QStringLiteral("title"), call.title.trimmed()},
                 {QStringLiteral("published"), sql::day(call.published)},
                 {QStringLiteral("reference"), sql::nullable(call.reference.trimmed())}},
                QStringLiteral("call_forms"), QStringLiteral("call_id"), forms);
            if (!id)
                return id;
            for (const QVariantMap &row : linkRows(QStringLiteral("table_id"), call.tables)) {
                QVariantMap r = row;
                r.insert(QStringLiteral("call_id"), id.value());
                if (auto done = sql::insert(db, QStringLiteral("call_tables"), r); !done)
                    return done;
            }
            return insertFiles(QStringLiteral("call_id"), id.value(), files);
        });
}

Result<qint64> CycleStore::insertAdmissions(const History &h, const Submission &s, QDate day)
{
    for (const Admission &a : SubmissionRules::admissions(h, s, day))
        if (auto done = sql::insert(sql::database(m_archive), QStringLiteral("table_participants"),
                                    {{QStringLiteral("table_id"), a.tableId},
                                     {QStringLiteral("person_id"), a.personId},
                                     {QStringLiteral("date_from"), sql::day(a.from)},
                                     {QStringLiteral("submission_id"), s.id}});
            !done)
            return done;
    return Result<qint64>::ok(s.id);
}

QVariantMap CycleStore::submissionRow(const Submission &s)
{
    return {{QStringLiteral("received"), s.received.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm"))},
            {QStringLiteral("channel"), CycleTerms::channelId(s.channel)},
            {QStringLiteral("protocol"), sql::nullable(s.protocol.trimmed())},
            {QStringLiteral("contact_id"), sql::nullable(s.contactId)},
            {QStringLiteral("late"), s.late ? 1 : 0},
            {QStringLiteral("decision"), CycleTerms::decisionId(s.decision)},
            {QStringLiteral("decided_on"), sql::day(s.decidedOn)},
            {QStringLiteral("reason"), sql::nullable(s.reason.trimmed())},
            {QStringLiteral("notes"), sql::nullable(s.notes.trimmed())}};
}

Result<qint64> CycleStore::addSubmission(const Submission &given, const QList<StoredFile> &files)
{
    return ruledWrite(
        m_archive, [&](const History &h) { return SubmissionRules::receive(h, given); },
        [&](const History &h, const Submission &s) -> Result<qint64> {
            const QSqlDatabase db = sql::database(m_archive);
            QVariantMap row = submissionRow(s);
            row.insert({{QStringLiteral("call_id"), s.callId},
                        {QStringLiteral("form"), s.form},
                        {QStringLiteral("organisation_id"), sql::nullable(s.organisationId)},
                        {QStringLiteral("person_id"), sql::nullable(s.personId)}});
            auto id = sql::insertWithChildren(
                db, QStringLiteral("submissions"), row, QStringLiteral("submission_tables"),
                QStringLiteral("submission_id"), linkRows(QStringLiteral("table_id"), s.tables));
            if (!id)
                return id;
            Submission saved = s;
            saved.id = id.value();
            if (saved.isAdmitted())
                if (auto done = insertAdmissions(h, saved, saved.decidedOn); !done)
                    return done;
            return insertFiles(QStringLiteral("submission_id"), id.value(), files);
        });
}

Result<qint64> CycleStore::decide(qint64 id, bool admit, QDate date, const QString &reason)
{
    return ruledWrite(
        m_archive,
        [&](const History &h) { return SubmissionRules::decideProblems(h, id, date, reason); },
        [&](const History &h, Done) -> Result<qint64> {
            const Decision d = admit ? Decision::Admitted : Decision::NotAdmitted;
            const auto done =
                sql::update(sql::database(m_archive), QStringLiteral("submissions"), id,
                            {{QStringLiteral("decision"), CycleTerms::decisionId(d)},
                             {QStringLiteral("decided_on"), sql::day(date)},
                             {QStringLiteral("reason"), reason.trimmed()}});
            if (!done || !admit)
                return okOr(done, id);
            return insertAdmissions(h, *h.submission(id), date);
        });
}

Result<qint64> CycleStore::addAdhesion(const Adhesion &a)
{
    return ruledWrite(
        m_archive, [&](const History &h) { return CycleRules::adhesionProblems(h, a); },
        [&](const History &, Done) {
            return sql::insert(
                sql::database(m_archive), QStringLiteral("adhesions"),
                {{QStringLiteral("cycle_id"), a.cycleId},
                 {QStringLiteral("organisation_id"), a.organisationId},
                 {QStringLiteral("requested"), sql::day(a.requested)},
                 {QStringLiteral("act_date"), sql::day(a.actDate)},
                 {QStringLiteral("act_reference"), sql::nullable(a.actReference.trimmed())}});
        });
}

QByteArray CycleStore::fileContent(qint64 fileId) const
{
    auto q = sql::exec(sql::database(m_archive),
                       QStringLiteral("SELECT content FROM cycle_files WHERE id = :id"),
                       {{QStringLiteral("id"), fileId}});
    return q && q.value().next() ? q.value().value(0).toByteArray() : QByteArray();
}

} // namespace tavolo
