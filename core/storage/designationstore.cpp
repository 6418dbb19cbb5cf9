#include "designationstore.h"

#include "ruledwrite.h"
#include "sql.h"

#include "core/rules/designationrules.h"

namespace tavolo {

DesignationStore::DesignationStore(Archive &archive)
    : m_archive(archive)
{
}

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
            return sql::insert(m_archive.database(), QStringLiteral("designations"),
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
            const auto done = sql::update(m_archive.database(), QStringLiteral("designations"), id,
                                          {{QStringLiteral("date_to"), sql::day(to)}});
            return done ? Result<qint64>::ok(id) : Result<qint64>::from(done);
        });
}

} // namespace tavolo
