#pragma once

#include "core/domain/person.h"
#include "core/domain/result.h"

#include <optional>

namespace tavolo {

class Archive;

// The register of people in the archive. Each mutation is one transaction.
class PersonStore
{
    Q_DECLARE_TR_FUNCTIONS(PersonStore)
public:
    explicit PersonStore(Archive &archive);

    Result<qint64> add(const Person &person);
    Result<Done> update(const Person &person); // identified by its id
    Result<Done> remove(qint64 id); // refused while the history refers to the person
    // Puts back a removed record under its own id (undo of a delete): the same checks as add.
    Result<Done> restore(const Person &person);

    std::optional<Person> find(qint64 id) const;
    std::optional<Person> findByTaxCode(const QString &taxCode) const;
    QList<Person> list() const; // by family name, given name

    static Problem notFound(qint64 id);
    // The table of these records, as the audit trail and ArchiveChanges name it.
    static QString table() { return QStringLiteral("people"); }

private:
    Problems check(const Person &person) const;

    Archive &m_archive;
};

} // namespace tavolo
