#pragma once

#include "core/domain/history.h"
#include "core/domain/result.h"
#include "submissionrules.h"

#include <QCoreApplication>

namespace tavolo {

// A submission as corrected, and what the correction does to the tables' participants.
struct CorrectedSubmission
{
    Submission submission; // to be stored: fields, timeliness and decision
    QList<Admission> removed; // participations it gave and gives no longer
    QList<Admission> moved; // those it still gives, from another day (`from`: the new day)
    QList<Admission> added;
};

// R-L: correcting a submission recorded with a mistake (submission.update) instead of
// recording a second one. Its call, form and sender stay; contact, tables, channel, day and
// time of receipt, protocol and notes may change. A correction that changes whether it was on
// time does not keep the decision silently: corrected to late, its admission on receipt is
// withdrawn and it waits for the clerk's decision; corrected to on time, it is admitted on
// receipt and a decision taken on it as late no longer applies; each said in a warning. The
// participations it gave follow the corrected contact, tables and admission day, unless the
// record of a meeting says the person took part (then refused, naming the meeting).
class SubmissionCorrection
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionCorrection)
public:
    static Result<CorrectedSubmission> check(const History &history, const Submission &corrected);

private:
    static Problems timeliness(const Submission &old, const CallForm &form, Submission &s);
    static Problems participations(const History &history, const Submission &old,
                                   CorrectedSubmission &c);
};

} // namespace tavolo
