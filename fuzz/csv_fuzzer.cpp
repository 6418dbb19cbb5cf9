// libFuzzer target for the CSV reader (core/io): the clerk's spreadsheet files are untrusted
// input, so any bytes must give records or one refusal, never a crash, a hang or a leak.
// Besides the sanitizers it checks what the importer relies on: records start on increasing
// lines, no record is blank, and writing the records back and reading them gives them again.

#include "core/io/csvreader.h"
#include "core/io/csvwriter.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>

using namespace tavolo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto table = CsvReader::read(bytes);
    if (!table) {
        if (table.problems().size() != 1)
            std::abort();
        return 0;
    }
    const QChar sep = table.value().separator;
    if (sep != QLatin1Char(';') && sep != QLatin1Char(',') && sep != QLatin1Char('\t'))
        std::abort();
    QList<QStringList> rows;
    int lastLine = 0;
    for (const CsvRow &row : table.value().rows) {
        if (row.line <= lastLine || row.fields.isEmpty())
            std::abort();
        lastLine = row.line;
        if (std::all_of(row.fields.cbegin(), row.fields.cend(),
                        [](const QString &f) { return f.isEmpty(); }))
            std::abort();
        rows << row.fields;
    }
    const auto again = CsvReader::parse(CsvWriter::table(rows, sep), sep);
    if (!again || again.value().size() != rows.size())
        std::abort();
    // The writer keeps every field, except that one a spreadsheet would run as a formula gains
    // a leading apostrophe.
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QStringList &back = again.value().at(i).fields;
        if (back.size() != rows.at(i).size())
            std::abort();
        for (qsizetype j = 0; j < back.size(); ++j) {
            const QString &field = rows.at(i).at(j);
            const bool formula =
                !field.isEmpty() && QStringLiteral("=+-@\t\r").contains(field.front());
            if (back.at(j) != (formula ? QLatin1Char('\'') + field : field))
                std::abort();
        }
    }
    return 0;
}
