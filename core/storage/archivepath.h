#pragma once

#include <QString>

namespace tavolo {

// Where the archive lives: the --db option, else the TAVOLO_DB environment variable, else
// tavolo.sqlite under the platform's application-data folder.
class ArchivePath
{
public:
    static QString defaultPath();
    static QString resolve(const QString &fromCommandLine);

    // The path as the clerk reads it: a file's with the system's separators, a connection
    // string without the password written in it, if any.
    static QString shown(const QString &path);
};

} // namespace tavolo
