#include "organisation.h"

#include "contact.h"
#include "taxcode.h"

namespace tavolo {

Organisation OrganisationRules::normalised(Organisation o)
{
    for (QString *text : {&o.name, &o.runtsSection, &o.runtsNumber, &o.comune, &o.address, &o.pec,
                          &o.email, &o.phone, &o.notes})
        *text = text->trimmed();
    o.taxCode = TaxCode::normalised(o.taxCode);
    return o;
}

Problems OrganisationRules::validate(const Organisation &o)
{
    Problems problems;
    if (o.name.isEmpty())
        problems << Problem::refused(QStringLiteral("REQUIRED"),
                                     tr("The organisation needs a name."), QStringLiteral("name"));
    if (o.taxCode.isEmpty())
        problems << Problem::refused(QStringLiteral("REQUIRED"),
                                     tr("The organisation needs its tax code (11 digits)."),
                                     QStringLiteral("taxCode"));
    else if (auto error = TaxCode::bodyError(o.taxCode))
        problems << Problem::refused(QStringLiteral("TAX-CODE"), *error, QStringLiteral("taxCode"));
    if (!o.runtsNumber.isEmpty() && o.runtsSection.isEmpty())
        problems << Problem::refused(QStringLiteral("RUNTS"),
                                     tr("A RUNTS number belongs to an organisation registered in "
                                        "a section: choose its section, or leave the number "
                                        "empty."),
                                     QStringLiteral("runtsNumber"));
    if (auto error = Contact::pecError(o.pec))
        problems << Problem::refused(QStringLiteral("PEC"), *error, QStringLiteral("pec"));
    if (auto error = Contact::emailError(o.email))
        problems << Problem::refused(QStringLiteral("EMAIL"), *error, QStringLiteral("email"));
    if (auto error = Contact::phoneError(o.phone))
        problems << Problem::refused(QStringLiteral("PHONE"), *error, QStringLiteral("phone"));
    return problems;
}

QStringList OrganisationRules::runtsSections()
{
    return {tr("a) Volunteer organisations"),
            tr("b) Social promotion associations"),
            tr("c) Philanthropic bodies"),
            tr("d) Social enterprises, including social co-operatives"),
            tr("e) Associative networks"),
            tr("f) Mutual aid societies"),
            tr("g) Other third-sector bodies")};
}

} // namespace tavolo
