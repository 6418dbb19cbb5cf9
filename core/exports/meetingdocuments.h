#pragma once

#include "core/documents/compositionlist.h"
#include "core/documents/meetingdocumentdata.h"
#include "core/documents/recipient.h"
#include "core/domain/result.h"

#include <QCoreApplication>

namespace tavolo {

class Archive;

// What the documents of one meeting print, read from the archive: the meeting, and its
// participants — the members in office on its date (chair, mandatory members or their
// delegates, representatives) then the guests invited by the chair (R-C, R-F) — who are on
// the attendance sheet and in the calendar file; and the recipients of the letters: the same
// people without the signatory, unless the clerk asks that she receives one too
// (the "lettersToSignatory" setting).
struct MeetingPack
{
    documents::MeetingDocumentData meeting;
    QList<documents::Recipient> participants;
    QList<documents::Recipient> recipients;
    Problems warnings; // e.g. letters of a meeting not yet convened, recipients without a PEC
};

class MeetingDocuments
{
    Q_DECLARE_TR_FUNCTIONS(MeetingDocuments)
public:
    // Refused for an unknown or cancelled meeting.
    static Result<MeetingPack> build(Archive &archive, qint64 meetingId);
    // The composition for publication on a date: names, organisations, seats; no contacts.
    static QList<documents::CompositionEntry> composition(Archive &archive, QDate date);
};

} // namespace tavolo
