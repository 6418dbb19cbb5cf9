#include "clicommands.h"
#include "commandtable.h"
#include "core/config/settings.h"
#include "core/config/translations.h"
#include "core/storage/archivepath.h"
#include "core/storage/presence.h"

#include <QApplication>
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

// The annual report's charts are Qt Charts, widgets of a graphics scene: `export report` needs
// a QApplication (on the offscreen platform, like every document command here).
static bool drawsCharts(int argc, char *argv[])
{
    const auto end = argv + argc;
    const auto command =
        std::find_if(argv + 1, end, [](const char *a) { return qstrcmp(a, "export") == 0; });
    return command != end
        && std::any_of(command + 1, end, [](const char *a) { return qstrcmp(a, "report") == 0; });
}

// Documents need fonts and QPdfWriter, that is a QGuiApplication; the other commands stay
// console-only so that they start fast and never look for a display.
static std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    const bool documents = std::any_of(argv + 1, argv + argc, [](const char *a) {
        const cli::Command *command = cli::CommandTable::find(QString::fromLocal8Bit(a));
        return command && command->documents;
    });
    if (!documents)
        return std::make_unique<QCoreApplication>(argc, argv);
#ifndef Q_OS_WIN
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a desktop session Qt warns on every run; a private folder keeps it quiet.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime =
            QDir::temp().filePath(QStringLiteral("tavolo-runtime-%1").arg(getuid()));
        if (QDir().mkpath(runtime)) {
            QFile::setPermissions(
                runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        }
    }
#endif
    if (drawsCharts(argc, argv))
        return std::make_unique<QApplication>(argc, argv);
    return std::make_unique<QGuiApplication>(argc, argv);
}

// "COMMAND --help" (or -h) asks for the command's usage instead of running it.
static bool asksForHelp(const QStringList &arguments)
{
    return std::any_of(arguments.cbegin() + 1, arguments.cend(), [](const QString &a) {
        return a == QLatin1String("--help") || a == QLatin1String("-h") || a == QLatin1String("-?");
    });
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
    parser.setApplicationDescription(cli::CommandTable::overview());
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
    const cli::Command *command = cli::CommandTable::find(arguments.first());
    if (!command)
        return cli::Commands::unknownCommand(arguments.first(), out);
    if (asksForHelp(arguments)) {
        out.line(cli::CommandTable::usage(*command));
        return cli::Success;
    }
    const cli::Invocation invocation {ArchivePath::resolve(parser.value(dbOption)), arguments};
    const auto presence = cli::Commands::announceWrite(invocation); // withdrawn on return
    return command->run(invocation, out);
}
