#include "lockinfo.h"

#include "localsystem.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

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
    return QCoreApplication::translate("tavolo::LockInfo", "%1@%2 (%3, process %4)")
        .arg(LocalSystem::login(), QSysInfo::machineHostName(), programName())
        .arg(QCoreApplication::applicationPid());
}

bool LockInfo::claim() const
{
    // Line 1 for people, lines 2-3 to recognise a stale file. Failing to write it (a read-only
    // folder) only costs the name in a later message, so errors are ignored; a link is not.
    if (QFileInfo(m_sidecar).isSymLink())
        return false;
    const QByteArray text =
        (self() + QLatin1Char('\n') + QSysInfo::machineHostName() + QLatin1Char('\n')
         + QString::number(QCoreApplication::applicationPid()) + QLatin1Char('\n'))
            .toUtf8();
#ifdef Q_OS_UNIX
    // O_NOFOLLOW closes the gap between the look above and the write: a link put there in
    // between makes open() fail instead of writing through it.
    const int fd = ::open(QFile::encodeName(m_sidecar).constData(),
                          O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0)
        return errno != ELOOP;
    const bool written = ::write(fd, text.constData(), size_t(text.size())) == text.size();
    ::close(fd);
    Q_UNUSED(written);
#else
    // Windows: links need a privilege there; the look above is the check.
    QFile file(m_sidecar);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(text);
#endif
    return true;
}

void LockInfo::release() const
{
    // Removing a link removes the link only; a link found here is left for the clerk to see.
    if (!QFileInfo(m_sidecar).isSymLink())
        QFile::remove(m_sidecar);
}

QString LockInfo::holder() const
{
    // Only a file this program could have written: a pipe would block the read for ever.
    const QFileInfo info(m_sidecar);
    if (info.isSymLink() || !info.isFile())
        return {};
    QFile file(m_sidecar);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.read(4096)).split(QLatin1Char('\n'));
    if (lines.size() < 3 || lines.at(0).isEmpty())
        return {};
    if (lines.at(1) == QSysInfo::machineHostName()
        && !LocalSystem::processRunning(lines.at(2).toLongLong()))
        return {};
    return lines.at(0);
}

} // namespace tavolo
