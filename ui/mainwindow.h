#pragma once

#include "core/storage/archive.h"

#include <QMainWindow>
#include <QUndoStack>
#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace tavolo {

class BackupActions;
class HelpDialog;
class Presence;

class Page;
class Settings;

// The main window: a navigation list on the left, one page per entry on the right (a
// QStackedWidget), the File / Edit / Settings / Help menus, and the archive being worked on.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path` instead of the current archive. A file that cannot be opened (not an
    // archive, a newer schema, read-only, …) is refused in a message box and the current
    // archive stays open. Returns whether the new archive is open.
    bool openArchive(const QString &path, Archive::OpenMode mode = Archive::OpenMode::MustExist);
    // The size of a first start on a screen whose free area is `available`: as much of it as
    // the pages use, with room left for the frame and the taskbar.
    static QSize defaultSize(const QSize &available);

    Archive &archive() { return m_archive; }
    QUndoStack &undoStack() { return m_undoStack; }
    QList<Page *> pages() const { return m_pageList; }
    void showPage(int index);
    void showPageNamed(const QString &name); // a Page::pageName()

public slots:
    void newArchive();
    void chooseArchive();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(Page *page);
    void createPages();
    void createMenus();
    void rebuildRecentMenu();
    void chooseLanguage(const QString &language);
    void showAbout();
    void updateTitle();
    void saveLayout();
    void announcePresence(const QString &path);
    void showOthers(const QStringList &others); // in the status bar
    Page *currentPage() const;
    void updatePageActions(); // Print… follows the page shown

    void showGuide(); // at the section of the page shown (F1)
    void saveGuide();

    HelpDialog *m_help = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_previewAction = nullptr;

    Settings &m_settings;
    Archive m_archive;
    QUndoStack m_undoStack;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QList<Page *> m_pageList;
    QMenu *m_recentMenu = nullptr;
    BackupActions *m_backups = nullptr;
    QLabel *m_archiveLabel;
    QLabel *m_othersLabel; // who else has the archive open
    std::unique_ptr<Presence> m_presence;
};

} // namespace tavolo
