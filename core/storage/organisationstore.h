#pragma once

#include "core/domain/organisation.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <optional>

namespace tavolo {

class Archive;

// The register of organisations in the archive. Each mutation is one transaction.
class OrganisationStore
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationStore)
public:
    explicit OrganisationStore(Archive &archive);

    Result<qint64> add(const Organisation &organisation);
    Result<Done> update(const Organisation &organisation); // identified by its id
    Result<Done> remove(qint64 id); // refused while referenced
    // Puts back a removed record under its own id (undo of a delete): the same checks as add.
    Result<Done> restore(const Organisation &organisation);

    std::optional<Organisation> find(qint64 id) const;
    std::optional<Organisation> findByTaxCode(const QString &taxCode) const;
    QList<Organisation> list() const; // by name

    static Problem notFound(qint64 id);
    // The table of these records, as the audit trail and ArchiveChanges name it.
    static QString table() { return QStringLiteral("organisations"); }

private:
    Problems duplicateProblems(const Organisation &organisation) const;

    Archive &m_archive;
};

} // namespace tavolo
