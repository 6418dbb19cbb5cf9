#include "personstore.h"

#include "archive.h"
#include "organisationstore.h"
#include "recordversion.h"
#include "registerrows.h"
#include "sql.h"

namespace tavolo {

namespace {

const QString kColumns = QStringLiteral(
    "id, given_name, family_name, tax_code, email, pec, phone, organisation_id, notes, version");

Person fromRow(const QSqlQuery &q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.givenName = q.value(1).toString();
    p.familyName = q.value(2).toString();
    p.taxCode = q.value(3).toString();
    p.email = q.value(4).toString();
    p.pec = q.value(5).toString();
    p.phone = q.value(6).toString();
    if (!q.value(7).isNull())
        p.organisationId = q.value(7).toLongLong();
    p.notes = q.value(8).toString();
    p.version = int(q.value(9).toLongLong());
    return p;
}

QVariantMap bindingsOf(const Person &p)
{
    return {{QStringLiteral("given_name"), p.givenName},
            {QStringLiteral("family_name"), p.familyName},
            {QStringLiteral("tax_code"), sql::nullable(p.taxCode)},
            {QStringLiteral("email"), sql::nullable(p.email)},
            {QStringLiteral("pec"), sql::nullable(p.pec)},
            {QStringLiteral("phone"), sql::nullable(p.phone)},
            {QStringLiteral("organisation_id"), sql::nullable(p.organisationId)},
            {QStringLiteral("notes"), sql::nullable(p.notes)}};
}

RegisterRows<Person> rows(const Archive &archive)
{
    return {archive, PersonStore::table(), kColumns, fromRow};
}

} // namespace

PersonStore::PersonStore(Archive &archive)
    : m_archive(archive)
{ }

Problem PersonStore::notFound(qint64 id)
{
    return Problem::refused(QStringLiteral("NOT-FOUND"),
                            tr("There is no person with id %1 in the register.").arg(id));
}

Problems PersonStore::check(const Person &p) const
{
    Problems problems = PersonRules::validate(p);
    if (hasRefusal(problems))
        return problems;
    if (p.organisationId && !OrganisationStore(m_archive).find(*p.organisationId))
        problems << OrganisationStore::notFound(*p.organisationId);
    if (!p.taxCode.isEmpty()) {
        const auto existing = findByTaxCode(p.taxCode);
        if (existing && existing->id != p.id)
            problems << Problem::refused(
                QStringLiteral("DUPLICATE"),
                tr("The tax code %1 already belongs to %2 (id %3) in the register: a person is "
                   "registered once. Edit that record instead.")
                    .arg(p.taxCode, existing->displayName())
                    .arg(existing->id),
                QStringLiteral("taxCode"));
    }
    return problems;
}

Result<qint64> PersonStore::add(const Person &input)
{
    const Person p = PersonRules::normalised(input);
    if (const Problems problems = check(p); hasRefusal(problems))
        return Result<qint64>::refused(problems);
    return m_archive.write(
        [&] { return sql::insert(sql::database(m_archive), table(), bindingsOf(p)); });
}

Result<Done> PersonStore::update(const Person &input)
{
    const Person p = PersonRules::normalised(input);
    if (!find(p.id))
        return Result<Done>::refused(notFound(p.id));
    if (const Problems problems = check(p); hasRefusal(problems))
        return Result<Done>::refused(problems);
    return m_archive.write([&] {
        if (auto fresh = RecordVersion::check(m_archive, table(), p.id, p.version); !fresh)
            return fresh;
        return sql::update(sql::database(m_archive), table(), p.id, bindingsOf(p));
    });
}

Result<Done> PersonStore::restore(const Person &input)
{
    const Person p = PersonRules::normalised(input);
    if (p.id <= 0 || find(p.id))
        return Result<Done>::refused(Problem::refused(
            QStringLiteral("DUPLICATE"),
            tr("%1 cannot be put back: id %2 is already in use.").arg(p.displayName()).arg(p.id)));
    if (const Problems problems = check(p); hasRefusal(problems))
        return Result<Done>::refused(problems);
    return m_archive.write([&]() -> Result<Done> {
        QVariantMap values = bindingsOf(p);
        values.insert(QStringLiteral("id"), p.id);
        auto inserted = sql::insert(sql::database(m_archive), table(), values);
        return inserted ? Result<Done>::ok({}) : Result<Done>::from(inserted);
    });
}

Result<Done> PersonStore::remove(qint64 id)
{
    const auto existing = find(id);
    if (!existing)
        return Result<Done>::refused(notFound(id));
    return m_archive.write([&]() -> Result<Done> {
        auto done =
            sql::exec(sql::database(m_archive), QStringLiteral("DELETE FROM people WHERE id = :id"),
                      {{QStringLiteral("id"), id}});
        if (done)
            return Result<Done>::ok({});
        return Result<Done>::refused(Problem::refused(
            QStringLiteral("IN-USE"),
            tr("%1 cannot be deleted: the Tavolo's history refers to this person (offices, "
               "designations, meetings). The history is never rewritten.")
                .arg(existing->displayName())));
    });
}

std::optional<Person> PersonStore::find(qint64 id) const
{
    return rows(m_archive).find(id);
}

std::optional<Person> PersonStore::findByTaxCode(const QString &taxCode) const
{
    return rows(m_archive).findByTaxCode(taxCode);
}

QList<Person> PersonStore::list() const
{
    return rows(m_archive).select(
        QStringLiteral("ORDER BY family_name COLLATE NOCASE, given_name COLLATE NOCASE, id"));
}

} // namespace tavolo
