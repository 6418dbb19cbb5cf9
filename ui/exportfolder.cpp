#include "exportfolder.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace tavolo {

QString chooseExportFolder(QWidget *parent, const QString &title)
{
    static QString last = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(QStringLiteral("Tavolo"));
    QString folder = QFileDialog::getExistingDirectory(parent, title, last);
    if (!folder.isEmpty())
        last = folder;
    return folder;
}

} // namespace tavolo
