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
class QTimer;

namespace tavolo {

class BackupActions;
class HelpDialog;
class PasswordStore;
class Presence;
struct ServerAddress;

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
    // `path` may name an archive on the office server (postgresql://…, issue 18): `password`,
    // when given, is used instead of libpq's password file.
    bool openArchive(const QString &path, Archive::OpenMode mode = Archive::OpenMode::MustExist,
                     const QString &password = {});
    // openArchive(), with the password kept in the keychain for an archive on a server (the
    // archive open last, TAVOLO_DB, a recent one); one that cannot be reached or whose password
    // no longer works brings up the connect dialog with the reason.
    bool openLocation(const QString &location,
                      Archive::OpenMode mode = Archive::OpenMode::MustExist);
    // Where the office server's password is kept: the system keychain unless a test puts a
    // stand-in in its place.
    void setPasswordStore(std::unique_ptr<PasswordStore> store);
    PasswordStore &passwordStore() { return *m_passwords; }
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
    // File › Connect to the office server… (mainwindowserver.cpp).
    void connectToServer();
    // File › Open the local archive: back from the server to the archive file used last.
    void openLocalArchive();

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
    void refreshOthers(); // the other programs on this archive: its folder, or the server
    bool connectWithDialog(const ServerAddress &address, const QString &problem);
    QString lastLocalArchive() const;
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
    std::unique_ptr<PasswordStore> m_passwords;
    QAction *m_localAction = nullptr;
    QTimer *m_othersTimer = nullptr;
};

} // namespace tavolo
