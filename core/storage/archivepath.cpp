#include "archivepath.h"

#include "server.h"

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

bool ArchivePath::onServer(const QString &path)
{
    return server::isLocation(path);
}

QString ArchivePath::shown(const QString &path)
{
    return onServer(path) ? server::shown(path) : QDir::toNativeSeparators(path);
}

} // namespace tavolo
