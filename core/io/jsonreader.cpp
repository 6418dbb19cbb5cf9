#include "jsonreader.h"

#include <QJsonArray>
#include <QList>
#include <QSet>
#include <cctype>
#include <optional>

namespace tavolo {

namespace {

Result<QJsonDocument> refused(const QString &message)
{
    return Result<QJsonDocument>::refused(Problem::refused(QStringLiteral("INPUT"), message));
}

// The string starting at text[at] == '"' (already known to be valid JSON), decoded by Qt's own
// parser so that two keys are the same exactly when QJsonObject would merge them ("a" and
// "\u0061" are); `at` ends past the closing quote.
// Qt's parser also takes what RFC 8259 forbids in a string (a raw control character, an
// escape such as "\d"), and may write it back as something else: `valid` says whether the
// string keeps to the standard.
QString readString(const QByteArray &text, qsizetype &at, bool &valid)
{
    static const QByteArray escapes = QByteArrayLiteral("\"\\/bfnrtu");
    const qsizetype start = at;
    ++at;
    while (at < text.size() && text.at(at) != '"') {
        const char c = text.at(at);
        // A raw U+FEFF (EF BB BF): Qt's parser drops it from the start of a string, so a key or
        // value would change without a word.
        if (uchar(c) < 0x20 || text.mid(at, 3) == QByteArrayLiteral("\xef\xbb\xbf"))
            valid = false;
        if (c == '\\') {
            const char e = at + 1 < text.size() ? text.at(at + 1) : '\0';
            if (!escapes.contains(e))
                valid = false;
            if (e == 'u') {
                for (qsizetype i = at + 2; i < at + 6; ++i) {
                    if (i >= text.size() || !std::isxdigit(uchar(text.at(i))))
                        valid = false;
                }
            }
            at += 2;
        } else {
            ++at;
        }
    }
    ++at;
    const QByteArray token = '[' + text.mid(start, at - start) + ']';
    return QJsonDocument::fromJson(token).array().at(0).toString();
}

// The first key written twice in one object of `text` (valid JSON to Qt) and its line, or the
// first string that is not valid JSON (`key` empty, `badString` set).
struct Duplicate
{
    QString key;
    int line = 0;
    bool badString = false;
};

std::optional<Duplicate> firstDuplicateKey(const QByteArray &text)
{
    struct Level
    {
        bool object = false;
        bool expectKey = false;
        QSet<QString> keys;
    };
    QList<Level> stack;
    int line = 1;
    for (qsizetype at = 0; at < text.size();) {
        const char c = text.at(at);
        switch (c) {
        case '{':
            stack.append({true, true, {}});
            ++at;
            break;
        case '[':
            stack.append({false, false, {}});
            ++at;
            break;
        case '}':
        case ']':
            if (!stack.isEmpty())
                stack.removeLast();
            ++at;
            break;
        case ',':
            if (!stack.isEmpty() && stack.last().object)
                stack.last().expectKey = true;
            ++at;
            break;
        case '"': {
            const qsizetype start = at;
            bool valid = true;
            const QString value = readString(text, at, valid);
            if (!valid)
                return Duplicate {{}, line, true};
            if (!stack.isEmpty() && stack.last().object && stack.last().expectKey) {
                Level &level = stack.last();
                level.expectKey = false;
                if (level.keys.contains(value))
                    return Duplicate {value, line};
                level.keys.insert(value);
            }
            line += int(text.mid(start, at - start).count('\n'));
            break;
        }
        case '\n':
            ++line;
            ++at;
            break;
        default:
            ++at;
            break;
        }
    }
    return std::nullopt;
}

} // namespace

Result<QJsonDocument> JsonReader::read(const QByteArray &text)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = int(text.left(error.offset).count('\n')) + 1;
        return refused(tr("The text is not valid JSON: %1 on line %2 (character %3).")
                           .arg(error.errorString())
                           .arg(line)
                           .arg(error.offset));
    }
    const auto duplicate = firstDuplicateKey(text);
    if (duplicate && duplicate->badString)
        return refused(tr("The text is not valid JSON: a string on line %1 holds a control "
                          "character, a byte-order mark or an escape JSON does not have (only \\\" "
                          "\\\\ \\/ \\b \\f "
                          "\\n \\r \\t \\uXXXX are).")
                           .arg(duplicate->line));
    if (duplicate)
        return refused(tr("The key \"%1\" is written twice in the same object (line %2): only "
                          "one value can be meant. Remove one of the two.")
                           .arg(duplicate->key)
                           .arg(duplicate->line));
    return Result<QJsonDocument>::ok(std::move(document));
}

} // namespace tavolo
