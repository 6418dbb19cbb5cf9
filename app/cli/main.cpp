#include "clicommands.h"

#include "core/config/settings.h"
#include "core/config/translations.h"
#include "core/storage/archivepath.h"
#include "core/storage/presence.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

#include <algorithm>
#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace tavolo;

// Documents need fonts and QPdfWriter, that is a QGuiApplication; the other commands stay
// console-only so that they start fast and never look for a display.
static std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    const bool documents = std::any_of(argv + 1, argv + argc, [](const char *a) { return qstrcmp(a, "export") == 0 || qstrcmp(a, "letterhead") == 0; });
    if (!documents)
        return std::make_unique<QCoreApplication>(argc, argv);
#ifndef Q_OS_WIN
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a desktop session Qt warns on every run; a private folder keeps it quiet.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime = QDir::temp().filePath(QStringLiteral("tavolo-runtime-%1").arg(getuid()));
        if (QDir().mkpath(runtime)) {
            QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        }
    }
#endif
    return std::make_unique<QGuiApplication>(argc, argv);
}

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    // Past a file-size limit (ulimit -f) the system would kill the program mid-write; ignored,
    // the write fails instead and the change is refused with a sentence, like on a full disk.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    const auto application = makeApplication(argc, argv);
    QCoreApplication &app = *application;
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
        "  check [--date D] [--json] the composition on a date and every problem\n"
        "  export letters|attendance|ics --meeting ID --out DIR   the meeting's documents\n"
        "  export minutes --meeting ID --out DIR [--format odt]  its minutes (PDF/A or ODT)\n"
        "  export composition [--date D] --out DIR                the composition to publish\n"
        "  letterhead [--set KEY=VALUE]… [--logo FILE] [--template FILE]  the letters' letterhead\n"

        "  audit [--table T [--id N]] [--from D] [--to D] [--json|--csv]\n"
        "                           the audit trail of every change\n"
        "  import orgs|people FILE.csv [--dry-run] [--map COLUMN=FIELD]... [--json]\n"
        "                           import a spreadsheet, all or nothing\n"
        "  person export ID --json  everything held about a person (GDPR)\n"
        "  person anonymise ID      anonymise a person, keeping the history\n"

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
    const auto presence = cli::Commands::announceWrite(invocation); // withdrawn on return
    if (command == QLatin1String("init"))
        return cli::Commands::init(invocation, out);
    if (command == QLatin1String("apply"))
        return cli::Commands::apply(invocation, out);
    if (command == QLatin1String("letterhead"))
        return cli::Commands::letterhead(invocation, out);
    if (command == QLatin1String("export"))
        return cli::Commands::exportDocuments(invocation, out);
    if (command == QLatin1String("check"))
        return cli::Commands::check(invocation, out);
    if (command == QLatin1String("person")
        && (arguments.value(1) == QLatin1String("export")
            || arguments.value(1) == QLatin1String("anonymise")))
        return cli::Commands::personData(invocation, out);
    if (command == QLatin1String("import"))
        return cli::Commands::import(invocation, out);
    if (command == QLatin1String("audit"))
        return cli::Commands::audit(invocation, out);
    if (command == QLatin1String("backup"))
        return cli::Commands::backup(invocation, out);
    if (command == QLatin1String("restore"))
        return cli::Commands::restore(invocation, out);
    if (command == QLatin1String("org") || command == QLatin1String("person"))
        return cli::Commands::list(invocation, out);
    out.error(cli::Commands::tr("Unknown command \"%1\". Try --help.").arg(command));
    return cli::UsageError;
}
