#include "backupactions.h"

#include "core/storage/archive.h"
#include "core/storage/archivepath.h"
#include "core/storage/backups.h"
#include "core/storage/serveraddress.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace tavolo {

BackupActions::BackupActions(Archive &archive, QWidget *window, Reopen reopen)
    : QObject(window)
    , m_archive(archive)
    , m_window(window)
    , m_reopen(std::move(reopen))
{ }

QString BackupActions::daily(int keep)
{
    const auto made = Backups(m_archive.path()).createDaily(m_archive, keep);
    if (!made)
        return tr("The daily backup copy could not be made: %1").arg(describe(made.problems()));
    return made.value().isEmpty()
        ? QString()
        : tr("Backup copy made: %1").arg(QDir::toNativeSeparators(made.value()));
}

void BackupActions::backUpNow()
{
    const auto made = Backups(m_archive.path()).create(m_archive);
    if (made)
        QMessageBox::information(m_window, tr("Back up"),
                                 tr("A copy of the archive was saved as\n%1")
                                     .arg(QDir::toNativeSeparators(made.value())));
    else
        QMessageBox::warning(m_window, tr("Back up"), describe(made.problems()));
}

void BackupActions::restore()
{
    const QString archivePath = m_archive.path();
    Backups backups(archivePath);
    backups.setServerPassword(m_archive.password());
    const QString file =
        QFileDialog::getOpenFileName(m_window, tr("Restore from a backup"), backups.folder(),
                                     tr("Tavolo archives (*.sqlite *.tavolo);;All files (*)"));
    if (file.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        m_window, tr("Restore from a backup"),
        tr("Replace the archive %1 with the copy %2?\n\nThe archive as it is now is kept in the "
           "backup "
           "folder, so this can be undone by restoring it.")
            .arg(ServerAddress::isLocation(archivePath) ? ArchivePath::shown(archivePath)
                                                        : QFileInfo(archivePath).fileName(),
                 QFileInfo(file).fileName()));
    if (answer != QMessageBox::Yes)
        return;
    m_archive.close();
    const auto restored = backups.restore(file);
    m_reopen(archivePath);
    if (!restored)
        QMessageBox::warning(m_window, tr("Restore from a backup"), describe(restored.problems()));
    else
        QMessageBox::information(
            m_window, tr("Restore from a backup"),
            tr("The archive was restored from %1.").arg(QFileInfo(file).fileName()));
}

} // namespace tavolo
