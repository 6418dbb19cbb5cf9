#pragma once

#include "core/domain/result.h"
#include "letterhead.h"
#include "meetingdocumentdata.h"
#include "recipient.h"

#include <QCoreApplication>
#include <QImage>
#include <QStringList>
#include <memory>

class QTextDocument;

namespace tavolo::documents {

// Foglio presenze: the meeting's header and one row per expected participant (name,
// organisation, seat, an empty signature box), members first, then the guests invited by
// the chair (R-F), then blank rows for delegates who turn up. Contacts are never printed.
class AttendanceSheet
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceSheet)

public:
    AttendanceSheet(Letterhead letterhead, MeetingDocumentData meeting, int blankRows = 3);

    // The sheet with its table in one piece, as Qt would paginate it.
    QString html(const QList<Recipient> &participants) const;
    // Laid out on the pages, the table cut where no row is split by a page break.
    std::unique_ptr<QTextDocument> document(const QList<Recipient> &participants) const;
    QImage previewImage(const QList<Recipient> &participants, int dpi = 60) const;
    // PDF/A-1b; returns the number of pages.
    Result<int> writePdf(const QString &path, const QList<Recipient> &participants) const;

private:
    // The rows of the table after its header, in order, and which of them is the guests'
    // heading (-1: no guests).
    struct TableRows
    {
        QStringList rows;
        int guestHeading = -1;
    };
    TableRows tableRows(const QList<Recipient> &participants) const;
    // The sheet with the table cut before each of `pageStarts` (indexes into rows.rows,
    // ascending): each part a table of its own, with its header, from the top of a new page.
    QString html(const TableRows &rows, const QList<int> &pageStarts) const;

    Letterhead m_letterhead;
    MeetingDocumentData m_meeting;
    int m_blankRows;
    QImage m_logo;
};

} // namespace tavolo::documents
