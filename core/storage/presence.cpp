#include "presence.h"

#include "localsystem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

namespace tavolo {

namespace {

const QString kSeparator = QStringLiteral("\n");

} // namespace

Presence::Presence(const QString &archivePath)
    : m_folder(folderOf(archivePath))
{ }

Presence::~Presence()
{
    withdraw();
}

QString Presence::folderOf(const QString &archivePath)
{
    return archivePath + QStringLiteral(".open");
}

QString Presence::ownFile() const
{
    return QDir(m_folder).filePath(QStringLiteral("%1-%2").arg(
        QSysInfo::machineHostName(), QString::number(QCoreApplication::applicationPid())));
}

void Presence::announce(const QDateTime &since, const QString &how)
{
    if (!QDir().mkpath(m_folder))
        return;
    QFile file(ownFile());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    // Line 1 for people; lines 2-4 to recognise a stale file and say since when.
    const QString who =
        how.isEmpty() ? LocalSystem::userName() : tr("%1, %2").arg(LocalSystem::userName(), how);
    const QStringList lines {who, QSysInfo::machineHostName(),
                             QString::number(QCoreApplication::applicationPid()),
                             since.toString(Qt::ISODate)};
    m_announced = file.write((lines.join(kSeparator) + kSeparator).toUtf8()) > 0;
}

void Presence::withdraw()
{
    if (!m_announced)
        return;
    QFile::remove(ownFile());
    QDir().rmdir(m_folder); // only when no one else is left in it
    m_announced = false;
}

QStringList Presence::others() const
{
    QStringList out;
    const QDir folder(m_folder);
    const QString own = QFileInfo(ownFile()).fileName();
    for (const QString &name : folder.entryList(QDir::Files, QDir::Name)) {
        if (name == own)
            continue;
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QStringList lines = QString::fromUtf8(file.read(4096)).split(kSeparator);
        file.close();
        if (lines.size() < 4 || lines.at(0).isEmpty())
            continue;
        if (lines.at(1) == QSysInfo::machineHostName()
            && !LocalSystem::processRunning(lines.at(2).toLongLong())) {
            QFile::remove(folder.filePath(name)); // left by a program that was killed
            continue;
        }
        const QDateTime since = QDateTime::fromString(lines.at(3), Qt::ISODate);
        out << tr("%1 on %2, since %3")
                   .arg(lines.at(0), lines.at(1),
                        since.toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    }
    return out;
}

} // namespace tavolo
