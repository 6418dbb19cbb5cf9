#include "designationstore.h"

#include "core/rules/designationrules.h"
#include "ruledwrite.h"
#include "sql.h"

namespace tavolo {

DesignationStore::DesignationStore(Archive &archive)
    : m_archive(archive)
{ }

Result<qint64> DesignationStore::add(const Designation &input)
{
    Designation d = input;
    return ruledWrite(
        m_archive,
        [&](const History &h) {
            d.category = h.organisations.value(d.organisationId).category;
            return DesignationRules::problems(h, d);
        },
        [&](const History &, Done) {
            return sql::insert(sql::database(m_archive), QStringLiteral("designations"),
                               {{QStringLiteral("organisation_id"), d.organisationId},
                                {QStringLiteral("category"), Categories::id(d.category)},
                                {QStringLiteral("person_id"), d.personId},
                                {QStringLiteral("date_from"), sql::day(d.period.from)},
                                {QStringLiteral("date_to"), sql::day(d.period.to)},
                                {QStringLiteral("act_date"), sql::day(d.actDate)},
                                {QStringLiteral("act_reference"), d.actReference.trimmed()}});
        });
}

Result<qint64> DesignationStore::end(qint64 id, QDate to)
{
    return ruledWrite(
        m_archive, [&](const History &h) { return DesignationRules::endProblems(h, id, to); },
        [&](const History &, Done) -> Result<qint64> {
            const auto done = sql::update(sql::database(m_archive), QStringLiteral("designations"),
                                          id, {{QStringLiteral("date_to"), sql::day(to)}});
            return done ? Result<qint64>::ok(id) : Result<qint64>::from(done);
        });
}

Result<qint64> DesignationStore::revoke(qint64 id)
{
    return m_archive.write([&]() -> Result<qint64> {
        const QSqlDatabase db = sql::database(m_archive);
        const History h = HistoryStore(m_archive).load();
        const Designation *d = h.designation(id);
        if (!d)
            return Result<qint64>::refused(Problem::refused(
                QStringLiteral("NOT-FOUND"), tr("There is no designation with id %1.").arg(id)));
        const QVariantMap b {
            {QStringLiteral("person"), d->personId},
            {QStringLiteral("from"), sql::day(d->period.from)},
            {QStringLiteral("to"),
             d->period.isOpen() ? QVariant(QStringLiteral("9999-12-31")) : sql::day(d->period.to)}};
        const qint64 uses = sql::scalar(
            db,
            QStringLiteral(
                "SELECT (SELECT count(*) FROM request_signatories s JOIN requests r ON r.id = "
                "s.request_id"
                "         WHERE s.person_id = :person AND r.date BETWEEN :from AND :to)"
                "     + (SELECT count(*) FROM regulation_approvals a"
                "         JOIN regulation_versions v ON v.id = a.regulation_id"
                "         WHERE a.person_id = :person AND v.effective BETWEEN :from AND :to)"
                "     + (SELECT count(*) FROM attendance a JOIN meetings m ON m.id = a.meeting_id"
                "         WHERE a.person_id = :person AND m.date BETWEEN :from AND :to)"),
            b, 1);
        if (uses > 0 || !d->period.isOpen())
            return Result<qint64>::refused(Problem::refused(
                QStringLiteral("R-J"),
                tr("The designation of %1 can no longer be undone: the history already rests on "
                   "it. End it instead.")
                    .arg(h.personName(d->personId))));
        if (auto done = sql::exec(db, QStringLiteral("DELETE FROM designations WHERE id = :id"),
                                  {{QStringLiteral("id"), id}});
            !done)
            return Result<qint64>::from(done);
        return Result<qint64>::ok(id);
    });
}

} // namespace tavolo
