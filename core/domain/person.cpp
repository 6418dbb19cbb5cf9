#include "person.h"

#include "contact.h"
#include "taxcode.h"

namespace tavolo {

QString Person::displayName() const
{
    return QStringList {givenName, familyName}.join(QLatin1Char(' ')).trimmed();
}

Person PersonRules::normalised(Person p)
{
    for (QString *text : {&p.givenName, &p.familyName, &p.email, &p.pec, &p.phone, &p.notes})
        *text = text->trimmed();
    p.taxCode = TaxCode::normalised(p.taxCode);
    return p;
}

Problems PersonRules::validate(const Person &p)
{
    Problems problems;
    if (p.givenName.isEmpty())
        problems << Problem::refused(QStringLiteral("REQUIRED"),
                                     tr("The person needs a given name."),
                                     QStringLiteral("givenName"));
    if (p.familyName.isEmpty())
        problems << Problem::refused(QStringLiteral("REQUIRED"),
                                     tr("The person needs a family name."),
                                     QStringLiteral("familyName"));
    if (!p.taxCode.isEmpty()) {
        if (auto error = TaxCode::personError(p.taxCode))
            problems << Problem::refused(QStringLiteral("TAX-CODE"), *error,
                                         QStringLiteral("taxCode"));
    }
    if (auto error = Contact::emailError(p.email))
        problems << Problem::refused(QStringLiteral("EMAIL"), *error, QStringLiteral("email"));
    if (auto error = Contact::pecError(p.pec))
        problems << Problem::refused(QStringLiteral("PEC"), *error, QStringLiteral("pec"));
    if (auto error = Contact::phoneError(p.phone))
        problems << Problem::refused(QStringLiteral("PHONE"), *error, QStringLiteral("phone"));
    return problems;
}

} // namespace tavolo
