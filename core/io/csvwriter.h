#pragma once

#include <QStringList>

namespace tavolo {

// Writes CSV that CsvReader (and Excel) read back unchanged: a field is quoted when it holds the
// separator, a quote, a line break or leading/trailing spaces; lines end in CRLF. The one change:
// a field that a spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage
// return) is written with a leading apostrophe, so that it stays text.
class CsvWriter
{
public:
    static QString field(const QString &text, QChar separator);
    static QString row(const QStringList &fields, QChar separator);
    static QString table(const QList<QStringList> &rows, QChar separator);
};

} // namespace tavolo
