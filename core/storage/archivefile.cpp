#include "archivefile.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QtEndian>

namespace tavolo {

ArchiveFile ArchiveFile::inspect(const QString &path)
{
    ArchiveFile result;
    QFile file(path);
    if (!file.exists())
        return result;
    // QFileInfo follows a link to what it names; a FIFO would block open() until a writer came.
    if (!QFileInfo(path).isFile()) {
        result.kind = Kind::NotAFile;
        return result;
    }
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
    // Offsets 16 (page size, 1 meaning 65536), 24 (change counter), 28 (size in pages) and 92
    // (the change counter for which that size is valid). A journal or write-ahead log beside
    // the file may hold pages not yet copied back, so the size is only trusted without them.
    const quint32 pageSize =
        qFromBigEndian<quint16>(bytes + 16) == 1 ? 65536u : qFromBigEndian<quint16>(bytes + 16);
    const quint32 pages = qFromBigEndian<quint32>(bytes + 28);
    const bool sizeValid =
        qFromBigEndian<quint32>(bytes + 24) == qFromBigEndian<quint32>(bytes + 92);
    const auto pending = [&path](const char *suffix) {
        return QFileInfo(path + QLatin1String(suffix)).size() > 0;
    };
    if (sizeValid && pages > 0 && quint64(pages) * pageSize > quint64(file.size())
        && !pending("-wal") && !pending("-journal")) {
        result.kind = Kind::Damaged;
        return result;
    }
    result.kind = Kind::Tavolo;
    result.schemaVersion = int(version);
    return result;
}

bool ArchiveFile::folderAcceptsNewFiles(const QString &folder)
{
    QTemporaryFile probe(folder + QStringLiteral("/.tavolo-write-check-XXXXXX"));
    return probe.open(); // removed when it goes out of scope
}

} // namespace tavolo
