#pragma once

class QTextDocument;

namespace tavolo::documents::glyphs {

// The documents are printed in one font, embedded in every PDF (PagedOutput::fontFamily). A
// character it has no glyph for (an emoji, a CJK ideograph, a rare symbol) was drawn from
// whatever font the machine had, or blank, and then vanished from the PDF's text: the letter
// differed from machine to machine and said less than the clerk typed. Such a character is
// printed instead as its code, "[U+1F389]", visible and searchable in the PDF; characters that
// are invisible by design (format characters such as the zero-width joiner, variation
// selectors) are dropped. What the font has stays as it is.

// Replaces every such character of a document (template and values alike), keeping each
// fragment's format; after setHtml.
void replaceMissing(QTextDocument &document);

} // namespace tavolo::documents::glyphs
