#pragma once

#include <QByteArray>
#include <QString>

namespace tavolo {

// Windows-1252 ("ANSI" on an Italian Windows), the encoding Excel uses for "CSV (delimitato dal
// separatore di elenco)". Qt 6.4's QStringDecoder knows only the UTF encodings and Latin-1, and
// QTextCodec lives in the Core5Compat module, which core must not pull in for one table: 1252 is
// Latin-1 except for 0x80–0x9F, so a 32-entry table is all it takes.
class Windows1252
{
public:
    static QString decode(const QByteArray &bytes);
};

} // namespace tavolo
