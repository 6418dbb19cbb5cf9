#pragma once

#include "core/documents/letterexporter.h"
#include "core/documents/minutesdocument.h"
#include "core/domain/minutes.h"
#include "meetingdocuments.h"

namespace tavolo {

class Archive;

// The files of one meeting, written into a folder with names safe on Windows: the letters
// (one per recipient and the combined PDF), the attendance sheet and the calendar file; and the
// composition for publication. One place for the CLI and the GUI.
class MeetingExport
{
    Q_DECLARE_TR_FUNCTIONS(MeetingExport)
public:
    // Refused for an unknown or cancelled meeting; the pack's warnings travel with it. A
    // working group's meeting is a meeting like the Tavolo's (its letters go to the group).
    static Result<MeetingExport> forMeeting(Archive &archive, qint64 meetingId);

    const MeetingPack &pack() const { return m_pack; }
    documents::LetterRenderer renderer(const QString &protocolNumber = {}) const;

    Result<documents::LetterExportReport>
    letters(const QString &folder, const QString &protocolNumber,
            const documents::LetterExporter::Progress &progress = {}) const;
    Result<QString> attendanceSheet(const QString &folder) const;
    Result<QString> calendar(const QString &folder) const;

    // The minutes (R-K), refused when the meeting has none: the document (for a preview) or
    // written into `folder` as PDF/A-1b or as an editable ODT; returns the file's path.
    enum class MinutesFormat { Pdf, Odt };
    Result<documents::MinutesDocument> minutesDocument() const;
    // The minutes as given rather than as saved: the draft being edited (a live preview).
    Result<documents::MinutesDocument> minutesDocument(const Minutes &edited) const;
    Result<QString> minutes(const QString &folder, MinutesFormat format = MinutesFormat::Pdf) const;

    static Result<QString> composition(Archive &archive, QDate date, const QString &folder);

private:
    MeetingExport(Archive &archive, MeetingPack pack);
    static Result<MeetingExport> from(Archive &archive, const Result<MeetingPack> &pack);

    Archive *m_archive;
    MeetingPack m_pack;
    documents::Letterhead m_letterhead;
    documents::LetterTemplate m_template;
};

} // namespace tavolo
