#pragma once

// Linux tools the tests check documents with (poppler-utils, python3-icalendar), started the same
// way from the Linux build and from the Windows build under Wine. Wine starts a Linux program
// named by its path on drive Z: (the Unix root), but detached: its standard output does not reach
// the Windows pipe, and its exit code and end are not the Windows process's. So under Wine the
// tool runs through /bin/sh, which writes its output, then its exit code, to files that are read
// back once the exit code is there; paths given to the tool are Unix paths (hostPath).

#include <QByteArray>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

namespace hosttools {

struct Run
{
    bool started = false; // false: the tool is missing or did not finish in time
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline bool underWine()
{
#ifdef Q_OS_WIN
    static const bool wine =
        GetProcAddress(GetModuleHandleW(L"ntdll.dll"), "wine_get_version") != nullptr;
    return wine;
#else
    return false;
#endif
}

// The Unix path of a file this test wrote: under Wine drive Z: is the Unix root and C: is the
// prefix's drive_c; elsewhere the path itself.
inline QString hostPath(const QString &path)
{
    if (!underWine())
        return path;
    const QString clean = QDir::fromNativeSeparators(QDir::cleanPath(QDir(path).absolutePath()));
    if (clean.startsWith(QLatin1String("Z:/"), Qt::CaseInsensitive))
        return clean.mid(2);
    if (clean.startsWith(QLatin1String("C:/"), Qt::CaseInsensitive))
        return qEnvironmentVariable("WINEPREFIX") + QStringLiteral("/drive_c") + clean.mid(2);
    return clean;
}

// Runs `program` (a bare name, found in /usr/bin) with `arguments`, which must already be host
// paths where they name files.
inline Run run(const QString &program, const QStringList &arguments, int timeoutMs = 60000)
{
    Run result;
    QProcess process;
    if (!underWine()) {
        // Debian's own tools (a pyenv shim earlier on PATH lacks python3-icalendar).
        const QString debian = QStringLiteral("/usr/bin/") + program;
        process.start(QFile::exists(debian) ? debian : program, arguments);
        if (!process.waitForFinished(timeoutMs))
            return result;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
    } else {
        QTemporaryDir files;
        const QString out = files.filePath(QStringLiteral("out"));
        const QString err = files.filePath(QStringLiteral("err"));
        const QString code = files.filePath(QStringLiteral("code"));
        process.start(
            QStringLiteral("Z:/bin/sh"),
            QStringList {QStringLiteral("-c"),
                         QStringLiteral("o=$1; e=$2; c=$3; shift 3; \"$@\" >\"$o\" 2>\"$e\"; "
                                        "echo $? >\"$c.part\" && mv \"$c.part\" \"$c\""),
                         QStringLiteral("sh"), hostPath(out), hostPath(err), hostPath(code),
                         QStringLiteral("/usr/bin/") + program}
                + arguments);
        // The end is the exit-code file: Wine may never report the Unix child's end.
        QFile codeFile(code);
        const auto stop = [&process] {
            if (process.state() != QProcess::NotRunning) {
                process.kill();
                process.waitForFinished(1000);
            }
        };
        for (QDeadlineTimer deadline(timeoutMs); !codeFile.exists(); QThread::msleep(20)) {
            if (deadline.hasExpired() || !process.waitForStarted(0)) {
                stop();
                return result;
            }
        }
        stop();
        QFile outFile(out), errFile(err);
        if (!codeFile.open(QIODevice::ReadOnly) || !outFile.open(QIODevice::ReadOnly)
            || !errFile.open(QIODevice::ReadOnly))
            return result;
        result.out = outFile.readAll();
        result.err = errFile.readAll();
        result.started = true;
        result.exitCode = codeFile.readAll().trimmed().toInt();
        return result.exitCode == 127 ? Run {} : result;
    }
    result.started = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    return result;
}

} // namespace hosttools
