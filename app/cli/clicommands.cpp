#include "clicommands.h"

#include "commandtable.h"

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

int Commands::usageError(const Invocation &invocation, Output &out, const QString &parserError)
{
    if (!parserError.isEmpty())
        out.error(parserError);
    else if (const Command *command = CommandTable::find(invocation.arguments.value(0)))
        out.error(CommandTable::usage(*command));
    return UsageError;
}

} // namespace tavolo::cli
