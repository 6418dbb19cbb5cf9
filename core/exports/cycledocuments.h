#pragma once

#include "core/documents/cycledocumentdata.h"
#include "core/domain/result.h"

#include <QCoreApplication>

namespace tavolo {

class Archive;

// What the documents of the Piano di Zona's participation cycle print, read from the archive
// (R-L, R-M, attendance over time): the plain structs of core/documents/cycledocumentdata.h
// filled from History (docs/documents.md, "The Piano di Zona cycle's documents"). Each is
// refused, naming the id, when the call, submission or cycle does not exist.
class CycleDocuments
{
    Q_DECLARE_TR_FUNCTIONS(CycleDocuments)
public:
    // Every submission to the call, with its body, form, tables, timeliness and decision (an
    // on-time submission needs none) and its contact person's PEC, else e-mail.
    static Result<documents::SubmissionRegisterData> submissionRegister(Archive &archive,
                                                                        qint64 callId, QDate asOf);
    // The receipt of one submission, sent to its body's PEC (else its contact's PEC or
    // e-mail); `protocol` is the receipt's outgoing protocol number.
    static Result<documents::SubmissionReceiptData>
    submissionReceipt(Archive &archive, qint64 submissionId, const QString &protocol, QDate date);
    // The cycle's agreement and the adhesions accepted (R-M), the Ambito named as the
    // letterhead's district.
    static Result<documents::AdherentsListData> adherents(Archive &archive, qint64 cycleId,
                                                          QDate asOf);
    // The held meetings of the cycle's tables, per table and per body (CycleAttendanceReport),
    // from the cycle's first day to its last, or to `asOf` while it is in progress.
    static Result<documents::AttendanceOverTimeData> attendance(Archive &archive, qint64 cycleId,
                                                                QDate asOf);
};

} // namespace tavolo
