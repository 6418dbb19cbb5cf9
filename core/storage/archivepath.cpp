#include "archivepath.h"

#include <QDir>
#include <QStandardPaths>

namespace tavolo {

QString ArchivePath::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("tavolo.sqlite"));
}

QString ArchivePath::resolve(const QString &fromCommandLine)
{
    if (!fromCommandLine.isEmpty())
        return fromCommandLine;
    QString fromEnvironment = qEnvironmentVariable("TAVOLO_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultPath();
}

} // namespace tavolo
