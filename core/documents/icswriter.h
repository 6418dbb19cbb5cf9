#pragma once

#include "core/domain/result.h"
#include "letterhead.h"
#include "meetingdocumentdata.h"
#include "recipient.h"

#include <QCoreApplication>
#include <QDateTime>

namespace tavolo::documents {

// Calendar file of a meeting (RFC 5545): one VEVENT in Europe/Rome time with its VTIMEZONE,
// the office as ORGANIZER, every recipient with a PEC/e-mail as ATTENDEE (guests optional,
// R-F), the place or online link as LOCATION and the agenda in DESCRIPTION.
// Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 sequence.
class IcsWriter
{
    Q_DECLARE_TR_FUNCTIONS(IcsWriter)

public:
    // `stamp` is DTSTAMP (UTC); tests pass a fixed one.
    static QByteArray calendar(const MeetingDocumentData &meeting, const Letterhead &organiser,
                               const QList<Recipient> &attendees,
                               const QDateTime &stamp = QDateTime::currentDateTimeUtc());
    static Result<Done> writeFile(const QString &path, const MeetingDocumentData &meeting,
                                  const Letterhead &organiser, const QList<Recipient> &attendees);

    static QString uid(const MeetingDocumentData &meeting);
    // TEXT value escaping (RFC 5545 §3.3.11): \ ; , and newlines.
    static QString escapeText(const QString &text);
    // One content line, folded (§3.1), with the final CRLF.
    static QByteArray foldLine(const QByteArray &utf8Line);
};

} // namespace tavolo::documents
