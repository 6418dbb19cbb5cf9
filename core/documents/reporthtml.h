#pragma once

#include <QString>

// The pieces of HTML the annual report's sections are written with: Italian numbers and
// percentages, paragraphs, table cells. Escaped here, so that a section never escapes twice.
namespace tavolo::documents::reporthtml {

QString number(double value, int decimals = 0); // "12,5" as Italian writes it
QString rate(int present, int recorded); // "75%", or "–" when nobody was recorded
QString ofPercent(const QString &percent); // "dell'80%", "del 97%": the article as it is read
QString paragraph(const QString &text); // text already in HTML
QString nothing(const QString &sentence); // a section with nothing to report, in italics
QString th(const QString &text, int width = 0, bool left = true); // width in % of the table
QString td(const QString &text);
QString tdRight(const QString &text);
QString count(int n, const QString &one, const QString &many); // "1 seduta", "3 sedute"

} // namespace tavolo::documents::reporthtml
