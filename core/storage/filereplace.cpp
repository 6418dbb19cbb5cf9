#include "filereplace.h"

#include <QCoreApplication>
#include <QDir>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#else
#include <filesystem>
#include <system_error>
#endif

namespace tavolo {

QString FileReplace::replace(const QString &source, const QString &target)
{
#ifdef Q_OS_WIN
    const std::wstring from = QDir::toNativeSeparators(source).toStdWString();
    const std::wstring to = QDir::toNativeSeparators(target).toStdWString();
    if (MoveFileExW(from.c_str(), to.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return {};
    const DWORD code = GetLastError();
    if (code == ERROR_SHARING_VIOLATION || code == ERROR_LOCK_VIOLATION
        || code == ERROR_ACCESS_DENIED)
        return QCoreApplication::translate(
                   "tavolo::FileReplace",
                   "%1 is open in another program (another Tavolo window, a synchronisation or "
                   "backup program) or may not be written: close that program and try again")
            .arg(QDir::toNativeSeparators(target));
    return qt_error_string(int(code));
#else
    std::error_code error;
    std::filesystem::rename(source.toStdU16String(), target.toStdU16String(), error);
    return error ? QString::fromLocal8Bit(error.message()) : QString();
#endif
}

} // namespace tavolo
