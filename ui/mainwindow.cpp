#include "mainwindow.h"

#include "audit/auditpage.h"
#include "backupactions.h"
#include "core/config/settings.h"
#include "core/config/translations.h"
#include "core/storage/presence.h"
#include "core/storage/serveraddress.h"
#include "core/storage/serversessions.h"
#include "dates.h"
#include "helpdialog.h"
#include "import/importwizard.h"
#include "organisationpage.h"
#include "passwordstore.h"
#include "personpage.h"
#include "printing.h"
#include "registerpage.h"
#include "settingspage.h"
#include "tavolo/tavolopage.h"
#include "tavolo/tavolopages.h"
#include "userguide.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <tuple>

namespace tavolo {

namespace {

QString archiveFilter()
{
    return MainWindow::tr("Tavolo archives (*.sqlite *.db);;All files (*)");
}

} // namespace

MainWindow::MainWindow(Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_archiveLabel(new QLabel(this))
    , m_othersLabel(new QLabel(this))
    , m_passwords(PasswordStore::system())
{
    setObjectName(QStringLiteral("mainWindow"));
    dates::useFourDigitYears();
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget::item { padding: 6px 8px; }"));
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        // A page with unsaved edits may keep the clerk on it (Page::canLeave).
        const int current = m_stack->currentIndex();
        if (row != current && current >= 0 && current < m_pageList.size()
            && !m_pageList.at(current)->canLeave()) {
            // Back to the page shown once the click (or key) that chose the row is handled:
            // the list selects the clicked row after announcing it, so an immediate revert
            // would leave it highlighted beside the page that stays.
            QTimer::singleShot(0, this, [this, current] {
                const QSignalBlocker blocker(m_navigation);
                m_navigation->setCurrentRow(current);
            });
            return;
        }
        m_stack->setCurrentIndex(row);
    });
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::updatePageActions);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    m_othersLabel->setObjectName(QStringLiteral("openElsewhere"));
    m_othersLabel->setStyleSheet(QStringLiteral("color:#8a5a00"));
    m_othersLabel->hide();
    statusBar()->addPermanentWidget(m_othersLabel);
    m_archiveLabel->setObjectName(QStringLiteral("archivePath"));
    statusBar()->addPermanentWidget(m_archiveLabel);
    // Who else has the archive open changes while the window stays open (another clerk, a
    // tavolo-cli import): the status bar follows, without a notice each time. On the office
    // server it is asked more often, and at every change another program makes (openArchive
    // sets the interval).
    m_othersTimer = new QTimer(this);
    m_othersTimer->setObjectName(QStringLiteral("othersTimer"));
    connect(m_othersTimer, &QTimer::timeout, this, &MainWindow::refreshOthers);
    m_othersTimer->start(15000);
    connect(&m_archive, &Archive::changed, this, [this](const ArchiveChanges &changes) {
        if (m_archive.onServer() && changes.elsewhere())
            refreshOthers();
    });

    // After a restore: the archive again, on a server with the password it was opened with.
    m_backups = new BackupActions(m_archive, this, [this](const QString &path) {
        return openArchive(path, Archive::OpenMode::MustExist, m_archive.password());
    });
    createPages();
    createMenus();
    m_navigation->setCurrentRow(0);
    // As wide as the longest page name in the interface's language, never cut nor scrolled.
    m_navigation->setFixedWidth(qMax(180, m_navigation->sizeHintForColumn(0) + 12));

    if (const QScreen *screen = QGuiApplication::primaryScreen())
        resize(defaultSize(screen->availableGeometry().size()));
    restoreGeometry(m_settings.value(Settings::Key::MainWindowGeometry).toByteArray());
    restoreState(m_settings.value(Settings::Key::MainWindowState).toByteArray());
    for (Page *page : std::as_const(m_pageList))
        page->restoreLayout(m_settings);
    updateTitle();
}

MainWindow::~MainWindow() = default;

QSize MainWindow::defaultSize(const QSize &available)
{
    // 1280×800 is enough for every page; a smaller screen (1300×720 with a taskbar, 1366×768)
    // gets all of its width and height but the window frame's.
    constexpr int FrameWidth = 16;
    constexpr int FrameHeight = 48;
    return QSize(qMin(1280, available.width() - FrameWidth),
                 qMin(800, available.height() - FrameHeight));
}

void MainWindow::createPages()
{
    const PageContext context {m_archive, m_undoStack};
    // The clerk's week in order: is everything in order, the registers, then the Tavolo.
    const QList<TavoloPageInfo> tavolo = tavoloPages();
    auto addTavoloPage = [&](const TavoloPageInfo &info) {
        TavoloPage *page = info.create(m_archive, &m_undoStack, nullptr);
        connect(page, &TavoloPage::navigateTo, this, &MainWindow::showPageNamed);
        addPage(page);
    };
    addTavoloPage(tavolo.first()); // the dashboard
    addPage(new OrganisationPage(context));
    addPage(new PersonPage(context));
    for (const TavoloPageInfo &info : tavolo.mid(1))
        addTavoloPage(info);
    addPage(new AuditPage(m_archive)); // R-J: who changed what, read-only
    addPage(new SettingsPage(context, m_settings, *m_backups));
}

void MainWindow::showPageNamed(const QString &name)
{
    for (int i = 0; i < m_pageList.size(); ++i)
        if (m_pageList.at(i)->pageName() == name)
            showPage(i);
}

void MainWindow::addPage(Page *page)
{
    m_pageList << page;
    m_stack->addWidget(page);
    m_navigation->addItem(page->title());
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_stack->currentWidget());
}

void MainWindow::showPage(int index)
{
    m_navigation->setCurrentRow(index);
}

bool MainWindow::openArchive(const QString &path, Archive::OpenMode mode, const QString &password)
{
    const bool onServer = ServerAddress::isLocation(path);
    // Unsaved edits (the Settings page's letterhead) belong to the archive open now.
    for (Page *page : std::as_const(m_pageList))
        if (!page->canLeave())
            return false;
    // The archive open now, again (File › Recent): on a network drive this window's own lock
    // would refuse the probe below, so it is let go first.
    if (m_archive.isOpen() && !onServer && !m_archive.onServer()
        && QFileInfo(path).canonicalFilePath() == QFileInfo(m_archive.path()).canonicalFilePath())
        m_archive.close();
    const auto refuse = [this](const Problems &problems) {
        QStringList lines;
        for (const Problem &p : problems)
            lines << p.message;
        QMessageBox::warning(this, tr("Open archive"), lines.join(QLatin1Char('\n')));
    };
    // With an archive open, try the file on a probe first: Archive::open closes the archive it
    // is called on, and a refused file must leave the clerk's current archive open. With none
    // open (the program's start) there is nothing to keep, and a probe would only check the
    // whole file a second time (PRAGMA quick_check grows with the archive: bench/archive-scale).
    const bool probed = m_archive.isOpen();
    Problems noticed;
    if (probed) {
        Archive probe;
        probe.setPassword(password);
        const auto tried = probe.open(path, mode);
        noticed = tried.warnings();
        if (!tried) {
            refuse(tried.problems());
            return false;
        }
    }
    const QString previous = m_archive.path();
    m_archive.setPassword(password);
    const auto opened = m_archive.open(path, mode);
    if (!probed)
        noticed = opened.warnings();
    if (!opened && !probed) { // as a refused probe: nothing was open, nothing changes
        refuse(opened.problems());
        return false;
    }
    if (!opened) {
        QMessageBox::warning(this, tr("Open archive"), describe(opened.problems()));
        if (!previous.isEmpty()) {
            if (!ServerAddress::isLocation(previous))
                m_archive.setPassword(QString());
            m_archive.open(previous, Archive::OpenMode::MustExist);
        }
    } else {
        // A server's archive is remembered by its connection string (never with a password).
        const QString absolute =
            onServer ? ServerAddress::shown(path) : QFileInfo(path).absoluteFilePath();
        announcePresence(absolute);
        m_settings.addRecentArchive(absolute);
        m_settings.sync();
        // The daily copy, of a file or of a server's archive alike: always one SQLite file the
        // clerk can open anywhere (a server's in the application-data folder, see Backups).
        const QString made = m_backups->daily(m_settings.backupsToKeep());
        if (!made.isEmpty())
            statusBar()->showMessage(made, 10000);
        // What the probe noticed: a journal left by a crashed program (a copy of it was kept), or
        // a network drive, where the archive is this program's alone while open.
        if (!noticed.isEmpty()) {
            QStringList lines;
            for (const Problem &p : std::as_const(noticed))
                lines << p.message;
            QMessageBox::information(this, tr("Open archive"), lines.join(QLatin1Char('\n')));
        }
    }
    // The commands on the stack refer to the records of the archive they were made in.
    m_undoStack.clear();
    for (Page *page : std::as_const(m_pageList)) {
        if (page == currentPage())
            page->reload();
        else
            page->reloadWhenShown();
    }
    updateTitle();
    return bool(opened);
}

// Tells the clerk who else has this archive open (another program, maybe another computer):
// both may work, and a save that meets the other's change is refused and offers to reload.
void MainWindow::announcePresence(const QString &path)
{
    m_othersTimer->setInterval(m_archive.onServer() ? 5000 : 15000);
    if (m_archive.onServer()) {
        // The server's list of sessions says who else is connected (ServerSessions): no notice,
        // several workstations on the server is how it is meant to be used.
        m_presence.reset();
        refreshOthers();
        return;
    }
    m_presence = std::make_unique<Presence>(path);
    const QStringList others = m_presence->others();
    m_presence->announce();
    showOthers(others);
    if (others.isEmpty())
        return;
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("Archive open elsewhere"),
        tr("This archive is also open in another program:\n%1").arg(others.join(QLatin1Char('\n'))),
        QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("openElsewhereNotice"));
    box->setInformativeText(tr("You can both work on it. If the other saves a record you are "
                               "editing, your save is refused and you can reload the record."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // not modal to the program: the window stays usable
}

void MainWindow::showOthers(const QStringList &others)
{
    m_othersLabel->setVisible(!others.isEmpty());
    m_othersLabel->setText(m_archive.onServer()
                               ? tr("Also connected: %1").arg(others.join(QStringLiteral("; ")))
                               : tr("Also open: %1").arg(others.join(QStringLiteral("; "))));
    m_othersLabel->setToolTip(others.join(QLatin1Char('\n')));
}

void MainWindow::refreshOthers()
{
    if (m_archive.onServer())
        showOthers(ServerSessions::others(m_archive));
    else if (m_presence)
        showOthers(m_presence->others());
}

void MainWindow::newArchive()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("New archive"), QFileInfo(m_archive.path()).absolutePath(), archiveFilter(),
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New archive"),
                             tr("There is already a file named %1. Choose another name, or use "
                                "File › Open archive… to open it.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openArchive(path, Archive::OpenMode::CreateIfMissing);
}

void MainWindow::chooseArchive()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open archive"), QFileInfo(m_archive.path()).absolutePath(), archiveFilter());
    if (!path.isEmpty())
        openArchive(path);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    // Files that were moved or deleted since are dropped from the list.
    QStringList recent;
    for (const QString &path : m_settings.recentArchives()) {
        if (ServerAddress::isLocation(path) || QFileInfo::exists(path))
            recent << path;
    }
    if (recent != m_settings.recentArchives())
        m_settings.setRecentArchives(recent);
    int number = 1;
    for (const QString &path : std::as_const(recent)) {
        const QString shown = ServerAddress::isLocation(path) ? tr("Office server: %1").arg(path)
                                                              : QDir::toNativeSeparators(path);
        const QString text = QStringLiteral("&%1 %2").arg(number++).arg(shown);
        m_recentMenu->addAction(text, this, [this, path] { openLocation(path); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent archives"))->setEnabled(false);
}

void MainWindow::chooseLanguage(const QString &language)
{
    if (language == m_settings.language())
        return;
    m_settings.setLanguage(language);
    m_settings.sync();
    QMessageBox::information(this, tr("Language"),
                             tr("The new language will be used the next time Tavolo starts."));
}

void MainWindow::updateTitle()
{
    const bool open = m_archive.isOpen();
    m_stack->setEnabled(open);
    if (!open) {
        setWindowTitle(tr("Tavolo — no archive open"));
        m_archiveLabel->setText(tr("No archive open: use File › Open archive…"));
        return;
    }
    if (m_localAction)
        m_localAction->setEnabled(m_archive.onServer());
    if (m_archive.onServer()) {
        const ServerAddress address = ServerAddress::parse(m_archive.path());
        setWindowTitle(tr("%1 on %2 — Tavolo")
                           .arg(address.database,
                                address.host.startsWith(QLatin1Char('/')) ? tr("this computer")
                                                                          : address.host));
        m_archiveLabel->setText(
            tr("Office server: %1").arg(ServerAddress::shown(m_archive.path())));
        return;
    }
    setWindowTitle(tr("%1 — Tavolo").arg(QFileInfo(m_archive.path()).fileName()));
    const QString shown = QDir::toNativeSeparators(QFileInfo(m_archive.path()).absoluteFilePath());
    // On a network drive the archive is this program's alone while open (Archive::open said
    // why in a notice when it was opened).
    m_archiveLabel->setText(m_archive.oneProgramAtATime()
                                ? tr("%1 (network drive: one program at a time)").arg(shown)
                                : shown);
}

void MainWindow::saveLayout()
{
    m_settings.setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    m_settings.setValue(Settings::Key::MainWindowState, saveState());
    for (const Page *page : std::as_const(m_pageList))
        page->saveLayout(m_settings);
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (Page *page : std::as_const(m_pageList)) {
        if (!page->canLeave()) {
            event->ignore();
            return;
        }
    }
    saveLayout();
    event->accept();
}

} // namespace tavolo
