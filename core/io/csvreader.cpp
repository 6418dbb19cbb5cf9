#include "csvreader.h"

#include "windows1252.h"

#include <QStringDecoder>
#include <algorithm>

namespace tavolo {

namespace {

constexpr QChar kQuote = QLatin1Char('"');
constexpr QChar kCr = QLatin1Char('\r');
constexpr QChar kLf = QLatin1Char('\n');

bool startsWith(const QByteArray &bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < qsizetype(prefix.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char byte : prefix) {
        if (static_cast<unsigned char>(bytes.at(i++)) != byte)
            return false;
    }
    return true;
}

QString decodeWith(QStringDecoder::Encoding encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    return decoder.decode(bytes);
}

// Builds the records one character at a time (RFC 4180, made lenient the way Excel reads:
// text after a closing quote is kept, a quote inside an unquoted field is an ordinary character).
class Parser
{
public:
    explicit Parser(QChar separator)
        : m_separator(separator)
    { }

    void endField()
    {
        m_fields << m_field;
        m_field.clear();
        m_wasQuoted = false;
    }

    void endRow()
    {
        endField();
        const bool blank = std::all_of(m_fields.cbegin(), m_fields.cend(),
                                       [](const QString &f) { return f.isEmpty(); });
        if (!blank)
            m_rows << CsvRow {m_rowLine, m_fields};
        m_fields.clear();
    }

    bool run(const QString &text)
    {
        const qsizetype n = text.size();
        qsizetype i = 0;
        while (i < n) {
            const QChar c = text.at(i);
            const bool crlf = c == kCr && i + 1 < n && text.at(i + 1) == kLf;
            if (m_inQuotes) {
                if (c == kQuote) {
                    if (i + 1 < n && text.at(i + 1) == kQuote) {
                        m_field += kQuote;
                        i += 2;
                    } else {
                        m_inQuotes = false;
                        ++i;
                    }
                    continue;
                }
                if (c == kLf || (c == kCr && !crlf))
                    ++m_line;
                m_field += c;
                ++i;
                continue;
            }
            if (c == kQuote && m_field.isEmpty() && !m_wasQuoted) {
                m_inQuotes = m_wasQuoted = true;
                m_quoteLine = m_line;
                ++i;
            } else if (c == m_separator) {
                endField();
                ++i;
            } else if (c == kCr || c == kLf) {
                endRow();
                i += crlf ? 2 : 1;
                m_rowLine = ++m_line;
            } else {
                m_field += c;
                ++i;
            }
        }
        if (m_inQuotes)
            return false;
        if (!m_field.isEmpty() || m_wasQuoted || !m_fields.isEmpty())
            endRow();
        return true;
    }

    QList<CsvRow> rows() const { return m_rows; }
    int quoteLine() const { return m_quoteLine; }

private:
    QChar m_separator;
    QList<CsvRow> m_rows;
    QStringList m_fields;
    QString m_field;
    bool m_inQuotes = false;
    bool m_wasQuoted = false;
    int m_line = 1;
    int m_rowLine = 1;
    int m_quoteLine = 0;
};

} // namespace

CsvReader::Decoded CsvReader::decode(const QByteArray &bytes)
{
    if (startsWith(bytes, {0xEF, 0xBB, 0xBF}))
        return {decodeWith(QStringDecoder::Utf8, QByteArrayView(bytes).sliced(3)),
                QStringLiteral("UTF-8 (BOM)")};
    if (startsWith(bytes, {0xFF, 0xFE}))
        return {decodeWith(QStringDecoder::Utf16LE, QByteArrayView(bytes).sliced(2)),
                QStringLiteral("UTF-16")};
    if (startsWith(bytes, {0xFE, 0xFF}))
        return {decodeWith(QStringDecoder::Utf16BE, QByteArrayView(bytes).sliced(2)),
                QStringLiteral("UTF-16")};
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return {text, QStringLiteral("UTF-8")};
    // Not UTF-8: what an Italian Windows writes ("ANSI").
    return {Windows1252::decode(bytes), QStringLiteral("Windows-1252")};
}

QChar CsvReader::detectSeparator(const QString &text)
{
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    bool inQuotes = false;
    for (const QChar c : text) {
        if (c == kQuote)
            inQuotes = !inQuotes; // a doubled quote toggles twice: the count stays right
        else if (!inQuotes && (c == kCr || c == kLf))
            break;
        else if (!inQuotes && c == QLatin1Char(';'))
            ++semicolons;
        else if (!inQuotes && c == QLatin1Char(','))
            ++commas;
        else if (!inQuotes && c == QLatin1Char('\t'))
            ++tabs;
    }
    if (semicolons >= commas && semicolons >= tabs)
        return QLatin1Char(';');
    return commas >= tabs ? QLatin1Char(',') : QLatin1Char('\t');
}

Result<QList<CsvRow>> CsvReader::parse(const QString &text, QChar separator)
{
    Parser parser(separator);
    if (!parser.run(text))
        return Result<QList<CsvRow>>::refused(Problem::refused(
            QStringLiteral("CSV"),
            tr("The quoted field that opens on line %1 is never closed: check for a missing "
               "quote (\") in the file.")
                .arg(parser.quoteLine())));
    return Result<QList<CsvRow>>::ok(parser.rows());
}

std::optional<QString> CsvReader::mixedEncodingError(const QByteArray &bytes)
{
    if (startsWith(bytes, {0xFF, 0xFE}) || startsWith(bytes, {0xFE, 0xFF}))
        return std::nullopt;
    // Line by line: one with letters written as UTF-8 and another whose bytes are not UTF-8 at
    // all mean two programs wrote the file. Either way of reading it garbles half of it
    // ("SocietÃ " or "Societ\uFFFD"), so neither is chosen.
    int utf8Line = 0;
    int otherLine = 0;
    int line = 1;
    for (const QByteArray &raw : bytes.split('\n')) {
        const bool ascii =
            std::all_of(raw.cbegin(), raw.cend(), [](char c) { return uchar(c) < 0x80; });
        if (!ascii) {
            QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded = utf8.decode(raw);
            Q_UNUSED(decoded);
            int &first = utf8.hasError() ? otherLine : utf8Line;
            if (first == 0)
                first = line;
        }
        if (utf8Line && otherLine)
            return tr("The file mixes two encodings: line %1 is written as UTF-8 and line %2 "
                      "as Windows-1252 (\"ANSI\"), so accented letters would be garbled in one "
                      "of them. Open it in the spreadsheet and save it again as \"CSV UTF-8\".")
                .arg(utf8Line)
                .arg(otherLine);
        ++line;
    }
    return std::nullopt;
}

Result<CsvTable> CsvReader::read(const QByteArray &bytes, QChar separator)
{
    if (const auto mixed = mixedEncodingError(bytes))
        return Result<CsvTable>::refused(Problem::refused(QStringLiteral("CSV"), *mixed));
    Decoded decoded = decode(bytes);
    if (decoded.text.startsWith(QChar(0xFEFF))) // a second BOM, or one inside UTF-16 text
        decoded.text.remove(0, 1);
    const QChar sep = separator.isNull() ? detectSeparator(decoded.text) : separator;
    auto rows = parse(decoded.text, sep);
    if (!rows)
        return Result<CsvTable>::from(rows);
    return Result<CsvTable>::ok(CsvTable {decoded.encoding, sep, rows.value()});
}

} // namespace tavolo
