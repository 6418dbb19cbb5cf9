// CycleStore's corrections after the fact: a submission corrected (submission.update) and a
// table participation ended (table.participant.end). Kept apart from the additions in
// cyclestore.cpp.
#include "core/rules/participationrules.h"
#include "cyclestore.h"
#include "ruledwrite.h"
#include "sql.h"

namespace tavolo {

namespace {

const QString kTableId = QStringLiteral("table_id");
const QString kPersonId = QStringLiteral("person_id");
const QString kSubmissionId = QStringLiteral("submission_id");

} // namespace

Result<qint64> CycleStore::endParticipant(qint64 table, qint64 person, QDate to)
{
    return ruledWrite(
        m_archive,
        [&](const History &h) { return ParticipationRules::endProblems(h, table, person, to); },
        [&](const History &, Done) -> Result<qint64> {
            auto done = sql::exec(
                sql::database(m_archive),
                QStringLiteral("UPDATE table_participants SET date_to = :to WHERE id = (SELECT id "
                               "FROM table_participants WHERE table_id = :table AND person_id = "
                               ":person ORDER BY date_from DESC, id DESC LIMIT 1)"),
                {{QStringLiteral("to"), sql::day(to)},
                 {QStringLiteral("table"), table},
                 {QStringLiteral("person"), person}});
            return done ? Result<qint64>::ok(table) : Result<qint64>::from(done);
        });
}

Result<qint64> CycleStore::writeParticipations(const CorrectedSubmission &c)
{
    const QSqlDatabase db = sql::database(m_archive);
    const qint64 id = c.submission.id;
    const auto seat = [&](const Admission &a) {
        return QVariantMap {{QStringLiteral("table"), a.tableId},
                            {QStringLiteral("person"), a.personId},
                            {QStringLiteral("submission"), id},
                            {QStringLiteral("from"), sql::day(a.from)}};
    };
    const QString where = QStringLiteral(" WHERE table_id = :table AND person_id = :person AND "
                                         "submission_id = :submission");
    for (const Admission &a : c.removed)
        if (auto done =
                sql::exec(db, QStringLiteral("DELETE FROM table_participants") + where, seat(a));
            !done)
            return Result<qint64>::from(done);
    for (const Admission &a : c.moved)
        if (auto done = sql::exec(
                db, QStringLiteral("UPDATE table_participants SET date_from = :from") + where,
                seat(a));
            !done)
            return Result<qint64>::from(done);
    for (const Admission &a : c.added)
        if (auto done = sql::insert(db, QStringLiteral("table_participants"),
                                    {{kTableId, a.tableId},
                                     {kPersonId, a.personId},
                                     {QStringLiteral("date_from"), sql::day(a.from)},
                                     {kSubmissionId, id}});
            !done)
            return done;
    return Result<qint64>::ok(id);
}

Result<qint64> CycleStore::writeCorrection(const Submission &old, const CorrectedSubmission &c,
                                           const std::optional<QList<StoredFile>> &files)
{
    const QSqlDatabase db = sql::database(m_archive);
    const Submission &s = c.submission;
    auto done = sql::update(db, QStringLiteral("submissions"), s.id, submissionRow(s));
    if (!done)
        return Result<qint64>::from(done);
    for (qint64 table : old.tables)
        if (!s.tables.contains(table))
            if (auto gone = sql::exec(db,
                                      QStringLiteral("DELETE FROM submission_tables WHERE "
                                                     "submission_id = :s AND table_id = :t"),
                                      {{QStringLiteral("s"), s.id}, {QStringLiteral("t"), table}});
                !gone)
                return Result<qint64>::from(gone);
    for (qint64 table : s.tables)
        if (!old.tables.contains(table))
            if (auto added = sql::insert(db, QStringLiteral("submission_tables"),
                                         {{kSubmissionId, s.id}, {kTableId, table}});
                !added)
                return added;
    if (auto written = writeParticipations(c); !written)
        return written;
    if (!files)
        return Result<qint64>::ok(s.id);
    if (auto gone =
            sql::exec(db, QStringLiteral("DELETE FROM cycle_files WHERE submission_id = :s"),
                      {{QStringLiteral("s"), s.id}});
        !gone)
        return Result<qint64>::from(gone);
    return insertFiles(kSubmissionId, s.id, *files);
}

Result<qint64> CycleStore::updateSubmission(const Submission &corrected,
                                            const std::optional<QList<StoredFile>> &files)
{
    return ruledWrite(
        m_archive, [&](const History &h) { return SubmissionCorrection::check(h, corrected); },
        [&](const History &h, const CorrectedSubmission &c) {
            return writeCorrection(*h.submission(corrected.id), c, files);
        });
}

} // namespace tavolo
