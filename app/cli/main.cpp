#include "clicommands.h"

#include "core/config/settings.h"
#include "core/config/translations.h"
#include "core/storage/archivepath.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace tavolo;

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    // Past a file-size limit (ulimit -f) the system would kill the program mid-write; ignored,
    // the write fails instead and the change is refused with a sentence, like on a full disk.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tavolo"));
    QCoreApplication::setApplicationName(QStringLiteral("Tavolo"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TAVOLO_VERSION));
    Translations::install(app, Settings().language());

    QCommandLineParser parser;
    parser.setApplicationDescription(cli::Commands::tr(
        "Tavolo from the command line.\n\nCommands:\n"
        "  init                     create an empty archive\n"
        "  apply [--atomic] FILE|-  apply a JSON array of operations\n"
        "  org list [--json]        list the organisations\n"
        "  person list [--json]     list the people\n"
        "  backup [FILE]            copy the archive (default: into its backup folder)\n"
        "  restore FILE             replace the archive with a backup, keeping the old one"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        cli::Commands::tr("The archive file (default: $TAVOLO_DB, else the user's data folder)."),
        QStringLiteral("FILE"));
    parser.addOption(dbOption);
    parser.addPositionalArgument(QStringLiteral("command"), cli::Commands::tr("The command."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.process(app);

    cli::Output out;
    const QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty()) {
        out.error(parser.helpText());
        return cli::UsageError;
    }
    const cli::Invocation invocation{ArchivePath::resolve(parser.value(dbOption)), arguments};
    const QString command = arguments.first();
    if (command == QLatin1String("init"))
        return cli::Commands::init(invocation, out);
    if (command == QLatin1String("apply"))
        return cli::Commands::apply(invocation, out);
    if (command == QLatin1String("backup"))
        return cli::Commands::backup(invocation, out);
    if (command == QLatin1String("restore"))
        return cli::Commands::restore(invocation, out);
    if (command == QLatin1String("org") || command == QLatin1String("person"))
        return cli::Commands::list(invocation, out);
    out.error(cli::Commands::tr("Unknown command \"%1\". Try --help.").arg(command));
    return cli::UsageError;
}
