#pragma once

#include <QString>

namespace tavolo {

// Replaces the file `target` by `source` in one step (both on the same drive), the way
// restoring a backup swaps the archive. On failure returns why in the clerk's words; on
// Windows that includes the case POSIX does not have: a file another program holds open
// (another Tavolo, a synchronisation client, an antivirus) cannot be replaced.
class FileReplace
{
public:
    static QString replace(const QString &source, const QString &target); // empty on success
};

} // namespace tavolo
