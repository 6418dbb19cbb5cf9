#pragma once

#include "cycledocumentdata.h"
#include "pagedtable.h"

#include <QCoreApplication>

namespace tavolo::documents {

// Elenco degli aderenti all'accordo di programma (R-M): the cycle, the agreement's date and
// act, then one row per adherent body with the date of its request and the act that records
// its adhesion, by request date. No contacts: the list can be published.
class AdherentsList : public PagedTableDocument
{
    Q_DECLARE_TR_FUNCTIONS(AdherentsList)

public:
    AdherentsList(Letterhead letterhead, AdherentsListData data);

    QString title() const override;

protected:
    PagedTable pagedTable() const override;

private:
    AdherentsListData m_data;
};

} // namespace tavolo::documents
