#pragma once

#include "core/domain/result.h"
#include "core/rules/history.h"

namespace tavolo {

class Archive;

// Designations of representatives by the organisations (R-E), ended but never deleted (R-J).
class DesignationStore
{
public:
    explicit DesignationStore(Archive &archive);

    // The category is taken from the organisation as it is today and kept with the term.
    Result<qint64> add(const Designation &designation);
    Result<qint64> end(qint64 id, QDate to);

private:
    Archive &m_archive;
};

} // namespace tavolo
