#pragma once

#include "core/domain/category.h"

#include <QString>
#include <optional>

namespace tavolo {

// How the cells of a spreadsheet turn into register values. Clerks type headers and categories
// in many ways ("Codice Fiscale", "C.F.", "Cooperativa sociale", "ODV"): everything is compared
// in a folded form — lower case, accents dropped, anything but letters and digits a single space.
class ImportValues
{
public:
    static QString folded(const QString &text);

    // A category from its JSON id ("social-cooperative"), its Italian name or a common
    // abbreviation (see the table in importvalues.cpp), or its label in the current language.
    // An empty cell is Other (as in org.add).
    static std::optional<Category> category(const QString &text);
    // "sì", "si", "yes", "x", "1", "true", "vero" / "no", "0", "false", "falso"; empty is
    // `fallback`.
    static std::optional<bool> boolean(const QString &text, bool fallback);
    // A single-line field: line breaks inside a quoted cell become spaces.
    static QString singleLine(const QString &text);
    // Notes keep their line breaks, as LF.
    static QString multiLine(const QString &text);
};

} // namespace tavolo
