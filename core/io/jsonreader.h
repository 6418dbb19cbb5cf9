#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace tavolo {

// Reads JSON that a person or a script wrote for Tavolo (the batches of `tavolo-cli apply`).
// Stricter than QJsonDocument::fromJson, which keeps the last of two members with the same
// name without a word: a key written twice in one object is refused, naming the key and its
// line, because one of the two values the writer meant would be silently lost.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
public:
    // The document, or one refusal (rule INPUT) saying what is wrong and where.
    static Result<QJsonDocument> read(const QByteArray &text);
};

} // namespace tavolo
