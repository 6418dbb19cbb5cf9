#pragma once

#include <QSet>
#include <QString>

namespace tavolo::documents {

// File names that Windows accepts (the clerk's workstation) and that stay readable:
// no < > : " / \ | ? * or control characters, no invisible format characters (Unicode Cf:
// bidirectional overrides, zero-width spaces), no trailing dot or space, no reserved device
// name (CON, PRN, AUX, NUL, COM1…COM9, LPT1…LPT9, with or without extension), at most
// MaxLength characters with the extension.
namespace safefilename {

constexpr int MaxLength = 100;

// `stem` cleaned: forbidden characters become "-", runs of spaces collapse, length cut to fit
// `extension` (given without dot, e.g. "pdf") at the end of a word; never empty ("documento").
QString make(const QString &stem, const QString &extension);

// As make(), then " (2)", " (3)" … until the name is in neither `taken` nor the folder
// `directory` (compared case-insensitively, as on Windows). Adds the result to `taken`.
QString unique(const QString &stem, const QString &extension, const QString &directory,
               QSet<QString> &taken);

// The path in `directory` of a name unique() gives, for one file: an export never overwrites a
// file the clerk keeps there, nor writes through a link that happens to carry the name.
QString freshPath(const QString &directory, const QString &stem, const QString &extension);

bool isReservedDeviceName(const QString &name); // "CON", "com1.txt", "Lpt9" …

} // namespace safefilename
} // namespace tavolo::documents
