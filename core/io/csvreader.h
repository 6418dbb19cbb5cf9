#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace tavolo {

// One record of a CSV file and the line of the file where it starts (for the clerk's messages).
struct CsvRow
{
    int line = 0;
    QStringList fields;
};

// A whole CSV file as read: how it was decoded, its separator and its records (the header, when
// there is one, is the first).
struct CsvTable
{
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16", "Windows-1252"
    QChar separator;
    QList<CsvRow> rows;
};

// Reads what a spreadsheet writes when the clerk saves "CSV": Italian Excel uses ';' (the list
// separator of the Italian locale) and Windows-1252, newer versions UTF-8 with a BOM, LibreOffice
// usually ',' and UTF-8. Quoted fields may hold the separator, doubled quotes and line breaks;
// lines end in CRLF, LF or CR. Never fails on bytes: the only refusal is a quote that is never
// closed, because it would silently swallow every later record.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    struct Decoded
    {
        QString text;
        QString encoding;
    };

    // UTF-8/16 when a BOM says so, UTF-8 when the bytes are valid UTF-8, else Windows-1252.
    static Decoded decode(const QByteArray &bytes);
    // The separator of the first record: the most frequent of ';', ',' and tab outside quotes
    // (';' on a tie or when there is none, as Italian Excel writes).
    static QChar detectSeparator(const QString &text);
    // The records of `text`; blank lines (every field empty) are skipped.
    static Result<QList<CsvRow>> parse(const QString &text, QChar separator);
    // Why the bytes cannot be read with one encoding (some lines UTF-8, others not), naming
    // the lines; nothing when they can.
    static std::optional<QString> mixedEncodingError(const QByteArray &bytes);
    // mixedEncodingError (a refusal) + decode + detectSeparator (unless `separator` is given) +
    // parse.
    static Result<CsvTable> read(const QByteArray &bytes, QChar separator = QChar());
};

} // namespace tavolo
