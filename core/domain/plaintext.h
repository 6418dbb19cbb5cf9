#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace tavolo {

// Text that people type into the archive: names, places, agenda items, notes. Line breaks and
// tabs are text; other control characters (NUL, ESC, BEL, VT, the C1 range) are not. They come
// from a paste or a crafted file, they break the documents (a PDF/A's XMP packet may not hold
// them) and they reach the clerk's terminal as escape sequences. A lone UTF-16 surrogate is
// half a character and cannot be written as UTF-8 at all.
class PlainText
{
    Q_DECLARE_TR_FUNCTIONS(PlainText)
public:
    // Why `text` cannot be stored, naming the character and showing where it is; nothing when
    // it can.
    static std::optional<QString> error(const QString &text);
};

} // namespace tavolo
