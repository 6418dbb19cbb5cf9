#include "plaintext.h"

namespace tavolo {

namespace {

bool isControl(char16_t c)
{
    if (c == u'\t' || c == u'\n' || c == u'\r')
        return false;
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0xfffe || c == 0xffff;
}

QString codeOf(char32_t c)
{
    return QStringLiteral("U+")
        + QStringLiteral("%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

// The text around position `at`, with the character shown as its code.
QString excerpt(const QString &text, qsizetype at, qsizetype length)
{
    const qsizetype from = qMax<qsizetype>(0, at - 20);
    QString before = text.mid(from, at - from);
    QString after = text.mid(at + length, 20);
    for (QString *part : {&before, &after}) {
        for (QChar &c : *part) {
            if (isControl(c.unicode()) || c.isSurrogate())
                c = QChar(0xfffd);
        }
    }
    return before + QLatin1Char('[') + codeOf(text.at(at).unicode()) + QLatin1Char(']') + after;
}

} // namespace

std::optional<QString> PlainText::error(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return tr("The text \"%1\" holds half of a character (a lone surrogate, %2): it "
                      "cannot be saved. Type that part again.")
                .arg(excerpt(text, i, 1), codeOf(c.unicode()));
        if (isControl(c.unicode()))
            return tr("The text \"%1\" holds an invisible control character (%2), which "
                      "documents and terminals cannot show: remove it (it often comes with a "
                      "paste).")
                .arg(excerpt(text, i, 1), codeOf(c.unicode()));
    }
    return std::nullopt;
}

} // namespace tavolo
