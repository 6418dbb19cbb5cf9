#pragma once

#include <QList>
#include <QStringList>

namespace tavolo {

// Writes rows as the CLI's CSV for Italian Excel (`tavolo-cli audit --csv`): a byte-order mark,
// so that accents open intact, and ';' between fields (CsvWriter). False, with the reason in
// `error`, when the file cannot be written; nothing half-written is left (QSaveFile).
bool writeCsvFile(const QString &path, const QList<QStringList> &rows, QString *error);

} // namespace tavolo
