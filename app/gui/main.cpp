#include "core/config/settings.h"
#include "core/config/translations.h"
#include "core/storage/archivepath.h"
#include "core/storage/serveraddress.h"
#include "ui/mainwindow.h"
#include "ui/screenshots.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QTemporaryDir>
#include <memory>

using namespace tavolo;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tavolo"));
    QApplication::setApplicationName(QStringLiteral("Tavolo"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tavolo"));
    QApplication::setApplicationVersion(QStringLiteral(TAVOLO_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tavolo.svg")));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        MainWindow::tr("The archive file, or an office server's postgresql://user@server/database "
                       "(default: $TAVOLO_DB, else the last archive opened)."),
        QStringLiteral("FILE"));
    parser.addOption(dbOption);
    // For the documentation only: pictures of every page, then exit (scripts/screenshots.sh).
    QCommandLineOption screenshotsOption(QStringLiteral("screenshots"), QString(),
                                         QStringLiteral("DIR"));
    screenshotsOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotsOption);
    parser.process(app);
    const bool screenshots = parser.isSet(screenshotsOption);

    // Screenshots never touch the clerk's own settings (window size, recent files).
    QTemporaryDir scratch;
    std::unique_ptr<Settings> settings = screenshots
        ? std::make_unique<Settings>(scratch.filePath(QStringLiteral("settings.ini")))
        : std::make_unique<Settings>();
    Translations::install(app, settings->language());

    // --db, else TAVOLO_DB, else the archive the clerk had open last, else the default one.
    QString path = ArchivePath::resolve(parser.value(dbOption));
    const QString last = settings->value(Settings::Key::LastArchive).toString();
    if (parser.value(dbOption).isEmpty() && qEnvironmentVariableIsEmpty("TAVOLO_DB")
        && !last.isEmpty() && (ServerAddress::isLocation(last) || QFileInfo::exists(last)))
        path = last;

    MainWindow window(*settings);
    // An archive on the office server (postgresql://…) with the password kept in the keychain.
    window.openLocation(path, Archive::OpenMode::CreateIfMissing);
    if (screenshots)
        return Screenshots::take(window, parser.value(screenshotsOption));
    window.show();
    return app.exec();
}
