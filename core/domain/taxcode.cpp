#include "taxcode.h"

#include <array>

namespace tavolo {

namespace {

// Values of the characters in odd positions (1st, 3rd, …) for the check letter of a personal
// code, indexed by digit 0–9 then letter A–Z (DM 23/12/1976, allegato).
constexpr std::array<int, 10> kOddDigit {1, 0, 5, 7, 9, 13, 15, 17, 19, 21};
constexpr std::array<int, 26> kOddLetter {1,  0,  5, 7, 9, 13, 15, 17, 19, 21, 2,  4,  18,
                                          20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
// Letters that stand for the digits 0–9 in an omocode.
constexpr QLatin1StringView kOmocodeLetters {"LMNPQRSTUV"};
constexpr QLatin1StringView kMonthLetters {"ABCDEHLMPRST"};
// Positions (0-based) that hold digits, or their omocode letters, in a personal code.
constexpr std::array<int, 7> kDigitPositions {6, 7, 9, 10, 12, 13, 14};

bool isAsciiLetter(QChar c)
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// The digit a position holds, reading an omocode letter back; -1 if neither.
int digitValue(QChar c)
{
    if (isAsciiDigit(c))
        return c.unicode() - '0';
    const auto index = kOmocodeLetters.indexOf(c);
    return index >= 0 ? int(index) : -1;
}

} // namespace

QString TaxCode::normalised(const QString &input)
{
    QString out;
    out.reserve(input.size());
    for (QChar c : input) {
        if (!c.isSpace())
            out += c.toUpper();
    }
    return out;
}

QChar TaxCode::bodyCheckDigit(const QString &firstTenDigits)
{
    int sum = 0;
    for (int i = 0; i < 10; ++i) {
        int d = firstTenDigits.at(i).unicode() - '0';
        if (i % 2 == 1) { // 2nd, 4th, … digits are doubled, Luhn style
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return QChar(u'0' + (10 - sum % 10) % 10);
}

std::optional<QString> TaxCode::bodyError(const QString &code)
{
    if (code.size() != 11)
        return tr("The tax code of an organisation has 11 digits; \"%1\" has %n character(s).",
                  nullptr, int(code.size()))
            .arg(code);
    for (QChar c : code) {
        if (!isAsciiDigit(c))
            return tr("The tax code of an organisation has digits only; \"%1\" contains \"%2\".")
                .arg(code, QString(c));
    }
    const QChar expected = bodyCheckDigit(code.left(10));
    if (code.at(10) != expected)
        return tr("The tax code \"%1\" is wrong: its check digit should be %2, not %3. "
                  "Check the digits against the organisation's documents.")
            .arg(code, QString(expected), QString(code.at(10)));
    return std::nullopt;
}

QChar TaxCode::personCheckLetter(const QString &firstFifteen)
{
    int sum = 0;
    for (int i = 0; i < 15; ++i) {
        const QChar c = firstFifteen.at(i);
        const bool digit = isAsciiDigit(c);
        const int index = digit ? c.unicode() - '0' : c.unicode() - 'A';
        if (i % 2 == 0) // 1st, 3rd, … characters (odd in the decree's 1-based counting)
            sum += digit ? kOddDigit[size_t(index)] : kOddLetter[size_t(index)];
        else
            sum += index;
    }
    return QChar(u'A' + sum % 26);
}

std::optional<QString> TaxCode::personError(const QString &code)
{
    if (code.size() != 16)
        return tr("A personal tax code has 16 characters; \"%1\" has %n.", nullptr,
                  int(code.size()))
            .arg(code);
    for (int i = 0; i < 16; ++i) {
        const QChar c = code.at(i);
        const bool digitPlace =
            std::find(kDigitPositions.begin(), kDigitPositions.end(), i) != kDigitPositions.end();
        const bool ok = digitPlace ? digitValue(c) >= 0 : isAsciiLetter(c);
        if (!ok)
            return tr("The personal tax code \"%1\" is malformed at character %2 (\"%3\").")
                .arg(code)
                .arg(i + 1)
                .arg(c);
    }
    if (!kMonthLetters.contains(code.at(8)))
        return tr("The personal tax code \"%1\" has no valid month letter (\"%2\").")
            .arg(code, QString(code.at(8)));
    const int day = digitValue(code.at(9)) * 10 + digitValue(code.at(10));
    if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71)))
        return tr("The personal tax code \"%1\" has an impossible day of birth (%2).")
            .arg(code)
            .arg(day);
    const QChar expected = personCheckLetter(code.left(15));
    if (code.at(15) != expected)
        return tr("The personal tax code \"%1\" is wrong: its check letter should be %2, not %3.")
            .arg(code, QString(expected), QString(code.at(15)));
    return std::nullopt;
}

} // namespace tavolo
