#pragma once

#include "core/documents/minutesdocument.h"
#include "core/domain/minutes.h"
#include "core/domain/result.h"

#include <QCoreApplication>

namespace tavolo {

class Archive;

// From the archive to what the minutes print (R-K): the meeting's data as its letters have
// them, the attendance in words, each agenda item with its summary, decision and vote.
class MinutesDocuments
{
    Q_DECLARE_TR_FUNCTIONS(MinutesDocuments)
public:
    // Refused for an unknown meeting or one without minutes.
    static Result<documents::MinutesDocumentData> build(Archive &archive, qint64 meetingId);
    // The same with `minutes` as given, not as saved: a draft being edited, previewed live.
    static Result<documents::MinutesDocumentData> build(Archive &archive, qint64 meetingId,
                                                        const Minutes &minutes);
};

} // namespace tavolo
