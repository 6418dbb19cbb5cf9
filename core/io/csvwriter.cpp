#include "csvwriter.h"

namespace tavolo {

QString CsvWriter::field(const QString &raw, QChar separator)
{
    // CWE-1236: a spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return
    // before them) as a formula. Every CSV Tavolo writes holds names, notes and the operating
    // system's user name, any of which may start so: a leading apostrophe makes it text.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    QString text =
        !raw.isEmpty() && formulaStarts.contains(raw.front()) ? QLatin1Char('\'') + raw : raw;
    const bool needsQuotes = text.contains(separator) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))
        || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvWriter::row(const QStringList &fields, QChar separator)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << field(f, separator);
    return out.join(separator) + QLatin1String("\r\n");
}

QString CsvWriter::table(const QList<QStringList> &rows, QChar separator)
{
    QString out;
    for (const QStringList &r : rows)
        out += row(r, separator);
    return out;
}

} // namespace tavolo
