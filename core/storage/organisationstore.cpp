#include "organisationstore.h"

#include "archive.h"
#include "recordversion.h"
#include "registerrows.h"
#include "sql.h"

#include <QSqlRecord>

namespace tavolo {

namespace {

const QString kColumns = QStringLiteral(
    "id, name, category, tax_code, runts_section, runts_number, comune, address, pec, email, "
    "phone, notes, active, version");

Organisation fromRow(const QSqlQuery &q)
{
    Organisation o;
    o.id = q.value(0).toLongLong();
    o.name = q.value(1).toString();
    o.category = Categories::fromId(q.value(2).toString()).value_or(Category::Other);
    o.taxCode = q.value(3).toString();
    o.runtsSection = q.value(4).toString();
    o.runtsNumber = q.value(5).toString();
    o.comune = q.value(6).toString();
    o.address = q.value(7).toString();
    o.pec = q.value(8).toString();
    o.email = q.value(9).toString();
    o.phone = q.value(10).toString();
    o.notes = q.value(11).toString();
    o.active = q.value(12).toBool();
    o.version = int(q.value(13).toLongLong());
    return o;
}

QVariantMap bindingsOf(const Organisation &o)
{
    return {{QStringLiteral("name"), o.name},
            {QStringLiteral("category"), Categories::id(o.category)},
            {QStringLiteral("tax_code"), o.taxCode},
            {QStringLiteral("runts_section"), sql::nullable(o.runtsSection)},
            {QStringLiteral("runts_number"), sql::nullable(o.runtsNumber)},
            {QStringLiteral("comune"), sql::nullable(o.comune)},
            {QStringLiteral("address"), sql::nullable(o.address)},
            {QStringLiteral("pec"), sql::nullable(o.pec)},
            {QStringLiteral("email"), sql::nullable(o.email)},
            {QStringLiteral("phone"), sql::nullable(o.phone)},
            {QStringLiteral("notes"), sql::nullable(o.notes)},
            {QStringLiteral("active"), o.active ? 1 : 0}};
}

RegisterRows<Organisation> rows(const Archive &archive)
{
    return {archive, OrganisationStore::table(), kColumns, fromRow};
}

} // namespace

OrganisationStore::OrganisationStore(Archive &archive)
    : m_archive(archive)
{ }

Problem OrganisationStore::notFound(qint64 id)
{
    return Problem::refused(QStringLiteral("NOT-FOUND"),
                            tr("There is no organisation with id %1 in the register.").arg(id));
}

Problems OrganisationStore::duplicateProblems(const Organisation &o) const
{
    const auto existing = findByTaxCode(o.taxCode);
    if (!existing || existing->id == o.id)
        return {};
    return {
        Problem::refused(QStringLiteral("DUPLICATE"),
                         tr("The tax code %1 already belongs to \"%2\" (id %3) in the register: "
                            "an organisation is registered once. Edit that record instead.")
                             .arg(o.taxCode, existing->name)
                             .arg(existing->id),
                         QStringLiteral("taxCode"))};
}

Result<qint64> OrganisationStore::add(const Organisation &input)
{
    const Organisation o = OrganisationRules::normalised(input);
    Problems problems = OrganisationRules::validate(o);
    if (problems.isEmpty())
        problems += duplicateProblems(o);
    if (hasRefusal(problems))
        return Result<qint64>::refused(problems);
    return m_archive.write(
        [&] { return sql::insert(sql::database(m_archive), table(), bindingsOf(o)); });
}

Result<Done> OrganisationStore::update(const Organisation &input)
{
    const Organisation o = OrganisationRules::normalised(input);
    if (!find(o.id))
        return Result<Done>::refused(notFound(o.id));
    Problems problems = OrganisationRules::validate(o);
    if (problems.isEmpty())
        problems += duplicateProblems(o);
    if (hasRefusal(problems))
        return Result<Done>::refused(problems);
    return m_archive.write([&] {
        if (auto fresh = RecordVersion::check(m_archive, table(), o.id, o.version); !fresh)
            return fresh;
        return sql::update(sql::database(m_archive), table(), o.id, bindingsOf(o));
    });
}

Result<Done> OrganisationStore::restore(const Organisation &input)
{
    const Organisation o = OrganisationRules::normalised(input);
    if (o.id <= 0 || find(o.id))
        return Result<Done>::refused(Problem::refused(
            QStringLiteral("DUPLICATE"),
            tr("The organisation \"%1\" cannot be put back: id %2 is already in use.")
                .arg(o.name)
                .arg(o.id)));
    Problems problems = OrganisationRules::validate(o);
    if (problems.isEmpty())
        problems += duplicateProblems(o);
    if (hasRefusal(problems))
        return Result<Done>::refused(problems);
    return m_archive.write([&]() -> Result<Done> {
        QVariantMap values = bindingsOf(o);
        values.insert(QStringLiteral("id"), o.id);
        auto inserted = sql::insert(sql::database(m_archive), table(), values);
        return inserted ? Result<Done>::ok({}) : Result<Done>::from(inserted);
    });
}

Result<Done> OrganisationStore::remove(qint64 id)
{
    const auto existing = find(id);
    if (!existing)
        return Result<Done>::refused(notFound(id));
    const qint64 members =
        sql::scalar(sql::database(m_archive),
                    QStringLiteral("SELECT count(*) FROM people WHERE organisation_id = :id"),
                    {{QStringLiteral("id"), id}});
    if (members > 0)
        return Result<Done>::refused(Problem::refused(
            QStringLiteral("IN-USE"),
            tr("\"%1\" cannot be deleted: %n person(s) of the register belong to it. Move them "
               "to another organisation first, or mark the organisation inactive.",
               nullptr, int(members))
                .arg(existing->name)));
    return m_archive.write([&]() -> Result<Done> {
        auto done = sql::exec(sql::database(m_archive),
                              QStringLiteral("DELETE FROM organisations WHERE id = :id"),
                              {{QStringLiteral("id"), id}});
        if (done)
            return Result<Done>::ok({});
        // Any other reference (designations, submissions, …) is kept by the foreign keys.
        return Result<Done>::refused(Problem::refused(
            QStringLiteral("IN-USE"),
            tr("\"%1\" cannot be deleted: the Tavolo's history refers to it. Mark it inactive "
               "instead.")
                .arg(existing->name)));
    });
}

std::optional<Organisation> OrganisationStore::find(qint64 id) const
{
    return rows(m_archive).find(id);
}

std::optional<Organisation> OrganisationStore::findByTaxCode(const QString &taxCode) const
{
    return rows(m_archive).findByTaxCode(taxCode);
}

QList<Organisation> OrganisationStore::list() const
{
    return rows(m_archive).select(QStringLiteral("ORDER BY name COLLATE NOCASE, id"));
}

} // namespace tavolo
