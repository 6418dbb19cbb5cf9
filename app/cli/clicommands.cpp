#include "clicommands.h"

#include "core/storage/archive.h"

#include <QCommandLineParser>

namespace tavolo::cli {

bool Invocation::parse(QCommandLineParser &parser) const
{
    return parser.parse(QStringList{QCoreApplication::applicationFilePath()} + arguments);
}

bool Commands::openExisting(Archive &archive, const Invocation &invocation, Output &out)
{
    const auto opened = archive.open(invocation.archivePath, Archive::OpenMode::MustExist);
    // Refusals, or the warning that a journal left by a crashed program was applied.
    out.problems(opened.problems());
    return opened.isOk();
}

} // namespace tavolo::cli
