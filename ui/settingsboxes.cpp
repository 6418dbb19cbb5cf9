#include "settingspage.h"

// The Settings page's boxes that are not the letterhead (the archive and its backups, the
// language) and the choice of the letterhead's logo. The letterhead's form and preview are
// settingspage.cpp.

#include "backupactions.h"
#include "core/config/settings.h"
#include "core/documents/documenthtml.h"
#include "core/storage/archive.h"
#include "core/storage/backups.h"
#include "naturalwidth.h"
#include "tavolo/problemview.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace tavolo {

QWidget *SettingsPage::createArchiveBox()
{
    auto *box = new QGroupBox(tr("Archive and backups"), this);
    auto *form = new QFormLayout;

    m_archivePath->setObjectName(QStringLiteral("archivePath"));
    m_archivePath->setReadOnly(true);
    m_archivePath->setFrame(false);
    auto *showArchive = new QPushButton(tr("Show i&n folder"), box);
    showArchive->setObjectName(QStringLiteral("showArchive"));
    connect(showArchive, &QPushButton::clicked, this,
            [this] { showInFolder(QFileInfo(m_archive.path()).absolutePath()); });
    auto *archiveLabel = new QLabel(tr("Archive:"), box);
    archiveLabel->setBuddy(showArchive);
    form->addRow(archiveLabel, m_archivePath);
    form->addRow(QString(), natural(showArchive));

    m_backupFolder->setObjectName(QStringLiteral("backupFolder"));
    m_backupFolder->setReadOnly(true);
    m_backupFolder->setFrame(false);
    auto *showBackups = new QPushButton(tr("Show &backups in folder"), box);
    showBackups->setObjectName(QStringLiteral("showBackups"));
    connect(showBackups, &QPushButton::clicked, this,
            [this] { showInFolder(Backups::defaultFolder(m_archive.path())); });
    auto *folderLabel = new QLabel(tr("Backup folder:"), box);
    folderLabel->setBuddy(showBackups);
    form->addRow(folderLabel, m_backupFolder);
    form->addRow(QString(), natural(showBackups));

    m_keep->setObjectName(QStringLiteral("backupsToKeep"));
    m_keep->setAccessibleName(tr("Daily copies to keep"));
    m_keep->setRange(1, 365);
    m_keep->setValue(m_settings.backupsToKeep());
    // A setting of this computer, not of the archive: saved at once, like the language.
    connect(m_keep, &QSpinBox::valueChanged, this, [this](int keep) {
        m_settings.setBackupsToKeep(keep);
        m_settings.sync();
    });
    auto *keepLabel = new QLabel(tr("Daily copies to &keep:"), box);
    keepLabel->setBuddy(m_keep); // addRow(QString, QLayout *) would show the '&'
    form->addRow(keepLabel, natural(m_keep));

    m_copies->setObjectName(QStringLiteral("backupCopies"));
    m_copies->setAccessibleName(tr("Existing backup copies"));
    auto *copiesLabel = new QLabel(tr("E&xisting copies, newest first:"), box);
    copiesLabel->setBuddy(m_copies);

    auto *backUpNow = new QPushButton(tr("Back &up now"), box);
    backUpNow->setObjectName(QStringLiteral("backUpNow"));
    connect(backUpNow, &QPushButton::clicked, this, [this] {
        m_backups.backUpNow();
        reloadBackups();
    });
    auto *restore = new QPushButton(tr("&Restore…"), box);
    restore->setObjectName(QStringLiteral("restoreBackup"));
    connect(restore, &QPushButton::clicked, this, [this] {
        m_backups.restore(); // reopens the archive: every page reloads
        reloadBackups();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(backUpNow);
    buttons->addWidget(restore);

    auto *layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addWidget(copiesLabel);
    layout->addWidget(m_copies, 1);
    layout->addLayout(buttons);
    return box;
}

QWidget *SettingsPage::createLanguageBox()
{
    auto *box = new QGroupBox(tr("Language"), this);
    const QString name =
        m_settings.language() == QLatin1String("en") ? tr("English") : tr("Italian");
    auto *label = new QLabel(tr("The program speaks %1. To change it use Settings › Language; "
                                "the new language is used the next time Tavolo starts.")
                                 .arg(name),
                             box);
    label->setObjectName(QStringLiteral("language"));
    label->setWordWrap(true);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(label);
    return box;
}

void SettingsPage::reloadBackups()
{
    m_copies->clear();
    if (!m_archive.isOpen()) {
        m_backupFolder->clear();
        return;
    }
    const Backups backups(m_archive.path());
    m_backupFolder->setText(QDir::toNativeSeparators(backups.folder()));
    const QStringList copies = backups.list();
    for (const QString &copy : copies) {
        const QFileInfo info(copy);
        auto *item = new QListWidgetItem(info.fileName(), m_copies);
        item->setToolTip(QDir::toNativeSeparators(info.absoluteFilePath()));
    }
    if (copies.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No copies yet."), m_copies);
        item->setFlags(Qt::NoItemFlags);
    }
}

void SettingsPage::showInFolder(const QString &folder)
{
    QDir().mkpath(folder); // the backup folder appears with the first copy
    QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

void SettingsPage::chooseLogo()
{
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a logo"), QFileInfo(m_archive.path()).absolutePath(),
        tr("Images (%1)").arg(patterns.join(QLatin1Char(' '))));
    if (path.isEmpty())
        return;
    if (QImage(path).isNull()) {
        m_problems->setProblems(
            {Problem::refused(QStringLiteral("INPUT"),
                              tr("\"%1\" is not an image that can be read (PNG, JPEG, SVG).")
                                  .arg(QDir::toNativeSeparators(path)))});
        return;
    }
    m_problems->setProblems({});
    m_pendingLogo = path;
    documents::Letterhead chosen;
    chosen.logoPath = path;
    showLogo(documents::flattenedLogo(chosen, 72));
    edited();
}

} // namespace tavolo
