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

} // namespace tavolo::LocalSystem
