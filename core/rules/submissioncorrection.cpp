#include "submissioncorrection.h"

#include "participationrules.h"
#include "ruletext.h"

namespace tavolo {

namespace {

const QString kRule = QStringLiteral("R-L");

// The participations a submission gave: the rows that name it.
QList<Admission> givenBy(const History &history, qint64 submissionId)
{
    QList<Admission> out;
    for (const PlanningTable &t : history.tables)
        for (const TableParticipant &p : t.participants)
            if (p.submissionId == submissionId)
                out << Admission {t.id, p.personId, p.period.from};
    return out;
}

const Admission *sameSeat(const QList<Admission> &list, const Admission &a)
{
    for (const Admission &b : list)
        if (b.tableId == a.tableId && b.personId == a.personId)
            return &b;
    return nullptr;
}

} // namespace

Problems SubmissionCorrection::timeliness(const Submission &old, const CallForm &form,
                                          Submission &s)
{
    s.late = form.isLate(s.received);
    s.decision = old.decision;
    s.decidedOn = old.decidedOn;
    s.reason = old.reason;
    const QString received = SubmissionRules::moment(s.received);
    const QString deadline = SubmissionRules::deadline(form);
    if (s.late == old.late) {
        if (!s.late)
            s.decidedOn = s.received.date(); // admitted on receipt
        else if (s.decision != Decision::Pending && s.decidedOn < s.received.date())
            return {Problem::refused(kRule,
                                     tr("The submission was decided on %1, before the corrected "
                                        "day of receipt (%2).")
                                         .arg(RuleText::day(s.decidedOn), received),
                                     QStringLiteral("received"))};
        return {};
    }
    if (s.late) {
        s.decision = Decision::Pending;
        s.decidedOn = {};
        s.reason.clear();
        return {Problem::warning(kRule,
                                 tr("Corrected, the submission was received on %1, after the "
                                    "deadline of the form %2 (%3): it is late, its admission on "
                                    "receipt is withdrawn and it waits for your decision, with a "
                                    "reason.")
                                     .arg(received, s.form, deadline),
                                 QStringLiteral("received"))};
    }
    QString earlier;
    if (old.decision != Decision::Pending)
        earlier = tr(" The decision taken on it as late (%1 on %2: %3) no longer applies.")
                      .arg(CycleTerms::decisionLabel(old.decision), RuleText::day(old.decidedOn),
                           old.reason);
    s.decision = Decision::Admitted;
    s.decidedOn = s.received.date();
    s.reason.clear();
    return {Problem::warning(kRule,
                             tr("Corrected, the submission was received on %1, within the "
                                "deadline of the form %2 (%3): it is on time and admitted on "
                                "receipt.")
                                     .arg(received, s.form, deadline)
                                 + earlier,
                             QStringLiteral("received"))};
}

Problems SubmissionCorrection::participations(const History &history, const Submission &old,
                                              CorrectedSubmission &c)
{
    const QList<Admission> before = givenBy(history, old.id);
    History without = history;
    for (PlanningTable &t : without.tables)
        t.participants.removeIf(
            [&](const TableParticipant &p) { return p.submissionId == old.id; });
    const QList<Admission> after = c.submission.isAdmitted()
        ? SubmissionRules::admissions(without, c.submission, c.submission.decidedOn)
        : QList<Admission> {};
    Problems problems;
    for (const Admission &b : before) {
        const Admission *a = sameSeat(after, b);
        if (a && a->from == b.from)
            continue;
        // Taken out, or joining later: no meeting she attended may fall in between.
        const Meeting *m =
            ParticipationRules::attendedAfter(history, b.tableId, b.personId, b.from.addDays(-1));
        if (m && (!a || m->date < a->from))
            problems << ParticipationRules::removalProblems(history, b.tableId, b.personId, b.from);
        if (a)
            c.moved << *a;
        else
            c.removed << b;
    }
    for (const Admission &a : after)
        if (!sameSeat(before, a))
            c.added << a;
    return problems;
}

Result<CorrectedSubmission> SubmissionCorrection::check(const History &history,
                                                        const Submission &corrected)
{
    using R = Result<CorrectedSubmission>;
    const Submission *old = history.submission(corrected.id);
    if (!old)
        return R::refused(Problem::refused(QStringLiteral("NOT-FOUND"),
                                           SubmissionRules::tr("There is no submission with id "
                                                               "%1.")
                                               .arg(corrected.id),
                                           QStringLiteral("submission")));
    const Call *call = history.call(old->callId);
    const CallForm *form = call ? call->form(old->form) : nullptr;
    if (!form)
        return R::refused(
            Problem::refused(QStringLiteral("NOT-FOUND"),
                             SubmissionRules::tr("There is no call with id %1.").arg(old->callId),
                             QStringLiteral("call")));
    if (!corrected.received.isValid())
        return R::refused(Problem::refused(QStringLiteral("REQUIRED"),
                                           SubmissionRules::tr("Give the day and time the "
                                                               "submission was received."),
                                           QStringLiteral("received")));
    CorrectedSubmission c;
    c.submission = corrected;
    Submission &s = c.submission;
    s.callId = old->callId;
    s.form = old->form;
    s.organisationId = old->organisationId;
    s.personId = old->personId;
    Problems problems = SubmissionRules::senderProblems(history, s)
        + SubmissionRules::tableChoiceProblems(history, *call, s);
    if (!hasRefusal(problems))
        problems += timeliness(*old, *form, s);
    if (!hasRefusal(problems))
        problems += participations(history, *old, c);
    if (hasRefusal(problems))
        return R::refused(problems);
    return R::ok(c, problems);
}

} // namespace tavolo
