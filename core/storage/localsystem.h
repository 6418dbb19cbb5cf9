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

} // namespace tavolo::LocalSystem
