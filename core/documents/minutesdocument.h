#pragma once

#include "core/domain/minutes.h"
#include "core/domain/result.h"
#include "letterhead.h"
#include "meetingdocumentdata.h"

#include <QCoreApplication>
#include <QImage>
#include <memory>

class QTextDocument;

namespace tavolo::documents {

// What the verbale prints (R-K): plain values, filled from the archive by the exports layer.
struct MinutesDocumentData
{
    MeetingDocumentData meeting;
    QTime opened;
    QTime closed;
    QString chair; // "Maria Rossi, Presidente dell'Assemblea dei Sindaci"
    QString secretary; // the segretario verbalizzante
    QStringList present; // "Maria Rossi (Coop. Alfa)", in the attendance sheet's order
    QStringList excused;
    QStringList absent;
    struct Item
    {
        QString title; // the agenda item's text
        QString summary;
        QString decision;
        std::optional<Vote> vote;
        struct Voters // the counted vote's names, when the minutes give them
        {
            QStringList favourable;
            QStringList contrary;
            QStringList abstained;
        } voters;
    };
    QList<Item> items; // in the agenda's order
    bool draft = true;
    QDate approvedOn; // the meeting that approved them, when approved
    struct Correction
    {
        QDate date;
        QString text;
        QString reason;
    };
    QList<Correction> corrections; // rettifiche, printed after the text
};

// The minutes as a document: PDF/A-1b with letterhead, meeting data, attendance, one section
// per agenda item with its decision and vote, the signatures of chair and secretary; "BOZZA"
// on every page (title and footer) while they are a draft. The same text as an editable ODT.
class MinutesDocument
{
    Q_DECLARE_TR_FUNCTIONS(MinutesDocument)
public:
    MinutesDocument(Letterhead letterhead, MinutesDocumentData minutes);

    QString html() const;
    std::unique_ptr<QTextDocument> document() const;
    QString footer() const; // the letterhead's line, "BOZZA – " before it on a draft
    QImage previewImage(int page = 0, int dpi = 60) const;
    // PDF/A-1b; the number of pages.
    Result<int> writePdf(const QString &path) const;
    // OpenDocument Text for the clerk who finishes the text in Word or LibreOffice.
    Result<Done> writeOdt(const QString &path) const;
    bool isDraft() const { return m_minutes.draft; }

    // "approvato all'unanimità" / "favorevoli 9, contrari 1, astenuti 2".
    static QString voteText(const Vote &vote, const MinutesDocumentData::Item::Voters &voters = {});

private:
    QString attendanceBlock() const;
    QString itemsBlock() const;
    QString closingBlock(bool signaturesOnNewPage) const;
    QString html(bool signaturesOnNewPage) const;

    Letterhead m_letterhead;
    MinutesDocumentData m_minutes;
    QImage m_logo;
};

} // namespace tavolo::documents
