#include "mainwindow.h"

// The main window and the office server (issue 18): File › Connect to the office server…,
// opening a server's archive with the password kept in the keychain, and back to the local
// archive. Opening an archive itself is mainwindow.cpp.

#include "connectdialog.h"
#include "core/config/settings.h"
#include "core/storage/archivepath.h"
#include "core/storage/serveraddress.h"
#include "core/storage/serverprobe.h"
#include "passwordstore.h"

#include <QAction>
#include <QFileInfo>

namespace tavolo {

void MainWindow::setPasswordStore(std::unique_ptr<PasswordStore> store)
{
    m_passwords = std::move(store);
}

void MainWindow::connectToServer()
{
    // The server open now, else the one connected to last, else an empty form.
    const QString last = m_archive.onServer()
        ? m_archive.path()
        : m_settings.value(Settings::Key::LastServer).toString();
    connectWithDialog(ServerAddress::parse(last), QString());
}

bool MainWindow::connectWithDialog(const ServerAddress &address, const QString &problem)
{
    ConnectDialog dialog(address, *m_passwords, this);
    if (!problem.isEmpty())
        dialog.showProblem(problem);
    // The dialog closes only on a connection it tested: a refusal leaves this window as it was.
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QString location = dialog.location();
    if (!openArchive(location, Archive::OpenMode::CreateIfMissing, dialog.password()))
        return false;
    m_settings.setValue(Settings::Key::LastServer, location);
    m_settings.sync();
    return true;
}

bool MainWindow::openLocation(const QString &location, Archive::OpenMode mode)
{
    if (!ServerAddress::isLocation(location))
        return openArchive(location, mode);
    // The password kept for this server (none: libpq's password file), tried before anything
    // changes; a failure brings up the dialog with the reason, to type the password again.
    const ServerAddress address = ServerAddress::parse(location);
    const auto kept = m_passwords->read(address.key());
    const QString password = kept ? kept.value() : QString();
    const auto found = ServerProbe::test(location, password);
    if (!found)
        return connectWithDialog(address, describe(found.problems()));
    return openArchive(location, mode, password);
}

QString MainWindow::lastLocalArchive() const
{
    for (const QString &path : m_settings.recentArchives())
        if (!ServerAddress::isLocation(path) && QFileInfo::exists(path))
            return path;
    return ArchivePath::defaultPath();
}

void MainWindow::openLocalArchive()
{
    openArchive(lastLocalArchive(), Archive::OpenMode::CreateIfMissing);
}

} // namespace tavolo
