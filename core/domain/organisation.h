#pragma once

#include "category.h"
#include "problem.h"

#include <QString>

namespace tavolo {

// An ente del Terzo Settore (ETS) of the register.
struct Organisation
{
    qint64 id = 0;
    QString name;
    Category category = Category::Other;
    QString taxCode; // 11-digit body code
    QString runtsSection;
    QString runtsNumber;
    QString comune;
    QString address;
    QString pec;
    QString email;
    QString phone;
    QString notes;
    bool active = true;
    int version = 0; // of the stored row, checked on update (0: not checked)

    bool operator==(const Organisation &) const = default;
};

class OrganisationRules
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationRules)
public:
    // The organisation with its free text trimmed and its tax code normalised.
    static Organisation normalised(Organisation organisation);
    // Problems of the record alone (uniqueness is the archive's to check).
    static Problems validate(const Organisation &organisation);
    // The RUNTS sections (D.Lgs. 117/2017, art. 46) offered for the field.
    static QStringList runtsSections();
};

} // namespace tavolo
