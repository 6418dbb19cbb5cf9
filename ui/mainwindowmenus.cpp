#include "mainwindow.h"

// The main window's menus and what their actions do beside opening archives: printing the page
// shown, the guide, the language, About. The window itself (pages, archive, title) is
// mainwindow.cpp.

#include "backupactions.h"
#include "core/config/settings.h"
#include "dates.h"
#include "helpdialog.h"
#include "import/importwizard.h"
#include "printing.h"
#include "registerpage.h"
#include "userguide.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <tuple>

namespace tavolo {

void MainWindow::updatePageActions()
{
    const Page *page = currentPage();
    const bool printable = page && page->canPrint();
    for (QAction *action : {m_printAction, m_previewAction})
        if (action)
            action->setEnabled(printable);
}

void MainWindow::showGuide()
{
    if (!m_help)
        m_help = new HelpDialog(this);
    const Page *page = currentPage();
    m_help->showSection(page ? page->pageName() : QString());
}

void MainWindow::saveGuide()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the guide as PDF"), QDir(documents).filePath(tr("Tavolo guide.pdf")),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const auto written = UserGuide::writePdf(path); !written)
        QMessageBox::warning(this, tr("Save the guide as PDF"), describe(written.problems()));
    else
        statusBar()->showMessage(tr("Guide saved in %1.").arg(QDir::toNativeSeparators(path)),
                                 10000);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New archive…"), this, &MainWindow::newArchive);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open archive…"), this, &MainWindow::chooseArchive);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    // The office server (issue 18): there and back.
    file->addAction(tr("Connect to the office &server…"), this, &MainWindow::connectToServer)
        ->setObjectName(QStringLiteral("connectServerAction"));
    m_localAction =
        file->addAction(tr("Open the &local archive"), this, &MainWindow::openLocalArchive);
    m_localAction->setObjectName(QStringLiteral("localArchiveAction"));
    m_localAction->setEnabled(m_archive.onServer());
    file->addSeparator();
    file->addAction(tr("Import or&ganisations…"), this, [this] {
        ImportWizard::run(m_archive, ImportWizard::Kind::Organisations, this);
    });
    file->addAction(tr("Import &people…"), this,
                    [this] { ImportWizard::run(m_archive, ImportWizard::Kind::People, this); });
    file->addSeparator();
    m_printAction = file->addAction(tr("Pr&int…"), this, [this] {
        if (Page *page = currentPage(); page && page->canPrint())
            Printing::print(this, page->printJob());
    });
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setObjectName(QStringLiteral("printAction"));
    m_previewAction = file->addAction(tr("Print pre&view…"), this, [this] {
        if (Page *page = currentPage(); page && page->canPrint())
            Printing::preview(this, page->printJob());
    });
    m_previewAction->setObjectName(QStringLiteral("printPreviewAction"));
    updatePageActions();
    file->addSeparator();
    file->addAction(tr("&Back up now"), m_backups, &BackupActions::backUpNow);
    file->addAction(tr("Restore from a bac&kup…"), m_backups, &BackupActions::restore);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack.createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction *redo = m_undoStack.createRedoAction(this, tr("&Redo"));
    // Ctrl+Y as Windows users press it, and the platform's own (Ctrl+Shift+Z elsewhere).
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(QKeySequence::Redo)});
    redo->setObjectName(QStringLiteral("redoAction"));
    // "Undo add organisation…", not "Undo Add organisation…": the command's name continues
    // the sentence.
    const auto continuing = [](const QString &prefix, const QString &command) {
        return command.isEmpty()
            ? prefix
            : QStringLiteral("%1 %2").arg(prefix, command.left(1).toLower() + command.mid(1));
    };
    connect(&m_undoStack, &QUndoStack::undoTextChanged, undo,
            [undo, continuing](const QString &t) { undo->setText(continuing(tr("&Undo"), t)); });
    connect(&m_undoStack, &QUndoStack::redoTextChanged, redo,
            [redo, continuing](const QString &t) { redo->setText(continuing(tr("&Redo"), t)); });
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    // A new record from anywhere: the page comes forward with its dialog.
    const QList<std::tuple<QString, QString, QKeySequence>> adding {
        {QStringLiteral("organisations"), tr("Add &organisation…"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)},
        {QStringLiteral("people"), tr("Add &person…"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)}};
    for (const auto &[name, text, keys] : adding) {
        QAction *add = edit->addAction(text);
        add->setShortcut(keys);
        add->setObjectName(QStringLiteral("add-") + name);
        const QString page = name;
        connect(add, &QAction::triggered, this, [this, page] {
            showPageNamed(page);
            for (Page *p : std::as_const(m_pageList))
                if (p->pageName() == page && m_stack->currentWidget() == p)
                    if (auto *reg = qobject_cast<RegisterPage *>(p))
                        reg->addRecord();
        });
    }

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QMenu *language = settings->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QList<std::pair<QString, QString>> choices {{QStringLiteral("it"), tr("Italian")},
                                                      {QStringLiteral("en"), tr("English")}};
    for (const auto &[code, name] : choices) {
        QAction *action = language->addAction(name);
        action->setObjectName(QStringLiteral("language-") + code);
        action->setCheckable(true);
        action->setChecked(m_settings.language() == code);
        action->setActionGroup(languages);
        const QString chosen = code;
        connect(action, &QAction::triggered, this, [this, chosen] { chooseLanguage(chosen); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&Guide"), this, &MainWindow::showGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setObjectName(QStringLiteral("guideAction"));
    help->addAction(tr("Save the guide as &PDF…"), this, &MainWindow::saveGuide)
        ->setObjectName(QStringLiteral("saveGuideAction"));
    help->addSeparator();
    help->addAction(tr("&About Tavolo"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Tavolo"),
        tr("<h3>Tavolo %1</h3><p>Register, meetings and convocation letters of the Tavolo del "
           "Terzo Settore.</p><p>Free software under the GNU General Public License, version "
           "3.</p>")
            .arg(QStringLiteral(TAVOLO_VERSION)));
}

} // namespace tavolo
