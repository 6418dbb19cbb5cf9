#pragma once

#include <QString>

class QCoreApplication;

namespace tavolo {

// Loads the program's translation (Italian by default, English on request) and Qt's own
// strings for the same language, and sets the default locale so dates read in that language.
class Translations
{
public:
    static void install(QCoreApplication &application, const QString &language);
    static QStringList available(); // {"it", "en"}
};

} // namespace tavolo
