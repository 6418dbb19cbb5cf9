#pragma once

#include <QObject>
#include <functional>

class QWidget;

namespace tavolo {

class Archive;

// File › Back up now / Restore from a backup, and the automatic daily copy when an archive is
// opened (core/storage/backups.h does the work; this only asks and tells the clerk).
class BackupActions : public QObject
{
    Q_OBJECT
public:
    using Reopen = std::function<bool(const QString &path)>;
    BackupActions(Archive &archive, QWidget *window, Reopen reopen);

    // The daily copy; a sentence for the status bar (empty when none was due).
    QString daily(int keep);
    void backUpNow();
    void restore();

private:
    Archive &m_archive;
    QWidget *m_window;
    Reopen m_reopen;
};

} // namespace tavolo
