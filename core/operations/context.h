#pragma once

#include "fields.h"

#include <QHash>
#include <functional>

namespace tavolo {

class Archive;

// What the operations of one batch share: the archive and the "ref" names they set, so that a
// later operation can refer to a record an earlier one created.
class OperationContext
{
    Q_DECLARE_TR_FUNCTIONS(OperationContext)
public:
    explicit OperationContext(Archive &archive);

    Archive &archive() { return m_archive; }

    void remember(const QString &ref, const QString &kind, qint64 id);
    bool knows(const QString &ref) const { return m_refs.contains(ref); }

    using KeyLookup = std::function<std::optional<qint64>(const QString &)>;

    // Resolves the field `name` to the id of a record of `kind`: a number is an id; a string is
    // a ref set earlier in the batch or, when `byKey` is given, a natural key (a tax code).
    // Absent and `required`, or unresolvable: a refusal is added to `fields`.
    std::optional<qint64> resolve(Fields &fields, const QString &name, const QString &kind,
                                  bool required = true, const KeyLookup &byKey = {});
    // Resolves a JSON value that stands in a list (signatories, approvals, …).
    std::optional<qint64> resolveValue(Fields &fields, const QJsonValue &value, const QString &name,
                                       const QString &kind, const KeyLookup &byKey = {});

    // Organisations and people: by id, ref or tax code; the record must exist.
    std::optional<qint64> organisation(Fields &fields, const QString &name, bool required = true);
    std::optional<qint64> person(Fields &fields, const QString &name, bool required = true);
    std::optional<qint64> organisationValue(Fields &fields, const QJsonValue &value,
                                            const QString &name);
    std::optional<qint64> personValue(Fields &fields, const QJsonValue &value, const QString &name);

private:
    // False, with a refusal when `required`, if the field is absent.
    bool present(Fields &fields, const QString &name, const QString &kind, bool required);
    template<typename Store>
    std::optional<qint64> existing(Fields &fields, const QJsonValue &value, const QString &name,
                                   const QString &kind);

    struct Ref
    {
        QString kind;
        qint64 id = 0;
    };

    Archive &m_archive;
    QHash<QString, Ref> m_refs;
};

} // namespace tavolo
