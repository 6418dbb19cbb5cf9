#include "contact.h"

#include <QRegularExpression>

namespace tavolo {

namespace {

bool looksLikeEmail(const QString &address)
{
    // Deliberately plain: one @, no spaces, a dot in the domain. RFC 5322 in full would accept
    // addresses no Italian PEC provider issues and reject nothing a clerk mistypes.
    static const QRegularExpression pattern(
        QStringLiteral("^[^@\\s\"<>;:,]+@[^@\\s\"<>;:,]+\\.[A-Za-z]{2,}\\z"));
    return pattern.match(address).hasMatch();
}

} // namespace

std::optional<QString> Contact::emailError(const QString &address)
{
    if (address.isEmpty() || looksLikeEmail(address))
        return std::nullopt;
    return tr("\"%1\" is not an e-mail address (expected name@domain.it).").arg(address);
}

std::optional<QString> Contact::pecError(const QString &address)
{
    if (address.isEmpty() || looksLikeEmail(address))
        return std::nullopt;
    return tr("\"%1\" is not a PEC address (expected name@pec.domain.it).").arg(address);
}

std::optional<QString> Contact::phoneError(const QString &phone)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+?[0-9 ./()-]{5,20}$"));
    if (phone.isEmpty() || pattern.match(phone).hasMatch())
        return std::nullopt;
    return tr("\"%1\" is not a telephone number.").arg(phone);
}

} // namespace tavolo
