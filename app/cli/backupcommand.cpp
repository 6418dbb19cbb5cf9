#include "clicommands.h"
#include "core/storage/archive.h"
#include "core/storage/archivepath.h"
#include "core/storage/backups.h"

#include <QDir>

namespace tavolo::cli {

int Commands::backup(const Invocation &invocation, Output &out)
{
    if (invocation.arguments.size() > 2) {
        return usageError(invocation, out);
    }
    Archive archive;
    if (!openExisting(archive, invocation, out))
        return ArchiveError;
    const auto made = invocation.arguments.size() == 2
        ? Backups::copyTo(archive, invocation.arguments.at(1))
        : Backups(invocation.archivePath).create(archive);
    if (!made) {
        out.problems(made.problems());
        return Refused;
    }
    out.line(tr("Backup written to %1").arg(QDir::toNativeSeparators(made.value())));
    return Success;
}

int Commands::restore(const Invocation &invocation, Output &out)
{
    if (invocation.arguments.size() != 2) {
        return usageError(invocation, out);
    }
    const auto restored = Backups(invocation.archivePath).restore(invocation.arguments.at(1));
    if (!restored) {
        out.problems(restored.problems());
        return Refused;
    }
    out.line(tr("Restored %1 from %2.")
                 .arg(ArchivePath::shown(invocation.archivePath),
                      QDir::toNativeSeparators(invocation.arguments.at(1))));
    if (!restored.value().isEmpty())
        out.line(tr("The archive it replaced is kept as %1")
                     .arg(QDir::toNativeSeparators(restored.value())));
    return Success;
}

} // namespace tavolo::cli
