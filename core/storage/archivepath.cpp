#include "archivepath.h"

#include "serveraddress.h"

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

QString ArchivePath::shown(const QString &path)
{
    return ServerAddress::isLocation(path) ? ServerAddress::shown(path)
                                           : QDir::toNativeSeparators(path);
}

} // namespace tavolo
