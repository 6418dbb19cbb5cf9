#pragma once

#include <QString>

namespace tavolo {

// What a file on disk is, read from its first 100 bytes without letting SQLite touch it, so that
// a file we refuse is left byte-for-byte as it was.
struct ArchiveFile
{
    enum class Kind {
        Missing, // no such file: may be created
        Empty, // zero bytes: may be initialised
        Unreadable, // exists but cannot be read
        NotAFile, // a folder, a FIFO, a device: reading it could wait for ever
        NotDatabase, // not an SQLite file at all
        Damaged, // an SQLite file shorter than its header says (cut short)
        Foreign, // an SQLite database of another program
        Tavolo, // one of ours; see schemaVersion
    };

    Kind kind = Kind::Missing;
    int schemaVersion = 0; // PRAGMA user_version, for Kind::Tavolo
    QString detail; // what the operating system said, for Kind::Unreadable

    static constexpr quint32 applicationId = 0x5456544C; // "TVTL", PRAGMA application_id
    static ArchiveFile inspect(const QString &path);

    // Whether a file can be created in `folder` (the archive's journal files live beside it),
    // found by creating and removing one: on Windows a folder's read-only attribute says
    // nothing and its permissions are not what QFileInfo::isWritable() reads.
    static bool folderAcceptsNewFiles(const QString &folder);
};

} // namespace tavolo
