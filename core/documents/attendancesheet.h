#pragma once

#include "core/domain/result.h"
#include "letterhead.h"
#include "meetingdocumentdata.h"
#include "pagedtable.h"
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
    PagedTable pagedTable(const QList<Recipient> &participants) const;

    Letterhead m_letterhead;
    MeetingDocumentData m_meeting;
    int m_blankRows;
    QImage m_logo;
};

} // namespace tavolo::documents
