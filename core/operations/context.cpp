#include "context.h"

#include "core/storage/organisationstore.h"
#include "core/storage/personstore.h"

namespace tavolo {

OperationContext::OperationContext(Archive &archive)
    : m_archive(archive)
{ }

void OperationContext::remember(const QString &ref, const QString &kind, qint64 id)
{
    if (!ref.isEmpty())
        m_refs.insert(ref, Ref {kind, id});
}

std::optional<qint64> OperationContext::resolveValue(Fields &fields, const QJsonValue &value,
                                                     const QString &name, const QString &kind,
                                                     const KeyLookup &byKey)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number >= 1 && number == double(qint64(number)))
            return qint64(number);
    } else if (value.isString()) {
        const QString key = value.toString();
        const auto ref = m_refs.constFind(key);
        if (ref != m_refs.constEnd()) {
            if (ref->kind == kind)
                return ref->id;
            fields.refuse(name,
                          tr("The ref \"%1\" in \"%2\" names a %3, not a %4.")
                              .arg(key, name, ref->kind, kind));
            return std::nullopt;
        }
        if (byKey) {
            if (auto id = byKey(key))
                return id;
        }
    }
    fields.refuse(name,
                  tr("\"%1\" in the field \"%2\" names no %3: give an id, a ref set by an "
                     "earlier operation%4.")
                      .arg(value.isString() ? value.toString() : QString::number(value.toDouble()),
                           name, kind, byKey ? tr(" or a tax code") : QString()));
    return std::nullopt;
}

bool OperationContext::present(Fields &fields, const QString &name, const QString &kind,
                               bool required)
{
    if (fields.has(name))
        return true;
    fields.raw(name);
    if (required)
        fields.refuse(name, tr("The field \"%1\" is required (a %2).").arg(name, kind));
    return false;
}

std::optional<qint64> OperationContext::resolve(Fields &fields, const QString &name,
                                                const QString &kind, bool required,
                                                const KeyLookup &byKey)
{
    if (!present(fields, name, kind, required))
        return std::nullopt;
    return resolveValue(fields, fields.raw(name), name, kind, byKey);
}

template<typename Store>
std::optional<qint64> OperationContext::existing(Fields &fields, const QJsonValue &value,
                                                 const QString &name, const QString &kind)
{
    Store store(m_archive);
    const auto id =
        resolveValue(fields, value, name, kind, [&](const QString &code) -> std::optional<qint64> {
            const auto found = store.findByTaxCode(code);
            return found ? std::optional(found->id) : std::nullopt;
        });
    if (id && !store.find(*id)) {
        fields.refuse(Store::notFound(*id));
        return std::nullopt;
    }
    return id;
}

std::optional<qint64> OperationContext::organisationValue(Fields &fields, const QJsonValue &value,
                                                          const QString &name)
{
    return existing<OrganisationStore>(fields, value, name, QStringLiteral("organisation"));
}

std::optional<qint64> OperationContext::personValue(Fields &fields, const QJsonValue &value,
                                                    const QString &name)
{
    return existing<PersonStore>(fields, value, name, QStringLiteral("person"));
}

std::optional<qint64> OperationContext::organisation(Fields &fields, const QString &name,
                                                     bool required)
{
    if (!present(fields, name, QStringLiteral("organisation"), required))
        return std::nullopt;
    return organisationValue(fields, fields.raw(name), name);
}

std::optional<qint64> OperationContext::person(Fields &fields, const QString &name, bool required)
{
    if (!present(fields, name, QStringLiteral("person"), required))
        return std::nullopt;
    return personValue(fields, fields.raw(name), name);
}

} // namespace tavolo
