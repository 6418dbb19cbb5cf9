#include "localsystem.h"

#ifdef Q_OS_WIN
#define SECURITY_WIN32
// security.h needs windows.h before it
// clang-format off
#include <windows.h>
#include <security.h>
// clang-format on

#include <iterator>
#endif

#ifdef Q_OS_LINUX
#include <QFile>
#include <sys/vfs.h>
#endif

#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace tavolo::LocalSystem {

QString login()
{
    for (const char *name : {"USERNAME", "USER", "LOGNAME"}) {
        QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
#ifdef Q_OS_UNIX
    // Services and containers often run without USER in the environment.
    if (const passwd *entry = getpwuid(geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return QStringLiteral("unknown");
}

QString fullName()
{
#ifdef Q_OS_WIN
    wchar_t buffer[256];
    ULONG size = ULONG(std::size(buffer));
    if (GetUserNameExW(NameDisplay, buffer, &size) && size > 0)
        return QString::fromWCharArray(buffer, int(size)).trimmed();
    return {};
#elif defined(Q_OS_UNIX)
    const passwd *entry = getpwuid(geteuid());
    if (!entry || !entry->pw_gecos)
        return {};
    return QString::fromLocal8Bit(entry->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed();
#else
    return {};
#endif
}

QString userName()
{
    QString account = login();
    const QString full = fullName();
    if (full.isEmpty() || full.compare(account, Qt::CaseInsensitive) == 0)
        return account;
    return QStringLiteral("%1 (%2)").arg(full, account);
}

bool processRunning(qint64 pid)
{
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#elif defined(Q_OS_WIN)
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return GetLastError() == ERROR_ACCESS_DENIED;
    DWORD code = 0;
    const bool running = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return running;
#else
    Q_UNUSED(pid);
    return true;
#endif
}

namespace {

constexpr qint64 fuseMagic = 0x65735546; // FUSE_SUPER_MAGIC

#ifdef Q_OS_LINUX
// The nearest folder of `path` that exists (the archive, or even its folder, may not exist yet).
QString existingFolder(const QString &path)
{
    QFileInfo info(QFileInfo(path).absoluteFilePath());
    QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    while (!QFileInfo(folder).isDir()) {
        const QString parent = QFileInfo(folder).absolutePath();
        if (parent == folder)
            break;
        folder = parent;
    }
    return folder;
}

// The type /proc/self/mounts gives the mount holding `folder`: its longest mount point that is
// `folder` or one of its parents. Spaces and other characters are written there in octal.
QString mountType(const QString &folder)
{
    QFile mounts(QStringLiteral("/proc/self/mounts"));
    if (!mounts.open(QIODevice::ReadOnly))
        return {};
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    QString best;
    QString type;
    const auto unescape = [](QByteArray field) {
        for (qsizetype at = field.indexOf('\\'); at >= 0 && at + 3 < field.size();
             at = field.indexOf('\\', at + 1))
            field.replace(at, 4, QByteArray(1, char(field.mid(at + 1, 3).toInt(nullptr, 8))));
        return QFile::decodeName(field);
    };
    for (const QByteArray &line : mounts.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 3)
            continue;
        const QString point = unescape(fields.at(1));
        const bool holds = canonical == point
            || canonical.startsWith(point.endsWith(QLatin1Char('/')) ? point
                                                                     : point + QLatin1Char('/'));
        if (holds && point.size() >= best.size()) {
            best = point;
            type = QString::fromLatin1(fields.at(2));
        }
    }
    return type;
}
#endif

} // namespace

bool isUncPath(const QString &nativePath)
{
    // "\\?\C:\…" is a long local path, "\\?\UNC\server\…" a long UNC one.
    if (nativePath.startsWith(QLatin1String("\\\\?\\UNC\\"), Qt::CaseInsensitive))
        return true;
    if (nativePath.startsWith(QLatin1String("\\\\?\\"))
        || nativePath.startsWith(QLatin1String("\\\\.\\")))
        return false;
    return nativePath.startsWith(QLatin1String("\\\\"));
}

QString driveRoot(const QString &nativePath)
{
    QString path = nativePath;
    if (path.startsWith(QLatin1String("\\\\?\\")) || path.startsWith(QLatin1String("\\\\.\\")))
        path = path.mid(4);
    if (path.size() >= 2 && path.at(1) == QLatin1Char(':') && path.at(0).isLetter())
        return path.left(2).toUpper() + QLatin1Char('\\');
    return {};
}

bool isNetworkFileSystem(qint64 statfsType, const QString &fuseType)
{
    // The values of linux/magic.h and of the CIFS and SMB clients (fs/smb/client/cifsglob.h).
    constexpr qint64 nfs = 0x6969;
    constexpr qint64 smb = 0x517B;
    constexpr qint64 smb2 = 0xFE534D42;
    constexpr qint64 cifs = 0xFF534D42;
    switch (statfsType) {
    case nfs:
    case smb:
    case smb2:
    case cifs:
        return true;
    case fuseMagic: {
        // FUSE also carries local file systems (ntfs-3g, exFAT): only the network clients count.
        // sshfs gives no locks to the other computers and no memory shared with them, so that
        // neither the write-ahead log nor SQLite's locks can protect an archive there.
        static const QStringList network {
            QStringLiteral("fuse.sshfs"), QStringLiteral("fuse.rclone"),
            QStringLiteral("fuse.s3fs"), QStringLiteral("fuse.curlftpfs")};
        return network.contains(fuseType);
    }
    default:
        return false;
    }
}

bool onNetworkDrive(const QString &path)
{
    if (qEnvironmentVariableIsSet("TAVOLO_TEST_NETWORK_DRIVE"))
        return true;
#ifdef Q_OS_WIN
    const QString native = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (isUncPath(native))
        return true;
    const QString root = driveRoot(native);
    return !root.isEmpty()
        && GetDriveTypeW(reinterpret_cast<const wchar_t *>(root.utf16())) == DRIVE_REMOTE;
#elif defined(Q_OS_LINUX)
    const QString folder = existingFolder(path);
    struct statfs info
    {
    };
    if (::statfs(QFile::encodeName(folder).constData(), &info) != 0)
        return false;
    const auto type = qint64(quint32(info.f_type));
    return isNetworkFileSystem(type, type == fuseMagic ? mountType(folder) : QString());
#else
    Q_UNUSED(path);
    return false;
#endif
}

} // namespace tavolo::LocalSystem
