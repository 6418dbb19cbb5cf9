#include "clicommands.h"
#include "core/storage/archive.h"
#include "core/storage/archivefile.h"

#include <QDir>

namespace tavolo::cli {

int Commands::init(const Invocation &invocation, Output &out)
{
    const QString shown = QDir::toNativeSeparators(invocation.archivePath);
    const auto kind = ArchiveFile::inspect(invocation.archivePath).kind;
    if (kind != ArchiveFile::Kind::Missing && kind != ArchiveFile::Kind::Empty) {
        out.error(tr("A file already exists at %1: init creates new archives only, and leaves "
                     "existing files untouched.")
                      .arg(shown));
        return Refused;
    }
    Archive archive;
    const auto opened = archive.open(invocation.archivePath, Archive::OpenMode::CreateIfMissing);
    out.problems(opened.problems()); // refusals, or the notice of a network drive
    if (!opened)
        return ArchiveError;
    out.line(tr("Created the archive %1 (schema %2).").arg(shown).arg(archive.schemaVersion()));
    return Success;
}

} // namespace tavolo::cli
