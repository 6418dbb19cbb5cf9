#include "clicommands.h"
#include "core/storage/archive.h"
#include "core/storage/archivecopy.h"
#include "core/storage/archivepath.h"
#include "core/storage/serveraddress.h"

#include <QCommandLineParser>

namespace tavolo::cli {

// copy [--from ARCHIVE] --to ARCHIVE: an archive (default: the one --db names) copied whole into
// a new archive, on the office server (an empty database) or in a new file (ArchiveCopy): a
// file onto the server, the server's back into a file.
int Commands::copy(const Invocation &invocation, Output &out)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), QString(), QStringLiteral("ARCHIVE"));
    const QCommandLineOption to(QStringLiteral("to"), QString(), QStringLiteral("ARCHIVE"));
    parser.addOptions({from, to});
    if (!invocation.parse(parser) || !parser.isSet(to) || parser.positionalArguments().size() != 1)
        return usageError(invocation, out, parser.errorText());
    Invocation source = invocation;
    if (parser.isSet(from))
        source.archivePath = parser.value(from);
    const QString target = parser.value(to);
    Archive archive;
    if (!openExisting(archive, source, out))
        return ArchiveError;
    Result<qint64> copied = Result<qint64>::ok(0);
    if (ServerAddress::isLocation(target)) {
        Archive server;
        if (auto opened = server.open(target); !opened) {
            out.problems(opened.problems());
            return ArchiveError;
        }
        copied = ArchiveCopy::copy(archive, server);
    } else {
        copied = ArchiveCopy::intoNewFile(archive, target);
    }
    if (!copied) {
        out.problems(copied.problems());
        return Refused;
    }
    out.line(tr("Copied %1 rows of %2 into %3.")
                 .arg(copied.value())
                 .arg(ArchivePath::shown(source.archivePath), ArchivePath::shown(target)));
    return Success;
}

} // namespace tavolo::cli
