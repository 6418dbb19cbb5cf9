#include "clicommands.h"
#include "core/storage/archive.h"
#include "core/storage/archivecopy.h"

#include <QCommandLineParser>
#include <QDir>

namespace tavolo::cli {

// copy [--from FILE] --to postgresql://…: the archive file (default: the one --db names) into a
// new archive on the office server (ArchiveCopy).
int Commands::copy(const Invocation &invocation, Output &out)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption to(QStringLiteral("to"), QString(), QStringLiteral("LOCATION"));
    parser.addOptions({from, to});
    if (!invocation.parse(parser) || !parser.isSet(to) || parser.positionalArguments().size() != 1)
        return usageError(invocation, out, parser.errorText());
    Invocation source = invocation;
    if (parser.isSet(from))
        source.archivePath = parser.value(from);
    Archive file;
    if (!openExisting(file, source, out))
        return ArchiveError;
    Archive server;
    if (auto opened = server.open(parser.value(to)); !opened) {
        out.problems(opened.problems());
        return ArchiveError;
    }
    const auto copied = ArchiveCopy::fileToServer(file, server);
    if (!copied) {
        out.problems(copied.problems());
        return Refused;
    }
    out.line(tr("Copied %1 rows of %2 into %3.")
                 .arg(copied.value())
                 .arg(QDir::toNativeSeparators(source.archivePath), parser.value(to)));
    return Success;
}

} // namespace tavolo::cli
