#include "archivefile.h"

#include <QFile>
#include <QtEndian>

namespace tavolo {

ArchiveFile ArchiveFile::inspect(const QString &path)
{
    ArchiveFile result;
    QFile file(path);
    if (!file.exists())
        return result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.kind = Kind::Unreadable;
        result.detail = file.errorString();
        return result;
    }
    const QByteArray header = file.read(100);
    if (header.isEmpty() && file.size() == 0) {
        result.kind = Kind::Empty;
        return result;
    }
    // The SQLite file format: a 16-byte magic string, user_version at offset 60 and
    // application_id at offset 68, both big-endian (sqlite.org/fileformat.html).
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        result.kind = Kind::NotDatabase;
        return result;
    }
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    const quint32 version = qFromBigEndian<quint32>(bytes + 60);
    const quint32 appId = qFromBigEndian<quint32>(bytes + 68);
    if (appId != applicationId) {
        result.kind = Kind::Foreign;
        return result;
    }
    result.kind = Kind::Tavolo;
    result.schemaVersion = int(version);
    return result;
}

} // namespace tavolo
