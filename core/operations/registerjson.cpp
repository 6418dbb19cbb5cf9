#include "registerjson.h"

#include "context.h"

#include <array>
#include <utility>

namespace tavolo {

namespace {

template<typename Record> using TextField = std::pair<const char *, QString Record::*>;

constexpr std::array<TextField<Organisation>, 10> kOrganisationText {{
    {"name", &Organisation::name},
    {"taxCode", &Organisation::taxCode},
    {"runtsSection", &Organisation::runtsSection},
    {"runtsNumber", &Organisation::runtsNumber},
    {"comune", &Organisation::comune},
    {"address", &Organisation::address},
    {"pec", &Organisation::pec},
    {"email", &Organisation::email},
    {"phone", &Organisation::phone},
    {"notes", &Organisation::notes},
}};

constexpr std::array<TextField<Person>, 7> kPersonText {{
    {"givenName", &Person::givenName},
    {"familyName", &Person::familyName},
    {"taxCode", &Person::taxCode},
    {"email", &Person::email},
    {"pec", &Person::pec},
    {"phone", &Person::phone},
    {"notes", &Person::notes},
}};

template<typename Record, size_t N>
void writeText(QJsonObject &out, const Record &record,
               const std::array<TextField<Record>, N> &table)
{
    for (const auto &[name, member] : table)
        out.insert(QLatin1String(name), record.*member);
}

template<typename Record, size_t N>
void readText(Fields &fields, Record &record, const std::array<TextField<Record>, N> &table)
{
    for (const auto &[name, member] : table) {
        const QString key = QLatin1String(name);
        if (fields.has(key))
            record.*member = fields.text(key);
        else
            fields.raw(key);
    }
}

} // namespace

QJsonObject RegisterJson::toJson(const Organisation &o)
{
    QJsonObject out {{QStringLiteral("id"), o.id},
                     {QStringLiteral("category"), Categories::id(o.category)},
                     {QStringLiteral("active"), o.active},
                     {QStringLiteral("version"), o.version}};
    writeText(out, o, kOrganisationText);
    return out;
}

QJsonObject RegisterJson::toJson(const Person &p)
{
    QJsonObject out {{QStringLiteral("id"), p.id},
                     {QStringLiteral("organisation"),
                      p.organisationId ? QJsonValue(*p.organisationId) : QJsonValue()},
                     {QStringLiteral("version"), p.version}};
    writeText(out, p, kPersonText);
    return out;
}

void RegisterJson::read(Fields &fields, Organisation &o)
{
    readText(fields, o, kOrganisationText);
    const QString category = fields.text(QStringLiteral("category"));
    if (!category.isEmpty()) {
        if (const auto parsed = Categories::fromId(category))
            o.category = *parsed;
        else
            fields.refuse(QStringLiteral("category"),
                          Fields::tr("Unknown category \"%1\". Categories: %2.").arg(category, [] {
                              QStringList ids;
                              for (Category c : Categories::all())
                                  ids << Categories::id(c);
                              return ids.join(QStringLiteral(", "));
                          }()));
    }
    if (const auto active = fields.boolean(QStringLiteral("active")))
        o.active = *active;
}

void RegisterJson::read(Fields &fields, OperationContext &context, Person &p)
{
    readText(fields, p, kPersonText);
    const QString key = QStringLiteral("organisation");
    if (fields.has(key))
        p.organisationId = context.organisation(fields, key);
    else if (fields.raw(key).isNull())
        p.organisationId.reset(); // an explicit null takes the person out of any organisation
}

} // namespace tavolo
