#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace tavolo {

// Italian tax codes (codice fiscale). Bodies have 11 digits with a Luhn-style check digit (the
// same algorithm as the partita IVA); persons have 16 characters with a check letter, where
// the digits may be replaced by letters to resolve homonyms (omocodia).
class TaxCode
{
    Q_DECLARE_TR_FUNCTIONS(TaxCode)
public:
    // Upper-cases and drops spaces, as a clerk may paste "rss mra 85t10 a562s".
    static QString normalised(const QString &input);

    // std::nullopt when valid, otherwise a sentence that says what is wrong.
    static std::optional<QString> bodyError(const QString &code);
    static std::optional<QString> personError(const QString &code);

    static bool isValidBody(const QString &code) { return !bodyError(code); }
    static bool isValidPerson(const QString &code) { return !personError(code); }

    static QChar bodyCheckDigit(const QString &firstTenDigits);
    static QChar personCheckLetter(const QString &firstFifteen);
};

} // namespace tavolo
