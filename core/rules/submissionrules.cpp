#include "submissionrules.h"

#include "cyclerules.h"
#include "ruletext.h"

namespace tavolo {

namespace {

const QString kRule = QStringLiteral("R-L");

bool sameSender(const Submission &a, const Submission &b)
{
    return a.organisationId == b.organisationId && a.personId == b.personId;
}

} // namespace

QString SubmissionRules::moment(const QDateTime &t)
{
    return QStringLiteral("%1 %2").arg(RuleText::day(t.date()),
                                       t.time().toString(QStringLiteral("HH:mm")));
}

QString SubmissionRules::deadline(const CallForm &form)
{
    return form.deadlineTime.isValid() ? QStringLiteral("%1 %2").arg(
               RuleText::day(form.deadline), form.deadlineTime.toString(QStringLiteral("HH:mm")))
                                       : RuleText::day(form.deadline);
}

QString SubmissionRules::sender(const History &history, const Submission &s)
{
    if (s.organisationId)
        return history.organisationName(*s.organisationId);
    return s.personId ? history.personName(*s.personId) : QString();
}

QString SubmissionRules::describe(const History &history, const Submission &s)
{
    if (s.protocol.isEmpty())
        return tr("%1 (received %2)").arg(sender(history, s), moment(s.received));
    return tr("%1 (prot. %2 of %3)").arg(sender(history, s), s.protocol, moment(s.received));
}

Problems SubmissionRules::senderProblems(const History &history, const Submission &s)
{
    if (s.organisationId.has_value() == s.personId.has_value())
        return {Problem::refused(QStringLiteral("INPUT"),
                                 tr("A submission is sent by an organisation or by a person: "
                                    "give one of the two."),
                                 QStringLiteral("organisation"))};
    if (s.contactId && !history.personNames.contains(*s.contactId))
        return {Problem::refused(QStringLiteral("NOT-FOUND"),
                                 tr("There is no person with id %1.").arg(*s.contactId),
                                 QStringLiteral("contact"))};
    return {};
}

Problems SubmissionRules::tableChoiceProblems(const History &history, const Call &call,
                                              const Submission &s)
{
    Problems problems;
    for (qint64 id : s.tables)
        if (!call.tables.contains(id))
            problems << Problem::refused(kRule,
                                         tr("The call \"%1\" does not open %2.")
                                             .arg(call.title, CycleRules::tableName(history, id)),
                                         QStringLiteral("tables"));
    if (!s.tables.isEmpty() && !s.contactId)
        problems << Problem::refused(kRule,
                                     tr("Name the contact person who will take part in the "
                                        "tables chosen."),
                                     QStringLiteral("contact"));
    return problems;
}

Result<Submission> SubmissionRules::receive(const History &history, const Submission &given)
{
    using R = Result<Submission>;
    const Call *call = history.call(given.callId);
    if (!call)
        return R::refused(Problem::refused(QStringLiteral("NOT-FOUND"),
                                           tr("There is no call with id %1.").arg(given.callId),
                                           QStringLiteral("call")));
    const CallForm *form = call->form(given.form);
    if (!form)
        return R::refused(Problem::refused(
            kRule, tr("The call \"%1\" has no form %2.").arg(call->title, given.form),
            QStringLiteral("form")));
    if (!given.received.isValid())
        return R::refused(Problem::refused(QStringLiteral("REQUIRED"),
                                           tr("Give the day and time the submission was "
                                              "received."),
                                           QStringLiteral("received")));
    Problems problems = senderProblems(history, given) + tableChoiceProblems(history, *call, given);
    if (hasRefusal(problems))
        return R::refused(problems);
    for (const Submission &first : history.submissions)
        if (first.callId == given.callId && first.form == given.form && sameSender(first, given))
            return R::refused(Problem::refused(
                kRule,
                tr("The form %1 of the call \"%2\" was already received from %3: correct that "
                   "submission (id %4, submission.update) instead of recording a second one.")
                    .arg(given.form, call->title, describe(history, first))
                    .arg(first.id),
                QStringLiteral("form")));
    Submission s = given;
    s.late = form->isLate(s.received);
    if (s.late) {
        s.decision = Decision::Pending;
        problems << Problem::warning(
            kRule,
            tr("Received on %1, after the deadline of the form %2 (%3): late, it waits for your "
               "decision, with a reason.")
                .arg(moment(s.received), s.form, deadline(*form)),
            QStringLiteral("received"));
    } else {
        s.decision = Decision::Admitted;
        s.decidedOn = s.received.date();
    }
    return R::ok(s, problems);
}

Problems SubmissionRules::decideProblems(const History &history, qint64 id, QDate date,
                                         const QString &reason)
{
    const Submission *s = history.submission(id);
    if (!s)
        return {Problem::refused(QStringLiteral("NOT-FOUND"),
                                 tr("There is no submission with id %1.").arg(id),
                                 QStringLiteral("submission"))};
    if (s->decision != Decision::Pending)
        return {
            Problem::refused(kRule,
                             tr("The submission of %1 is already %2 (%3).")
                                 .arg(describe(history, *s), CycleTerms::decisionLabel(s->decision),
                                      RuleText::day(s->decidedOn)),
                             QStringLiteral("submission"))};
    if (!date.isValid() || date < s->received.date())
        return {Problem::refused(kRule,
                                 tr("The decision is taken on the day of receipt (%1) or later.")
                                     .arg(RuleText::day(s->received.date())),
                                 QStringLiteral("date"))};
    if (reason.trimmed().isEmpty())
        return {Problem::refused(kRule, tr("A late submission is decided with a reason."),
                                 QStringLiteral("reason"))};
    return {};
}

QList<Admission> SubmissionRules::admissions(const History &history, const Submission &s, QDate day)
{
    QList<Admission> out;
    if (!s.contactId)
        return out;
    for (qint64 tableId : s.tables) {
        const PlanningTable *t = history.table(tableId);
        if (t && !t->participantsOn(day).contains(*s.contactId))
            out << Admission {tableId, *s.contactId, day};
    }
    return out;
}

} // namespace tavolo
