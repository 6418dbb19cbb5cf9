#include "glyphcoverage.h"

#include <QRawFont>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <optional>

namespace tavolo::documents::glyphs {

namespace {

bool hasGlyph(char32_t c)
{
    // Regular, Bold and Italic are cut from DejaVu Serif to the same characters
    // (resources/documents/fonts/make-fonts.sh).
    static const QRawFont font(QStringLiteral(":/documents/fonts/TavoloSerif-Regular.ttf"), 12);
    // A font that cannot be read (never, with the resources linked) must not turn every
    // character into its code: then nothing is replaced.
    return !font.isValid() || font.supportsCharacter(c);
}

bool invisible(char32_t c)
{
    return QChar::category(c) == QChar::Other_Format || (c >= 0xFE00 && c <= 0xFE0F)
        || (c >= 0xE0100 && c <= 0xE01EF);
}

// Characters QTextDocument uses for its own structure, not text to draw.
bool structural(char32_t c)
{
    return c == QChar::ObjectReplacementCharacter || c == QChar::LineSeparator
        || c == QChar::ParagraphSeparator || c == u'\t' || c == u'\n' || c == QChar::Nbsp;
}

// The text that stands for `c`, or nothing when it is printed as it is.
std::optional<QString> replacement(char32_t c)
{
    if (structural(c) || hasGlyph(c))
        return std::nullopt;
    if (invisible(c))
        return QString();
    return QStringLiteral("[U+%1]").arg(
        QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0')));
}

template<typename Visit> void forEachCodePoint(const QString &text, Visit visit)
{
    for (qsizetype i = 0; i < text.size();) {
        const char32_t c =
            text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()
            ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1))
            : text.at(i).unicode();
        const qsizetype length = QChar::requiresSurrogates(c) ? 2 : 1;
        visit(i, length, c);
        i += length;
    }
}

} // namespace

void replaceMissing(QTextDocument &document)
{
    struct Change
    {
        int position;
        int length;
        QString text;
        QTextCharFormat format;
    };
    QList<Change> changes;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QString text = fragment.text();
            forEachCodePoint(text, [&](qsizetype at, qsizetype length, char32_t c) {
                if (const auto instead = replacement(c))
                    changes << Change {fragment.position() + int(at), int(length), *instead,
                                       fragment.charFormat()};
            });
        }
    }
    if (changes.isEmpty())
        return;
    // From the end, so that the positions still to change stay where they were found.
    QTextCursor cursor(&document);
    cursor.beginEditBlock();
    for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        cursor.insertText(it->text, it->format);
    }
    cursor.endEditBlock();
}

} // namespace tavolo::documents::glyphs
