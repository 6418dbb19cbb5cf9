#pragma once

#include <QString>

namespace tavolo::LocalSystem {

// What this computer says about the person using the program and about its processes.

// The account's login (USERNAME on Windows, USER or LOGNAME elsewhere, else the password
// database), or "unknown".
QString login();
// The full name the system keeps for the account (Windows: the display name of the account;
// elsewhere the first field of the password database's comment), or empty when it keeps none.
QString fullName();
// For people: "Maria Rossi (mrossi)" when the system gives a full name, else the login.
QString userName();
// Whether the process `pid` of this computer still runs; true when it cannot be known.
bool processRunning(qint64 pid);

// Whether the file or folder `path` (which need not exist yet) is on a network file system, where
// SQLite's write-ahead log is unsafe: its index lives in memory shared by the programs of one
// computer only (sqlite.org/wal.html). Windows: a UNC path (\\server\share\…) or a drive letter
// the system reports as DRIVE_REMOTE (a mapped drive). Linux: statfs() of the nearest existing
// folder says NFS, SMB or CIFS, or a FUSE file system mounted by sshfs or another network
// client. False elsewhere and when it cannot be known. Tests set TAVOLO_TEST_NETWORK_DRIVE
// (any value) to have every path treated as a network drive.
bool onNetworkDrive(const QString &path);

// The pieces of onNetworkDrive() that do not ask the system, so that tests on any platform can
// check them. A Windows path (native separators): whether it is a UNC path, else the root of its
// drive letter ("C:\\"), else empty.
bool isUncPath(const QString &nativePath);
QString driveRoot(const QString &nativePath);
// Linux: whether statfs()'s f_type names a network file system; `fuseType` is the type that
// /proc/self/mounts gives a FUSE mount ("fuse.sshfs"), looked at only for FUSE.
bool isNetworkFileSystem(qint64 statfsType, const QString &fuseType = {});

} // namespace tavolo::LocalSystem
