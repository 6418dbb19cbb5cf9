#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace tavolo {

// Checks on the contact fields of organisations and people. An empty value is always valid:
// whether a field is required is for the caller to say.
class Contact
{
    Q_DECLARE_TR_FUNCTIONS(Contact)
public:
    static std::optional<QString> emailError(const QString &address);
    static std::optional<QString> pecError(const QString &address); // a certified e-mail address
    static std::optional<QString> phoneError(const QString &phone);
};

} // namespace tavolo
