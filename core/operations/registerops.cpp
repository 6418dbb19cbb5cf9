#include "registerops.h"

#include "core/storage/organisationstore.h"
#include "core/storage/personstore.h"
#include "registerjson.h"
#include "registry.h"

namespace tavolo {

namespace {

// The shared shape of an update: find the record, apply the fields that change, save it.
template<typename Store, typename Record, typename ReadFields>
Result<qint64> updateRecord(OperationContext &context, Fields &fields, const QString &key,
                            ReadFields readFields)
{
    Store store(context.archive());
    const auto id = key == QLatin1String("org") ? context.organisation(fields, key)
                                                : context.person(fields, key);
    if (!id)
        return Result<qint64>::refused(fields.problems());
    std::optional<Record> record = store.find(*id);
    // "version" (as `list --json` printed it): the update is refused if the record changed
    // since; without it the record is updated as it is now.
    const QString version = QStringLiteral("version");
    record->version = 0;
    if (fields.has(version)) {
        const QJsonValue given = fields.raw(version);
        if (given.isDouble() && given.toInt() >= 1)
            record->version = given.toInt();
        else
            fields.refuse(version,
                          Fields::tr("\"version\" is the record's version as listed: a "
                                     "whole number from 1."));
    }
    readFields(*record);
    if (!fields.ok())
        return Result<qint64>::refused(fields.problems());
    const auto done = store.update(*record);
    return done ? Result<qint64>::ok(*id, done.warnings()) : Result<qint64>::from(done);
}

template<typename Store, typename Record>
Result<qint64> addRecord(OperationContext &context, Fields &fields, const Record &record)
{
    if (!fields.ok())
        return Result<qint64>::refused(fields.problems());
    return Store(context.archive()).add(record);
}

} // namespace

void registerRegisterOperations(OperationRegistry &registry)
{
    const QString organisation = QStringLiteral("organisation");
    const QString person = QStringLiteral("person");

    registry.add(QStringLiteral("org.add"), organisation, [](OperationContext &c, Fields &f) {
        Organisation o;
        RegisterJson::read(f, o);
        return addRecord<OrganisationStore>(c, f, o);
    });
    registry.add(QStringLiteral("org.update"), organisation, [](OperationContext &c, Fields &f) {
        return updateRecord<OrganisationStore, Organisation>(
            c, f, QStringLiteral("org"), [&](Organisation &o) { RegisterJson::read(f, o); });
    });
    registry.add(QStringLiteral("person.add"), person, [](OperationContext &c, Fields &f) {
        Person p;
        RegisterJson::read(f, c, p);
        return addRecord<PersonStore>(c, f, p);
    });
    registry.add(QStringLiteral("person.update"), person, [](OperationContext &c, Fields &f) {
        return updateRecord<PersonStore, Person>(c, f, QStringLiteral("person"),
                                                 [&](Person &p) { RegisterJson::read(f, c, p); });
    });
}

} // namespace tavolo
