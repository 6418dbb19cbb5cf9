#pragma once

#include <QString>

namespace tavolo::TextLimits {

// The longest text a stored field takes, by its column name ("given_name", "notes", "value").
// The one door of text into the archive (sql::exec) refuses a longer one with the limit named;
// the dialogs stop typing at the same length (ui/fieldlimits.h). A 1 MB name made a 509-page
// letter in 27 s and a 50 MB note half a gigabyte of memory: names and one-line values are
// short, texts (notes, agenda items, reasons) a few pages, the letter template
// (document_settings.value) larger.
int forColumn(const QString &column);

// The column of a field named as the program's records and dialogs name it ("givenName",
// "actReference"): the same words in snake case.
QString columnOf(const QString &field);

} // namespace tavolo::TextLimits
