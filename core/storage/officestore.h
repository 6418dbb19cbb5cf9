#pragma once

#include "core/domain/history.h"
#include "core/domain/result.h"

namespace tavolo {

class Archive;

// Offices and delegations (R-A, R-B): assigning a holder, naming a delegate by an act.
class OfficeStore
{
public:
    explicit OfficeStore(Archive &archive);

    Result<qint64> assign(const OfficeTerm &term);
    Result<qint64> delegate(const Delegation &delegation);
    Result<qint64> end(qint64 term, QDate to); // the holder leaves the office

private:
    Archive &m_archive;
};

} // namespace tavolo
