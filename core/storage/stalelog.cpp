#include "stalelog.h"

#include "backups.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <algorithm>
#include <functional>
#include <tuple>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace tavolo {

namespace {

QMutex &registryMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, int> &openHere()
{
    static QHash<QString, int> paths;
    return paths;
}

QString key(const QString &archivePath)
{
    const QFileInfo info(archivePath);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

// SQLite's wal-index lock bytes start at 120; the eight after them are the locks of readers and
// writers, then comes the "DMS" byte every open connection holds (sqlite.org/walformat.html).
constexpr qint64 deadManSwitch = 128;

} // namespace

QString StaleLog::opened(const QString &archivePath)
{
    const QMutexLocker lock(&registryMutex());
    QString k = key(archivePath);
    ++openHere()[k];
    return k;
}

void StaleLog::closed(const QString &k)
{
    const QMutexLocker lock(&registryMutex());
    auto &paths = openHere();
    if (--paths[k] <= 0)
        paths.remove(k);
}

bool StaleLog::heldByAnotherProcess(const QString &archivePath)
{
    const QString shm = archivePath + QStringLiteral("-shm");
    if (!QFileInfo::exists(shm))
        return false;
#ifdef Q_OS_WIN
    // Windows: SQLite takes the byte with LockFileEx; an exclusive try fails while anyone holds it.
    const HANDLE handle =
        CreateFileW(reinterpret_cast<const wchar_t *>(shm.utf16()), GENERIC_READ | GENERIC_WRITE,
                    FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING,
                    FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        return true; // cannot tell: assume a live program, the ordinary case
    OVERLAPPED where {};
    where.Offset = DWORD(deadManSwitch);
    const bool unlocked =
        LockFileEx(handle, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &where);
    if (unlocked)
        UnlockFileEx(handle, 0, 1, 0, &where);
    CloseHandle(handle);
    return !unlocked;
#else
    // POSIX: F_GETLK reports a lock of another process without taking one. (Closing this
    // descriptor would drop this process's own locks on the file, which is why the archives
    // open here are looked up in the registry first and never reach this test.)
    const int fd = ::open(QFile::encodeName(shm).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return true;
    struct flock probe
    {
    };
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = deadManSwitch;
    probe.l_len = 1;
    const bool held = ::fcntl(fd, F_GETLK, &probe) != 0 || probe.l_type != F_UNLCK;
    ::close(fd);
    return held;
#endif
}

bool StaleLog::present(const QString &archivePath)
{
    if (QFileInfo(archivePath + QStringLiteral("-wal")).size() <= 0)
        return false;
    {
        const QMutexLocker lock(&registryMutex());
        if (openHere().contains(key(archivePath)))
            return false;
    }
    return !heldByAnotherProcess(archivePath);
}

namespace {

bool sameBytes(const QString &a, const QString &b)
{
    QFile first(a);
    QFile second(b);
    if (first.size() != second.size() || !first.open(QIODevice::ReadOnly)
        || !second.open(QIODevice::ReadOnly))
        return false;
    while (!first.atEnd()) {
        if (first.read(1 << 16) != second.read(1 << 16))
            return false;
    }
    return true;
}

// A copy of this very pair kept by an earlier attempt (a refused archive opened again).
QString alreadyKept(const QString &archivePath, const QString &folder)
{
    const QDir dir(folder);
    const QString pattern =
        QFileInfo(archivePath).completeBaseName() + QStringLiteral("-*-left-log*.sqlite");
    for (const QString &name : dir.entryList({pattern}, QDir::Files)) {
        QString kept = dir.filePath(name);
        if (sameBytes(kept, archivePath)
            && sameBytes(kept + QStringLiteral("-wal"), archivePath + QStringLiteral("-wal")))
            return kept;
    }
    return {};
}

// The pairs kept for `archivePath`, newest first: by the time in their name, then by the
// number added to a second pair of the same second ("…-left-log-2.sqlite").
QStringList keptPairs(const QString &archivePath, const QString &folder)
{
    const QRegularExpression name(
        QLatin1Char('^') + QRegularExpression::escape(QFileInfo(archivePath).completeBaseName())
        + QStringLiteral("-(\\d{8}-\\d{6})-left-log(?:-(\\d+))?\\.sqlite$"));
    QList<std::tuple<QString, int, QString>> pairs;
    for (const QString &file : QDir(folder).entryList(QDir::Files)) {
        if (const auto match = name.match(file); match.hasMatch())
            pairs.append({match.captured(1),
                          match.captured(2).isEmpty() ? 1 : match.captured(2).toInt(), file});
    }
    std::sort(pairs.begin(), pairs.end(), std::greater<>());
    QStringList out;
    for (const auto &pair : std::as_const(pairs))
        out << QDir(folder).filePath(std::get<2>(pair));
    return out;
}

} // namespace

Result<QString> StaleLog::keep(const QString &archivePath)
{
    const QString folder = Backups::defaultFolder(archivePath);
    if (const QString kept = alreadyKept(archivePath, folder); !kept.isEmpty())
        return Result<QString>::ok(kept);
    const auto refused = [&] {
        return Result<QString>::refused(Problem::refused(
            QStringLiteral("ARCHIVE"),
            tr("The archive %1 has a journal file (-wal) left beside it by a program that is no "
               "longer running, and a copy of the two cannot be kept in %2 before it is "
               "applied. Nothing was changed.")
                .arg(QDir::toNativeSeparators(archivePath), QDir::toNativeSeparators(folder))));
    };
    if (!QDir().mkpath(folder))
        return refused();
    const QString base = QDir(folder).filePath(
        QFileInfo(archivePath).completeBaseName() + QLatin1Char('-')
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))
        + QStringLiteral("-left-log"));
    QString kept = base + QStringLiteral(".sqlite");
    for (int n = 2; QFileInfo::exists(kept) || QFileInfo::exists(kept + QStringLiteral("-wal"));
         ++n)
        kept = base + QStringLiteral("-%1.sqlite").arg(n);
    if (!QFile::copy(archivePath, kept)
        || !QFile::copy(archivePath + QStringLiteral("-wal"), kept + QStringLiteral("-wal"))) {
        QFile::remove(kept);
        return refused();
    }
    const QStringList pairs = keptPairs(archivePath, folder);
    for (qsizetype i = KeptCopies; i < pairs.size(); ++i) {
        QFile::remove(pairs.at(i));
        QFile::remove(pairs.at(i) + QStringLiteral("-wal"));
    }
    return Result<QString>::ok(kept);
}

} // namespace tavolo
