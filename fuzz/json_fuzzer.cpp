// libFuzzer target for the JSON reader of `tavolo-cli apply` (core/io/jsonreader): a batch is
// text a person or a script wrote, so any bytes must give a document or one refusal, never a
// crash, a hang or a leak. Besides the sanitizers it checks the reader's promise that no member
// is silently lost: an accepted document holds exactly as many object members as the text has
// name separators (':' outside strings), and writing it and reading it again gives it back.

#include "core/io/jsonreader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVariant>
#include <cstdint>
#include <cstdlib>

using namespace tavolo;

namespace {

qsizetype membersIn(const QJsonValue &value)
{
    qsizetype count = 0;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        count += object.size();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            count += membersIn(it.value());
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            count += membersIn(item);
    }
    return count;
}

// The ':' of the text that are not inside a string: in valid JSON, one per object member.
qsizetype nameSeparatorsIn(const QByteArray &text)
{
    qsizetype count = 0;
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (inString && c == '\\')
            ++i;
        else if (c == '"')
            inString = !inString;
        else if (!inString && c == ':')
            ++count;
    }
    return count;
}

QJsonValue rootOf(const QJsonDocument &document)
{
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto document = JsonReader::read(bytes);
    if (!document) {
        if (document.problems().size() != 1 || document.problems().constFirst().message.isEmpty())
            std::abort();
        return 0;
    }
    if (membersIn(rootOf(document.value())) != nameSeparatorsIn(bytes))
        std::abort();
    // Compared as variants (QMap: ordered by QString's own comparison): Qt 6.4's QJsonObject
    // may order a key with non-Latin-1 characters differently after a round trip, so that two
    // documents with the same members compare unequal.
    const QVariant members = document.value().toVariant();
    for (const auto format : {QJsonDocument::Compact, QJsonDocument::Indented}) {
        const auto again = JsonReader::read(document.value().toJson(format));
        if (!again || again.value().toVariant() != members)
            std::abort();
    }
    return 0;
}
