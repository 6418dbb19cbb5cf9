#pragma once

#include "core/domain/history.h"
#include "core/domain/result.h"

#include <QCoreApplication>

namespace tavolo {

// One table a person joins from a day, because a submission was admitted.
struct Admission
{
    qint64 tableId = 0;
    qint64 personId = 0;
    QDate from;
};

// R-L: submissions to a call for expressions of interest. On time or late from the form's
// deadline (the whole day counts unless a time is set); an on-time one is admitted on receipt,
// a late one waits for the clerk's decision with a reason; an admitted expression of interest
// makes its contact a participant of the chosen tables from the admission day.
class SubmissionRules
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionRules)
public:
    // The submission as it is to be recorded (late or not, admitted on receipt or pending),
    // with the warning of R-L when late; or the refusals.
    static Result<Submission> receive(const History &history, const Submission &submission);
    static Problems decideProblems(const History &history, qint64 submissionId, QDate date,
                                   const QString &reason);
    // The tables the submission's contact joins when it is admitted on `day`: those chosen,
    // less those where the contact already takes part that day.
    static QList<Admission> admissions(const History &history, const Submission &submission,
                                       QDate day);
    // "Cooperativa Alfa (prot. 1234 of 09/09/2021 10:15)"
    static QString describe(const History &history, const Submission &submission);
    static QString sender(const History &history, const Submission &submission);
    // "09/09/2021 10:15"; the form's deadline "10/09/2021", or "10/09/2021 12:00" with a time.
    static QString moment(const QDateTime &t);
    static QString deadline(const CallForm &form);
    // Sent by an organisation or by a person; the contact exists.
    static Problems senderProblems(const History &history, const Submission &s);
    // Tables the call opens, with a contact to take part in them.
    static Problems tableChoiceProblems(const History &history, const Call &call,
                                        const Submission &s);
};

} // namespace tavolo
