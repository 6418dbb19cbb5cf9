#include "clicommands.h"

#include "commandtable.h"
#include "core/domain/clock.h"
#include "core/storage/archive.h"
#include "core/storage/presence.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace tavolo::cli {

bool Invocation::parse(QCommandLineParser &parser) const
{
    return parser.parse(QStringList {QCoreApplication::applicationFilePath()} + arguments);
}

QCommandLineOption Commands::asOfOption()
{
    return {QStringLiteral("date"), tr("The date (default: today)."), QStringLiteral("YYYY-MM-DD")};
}

QDate Commands::asOfDay(const QCommandLineParser &parser, const QCommandLineOption &date)
{
    return parser.isSet(date) ? QDate::fromString(parser.value(date), Qt::ISODate) : Clock::today();
}

bool Commands::openExisting(Archive &archive, const Invocation &invocation, Output &out)
{
    const auto opened = archive.open(invocation.archivePath, Archive::OpenMode::MustExist);
    // Refusals, or the warning that a journal left by a crashed program was applied.
    out.problems(opened.problems());
    return opened.isOk();
}

std::unique_ptr<Presence> Commands::announceWrite(const Invocation &invocation)
{
    const QStringList &a = invocation.arguments;
    const QString command = a.value(0);
    const bool writes = command == QLatin1String("apply") || command == QLatin1String("restore")
        || (command == QLatin1String("import") && !a.contains(QLatin1String("--dry-run")))
        || (command == QLatin1String("letterhead") && a.size() > 1)
        || (command == QLatin1String("person") && a.value(1) == QLatin1String("anonymise"));
    if (!writes || !QFileInfo(invocation.archivePath).isFile())
        return {};
    auto presence =
        std::make_unique<Presence>(QFileInfo(invocation.archivePath).absoluteFilePath());
    presence->announce(QDateTime::currentDateTime(), tr("command line"));
    return presence;
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
