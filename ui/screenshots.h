#pragma once

#include <QString>

namespace tavolo {

class MainWindow;

// For the documentation (scripts/screenshots.sh): shows each navigation page of `window` at
// 1366×768 and writes DIR/<page>.png, then the record dialogs over the first records.
// Returns a process exit code (0 when every picture was written).
class Screenshots
{
public:
    static int take(MainWindow &window, const QString &folder);
};

} // namespace tavolo
