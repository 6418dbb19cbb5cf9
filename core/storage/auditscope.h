#pragma once

#include "archive.h"

namespace tavolo {

// Names the operation that the writes made during its lifetime are recorded under in the audit
// trail, and restores the previous name when it ends (so scopes nest: an import inside a
// command). Used by Batch for each operation, by the CSV import and by the anonymisation; the
// GUI's writes name no operation yet.
class AuditScope
{
public:
    AuditScope(Archive &archive, const QString &operation)
        : m_archive(archive)
        , m_previous(archive.operation())
    {
        m_archive.setOperation(operation);
    }
    ~AuditScope() { m_archive.setOperation(m_previous); }

    AuditScope(const AuditScope &) = delete;
    AuditScope &operator=(const AuditScope &) = delete;

private:
    Archive &m_archive;
    QString m_previous;
};

} // namespace tavolo
