#include "personaldata.h"

#include "core/storage/archive.h"
#include "core/storage/auditlog.h"
#include "core/storage/auditscope.h"
#include "core/storage/organisationstore.h"
#include "core/storage/personerasure.h"
#include "core/storage/personstore.h"
#include "cyclepersonaldata.h"
#include "registerjson.h"
#include "tavolopersonaldata.h"

#include <QJsonArray>

namespace tavolo {

namespace {

QJsonValue registerSection(Archive &archive, qint64 personId)
{
    const auto person = PersonStore(archive).find(personId);
    if (!person)
        return {};
    QJsonObject out = RegisterJson::toJson(*person);
    if (person->organisationId) {
        if (const auto o = OrganisationStore(archive).find(*person->organisationId))
            out.insert(QStringLiteral("organisationName"), o->name);
    }
    return out;
}

QJsonValue auditSection(Archive &archive, qint64 personId)
{
    QJsonArray out;
    for (const AuditEntry &e : AuditLog(archive).forRecord(QStringLiteral("people"), personId))
        out << e.toJson();
    return out;
}

} // namespace

PersonalData::Hooks PersonalData::standardHooks()
{
    Hooks hooks;
    hooks.sections << Section {QStringLiteral("person"), registerSection}
                   << Section {QStringLiteral("audit"), auditSection};
    // Stores that refer to people add their section and their current-use check here.
    hooks.sections << Section {QStringLiteral("tavolo"), TavoloPersonalData::section}
                   << Section {QStringLiteral("cycle"), CyclePersonalData::section};
    hooks.currentUses << TavoloPersonalData::currentUse << CyclePersonalData::currentUse;
    hooks.scrubs << TavoloPersonalData::scrub;
    return hooks;
}

PersonalData::PersonalData(Archive &archive, Hooks hooks)
    : m_archive(archive)
    , m_hooks(std::move(hooks))
{ }

QString PersonalData::pseudonymGivenName()
{
    // Stored data in the clerk's language, not the interface's: the archive and its documents
    // are Italian.
    return QStringLiteral("Persona anonimizzata");
}

QString PersonalData::pseudonymFamilyName(qint64 id)
{
    return QStringLiteral("n. %1").arg(id);
}

bool PersonalData::isAnonymised(qint64 id, const QString &givenName, const QString &familyName)
{
    return givenName == pseudonymGivenName() && familyName == pseudonymFamilyName(id);
}

Result<QJsonObject> PersonalData::exportPerson(qint64 personId) const
{
    if (!PersonStore(m_archive).find(personId))
        return Result<QJsonObject>::refused(PersonStore::notFound(personId));
    QJsonObject out {
        {QStringLiteral("format"), QStringLiteral("tavolo-personal-data/1")},
        {QStringLiteral("exportedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("personId"), personId}};
    for (const Section &section : m_hooks.sections)
        out.insert(section.name, section.collect(m_archive, personId));
    return Result<QJsonObject>::ok(out);
}

Result<Done> PersonalData::anonymise(qint64 personId, const QDate &today)
{
    PersonStore people(m_archive);
    const auto person = people.find(personId);
    if (!person)
        return Result<Done>::refused(PersonStore::notFound(personId));
    if (isAnonymised(personId, person->givenName, person->familyName))
        return Result<Done>::refused(Problem::refused(
            QStringLiteral("GDPR"), tr("Person %1 is already anonymised.").arg(personId)));
    Problems inUse;
    for (const CurrentUse &check : m_hooks.currentUses)
        inUse << check(m_archive, personId, today);
    if (hasRefusal(inUse))
        return Result<Done>::refused(inUse);

    // Freed space is overwritten with zeros, so the old values do not linger in the file.
    PersonErasure erasure(m_archive);
    const AuditScope audit(m_archive, QStringLiteral("person.anonymise"));
    auto done = m_archive.write([&]() -> Result<Done> {
        Person anonymous = *person;
        anonymous.givenName = pseudonymGivenName();
        anonymous.familyName = pseudonymFamilyName(personId);
        anonymous.taxCode.clear();
        anonymous.email.clear();
        anonymous.pec.clear();
        anonymous.phone.clear();
        anonymous.notes.clear();
        if (auto updated = people.update(anonymous); !updated)
            return updated;
        for (const Scrub &scrub : m_hooks.scrubs) {
            if (auto scrubbed = scrub(m_archive, personId); !scrubbed)
                return scrubbed;
        }
        // Last: the scrubs above write audit rows of their own, with the old values before.
        return AuditLog(m_archive).scrubPerson(personId);
    });
    if (!done)
        return done;
    // The log still holds the pages with the old values until they are copied into the file
    // and the log emptied; a program reading the archive at this moment prevents that.
    const bool flushed = erasure.emptyLog();
    if (flushed)
        return done;
    return Result<Done>::ok(
        {},
        {Problem::warning(QStringLiteral("GDPR"),
                          tr("Person %1 is anonymised in the archive, but another program "
                             "reading it at this moment keeps the old values in the journal "
                             "file (-wal) beside the archive: they stay there until every "
                             "program that has the archive open closes it.")
                              .arg(personId))});
}

} // namespace tavolo
