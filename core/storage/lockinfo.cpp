#include "lockinfo.h"

#include "localsystem.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

namespace tavolo {

namespace {

QString programName()
{
    const QString path =
        QCoreApplication::instance() ? QCoreApplication::applicationFilePath() : QString();
    return path.isEmpty() ? QStringLiteral("Tavolo") : QFileInfo(path).fileName();
}

} // namespace

LockInfo::LockInfo(const QString &archivePath)
    : m_sidecar(sidecarPath(archivePath))
{ }

QString LockInfo::sidecarPath(const QString &archivePath)
{
    return archivePath + QStringLiteral(".lock-info");
}

QString LockInfo::self()
{
    return QStringLiteral("%1@%2 (%3, process %4)")
        .arg(LocalSystem::login(), QSysInfo::machineHostName(), programName())
        .arg(QCoreApplication::applicationPid());
}

void LockInfo::claim() const
{
    // Line 1 for people, lines 2-3 to recognise a stale file. Failing to write it (a read-only
    // folder) only costs the name in a later message, so errors are ignored.
    QFile file(m_sidecar);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write((self() + QLatin1Char('\n') + QSysInfo::machineHostName() + QLatin1Char('\n')
                    + QString::number(QCoreApplication::applicationPid()) + QLatin1Char('\n'))
                       .toUtf8());
}

void LockInfo::release() const
{
    QFile::remove(m_sidecar);
}

QString LockInfo::holder() const
{
    QFile file(m_sidecar);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.read(4096)).split(QLatin1Char('\n'));
    if (lines.size() < 3 || lines.at(0).isEmpty())
        return {};
    if (lines.at(1) == QSysInfo::machineHostName() && !LocalSystem::processRunning(lines.at(2).toLongLong()))
        return {};
    return lines.at(0);
}

} // namespace tavolo
