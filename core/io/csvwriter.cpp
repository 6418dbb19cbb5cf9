#include "csvwriter.h"

namespace tavolo {

QString CsvWriter::field(const QString &text, QChar separator)
{
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
