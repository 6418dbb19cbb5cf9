#include "csvfile.h"

#include "core/io/csvwriter.h"

#include <QSaveFile>

namespace tavolo {

bool writeCsvFile(const QString &path, const QList<QStringList> &rows, QString *error)
{
    const QString text = QChar(0xFEFF) + CsvWriter::table(rows, QLatin1Char(';'));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace tavolo
