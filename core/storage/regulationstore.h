#pragma once

#include "core/domain/result.h"
#include "core/rules/regulationrules.h"

namespace tavolo {

class Archive;

// Versions of the regulation (R-H): each amendment is a new version from its date.
class RegulationStore
{
public:
    explicit RegulationStore(Archive &archive);

    Result<qint64> amend(const Amendment &amendment);

private:
    Archive &m_archive;
};

} // namespace tavolo
