#include "officestore.h"

#include "core/rules/officerules.h"
#include "ruledwrite.h"
#include "sql.h"

namespace tavolo {

namespace {

// Ends the earlier open-ended term the rules chose to close, then inserts the new one.
Result<qint64> succeed(const QSqlDatabase &db, const QString &table, const Succession &s,
                       const QVariantMap &values)
{
    if (s.ends)
        if (auto ended =
                sql::update(db, table, *s.ends, {{QStringLiteral("date_to"), sql::day(s.endsOn)}});
            !ended)
            return Result<qint64>::from(ended);
    return sql::insert(db, table, values);
}

} // namespace

OfficeStore::OfficeStore(Archive &archive)
    : m_archive(archive)
{ }

Result<qint64> OfficeStore::assign(const OfficeTerm &t)
{
    return ruledWrite(
        m_archive, [&](const History &h) { return OfficeRules::assign(h, t); },
        [&](const History &, const Succession &s) {
            return succeed(sql::database(m_archive), QStringLiteral("office_terms"), s,
                           {{QStringLiteral("office"), Offices::id(t.office)},
                            {QStringLiteral("person_id"), t.personId},
                            {QStringLiteral("date_from"), sql::day(t.period.from)},
                            {QStringLiteral("date_to"), sql::day(t.period.to)}});
        });
}

Result<qint64> OfficeStore::delegate(const Delegation &d)
{
    return ruledWrite(
        m_archive, [&](const History &h) { return OfficeRules::delegate(h, d); },
        [&](const History &, const Succession &s) {
            return succeed(sql::database(m_archive), QStringLiteral("delegations"), s,
                           {{QStringLiteral("office"), Offices::id(d.office)},
                            {QStringLiteral("delegate_id"), d.delegateId},
                            {QStringLiteral("date_from"), sql::day(d.period.from)},
                            {QStringLiteral("date_to"), sql::day(d.period.to)},
                            {QStringLiteral("act_date"), sql::day(d.actDate)},
                            {QStringLiteral("act_reference"), d.actReference.trimmed()}});
        });
}

Result<qint64> OfficeStore::end(qint64 term, QDate to)
{
    return ruledWrite(
        m_archive, [&](const History &h) { return OfficeRules::endProblems(h, term, to); },
        [&](const History &, Done) -> Result<qint64> {
            const auto done = sql::update(sql::database(m_archive), QStringLiteral("office_terms"),
                                          term, {{QStringLiteral("date_to"), sql::day(to)}});
            return done ? Result<qint64>::ok(term) : Result<qint64>::from(done);
        });
}

} // namespace tavolo
