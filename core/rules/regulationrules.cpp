#include "regulationrules.h"

#include "composition.h"
#include "ruletext.h"

namespace tavolo {

namespace {

const QString kRule = QStringLiteral("R-H");

} // namespace

Problems RegulationRules::requirementProblems(const Regulation &current, const Amendment &a)
{
    Problems problems;
    if (a.minMeetingsPerYear && *a.minMeetingsPerYear < 2)
        problems << Problem::refused(
            kRule,
            tr("The Tavolo meets at least twice a year (requirement c): an amendment cannot set "
               "%n meeting(s) a year.",
               nullptr, *a.minMeetingsPerYear),
            QStringLiteral("minMeetingsPerYear"));
    if (a.threshold) {
        const auto [num, den] = *a.threshold;
        if (num <= 0 || den <= 0 || num > den)
            problems << Problem::refused(QStringLiteral("INPUT"),
                                         tr("The request threshold must be a fraction such as "
                                            "\"1/3\"."),
                                         QStringLiteral("requestThreshold"));
        else if (num * 3 > den)
            problems << Problem::refused(
                kRule,
                tr("One third of the representatives can ask for a meeting (requirement d): the "
                   "threshold cannot be raised to %1/%2.")
                    .arg(num)
                    .arg(den),
                QStringLiteral("requestThreshold"));
    }
    if (a.noticeDays && *a.noticeDays < 0)
        problems << Problem::refused(QStringLiteral("INPUT"),
                                     tr("The notice cannot be a negative number of days."),
                                     QStringLiteral("noticeDays"));
    if (a.requestDeadlineDays && *a.requestDeadlineDays < 1)
        problems << Problem::refused(
            QStringLiteral("INPUT"),
            tr("The days allowed to convene after a request must be at least 1."),
            QStringLiteral("requestDeadlineDays"));
    if (a.seats) {
        for (auto it = a.seats->cbegin(); it != a.seats->cend(); ++it)
            if (current.seatsOf(it.key()) != it.value())
                problems << Problem::refused(
                    kRule,
                    tr("The seats of the category \"%1\" are fixed by requirement e (%2): an "
                       "amendment cannot make them %3.")
                        .arg(Categories::label(it.key()))
                        .arg(current.seatsOf(it.key()))
                        .arg(it.value()),
                    QStringLiteral("seats"));
    }
    if (a.offices) {
        for (Office office : Offices::all())
            if (!a.offices->contains(office))
                problems << Problem::refused(
                    kRule,
                    tr("The %1 is a member required by requirements a–b: an amendment cannot "
                       "remove the office.")
                        .arg(Offices::label(office)),
                    QStringLiteral("offices"));
    }
    return problems;
}

// "Approved at the first useful session": a held meeting of the Tavolo, on or before the
// amendment's date, with every approver present (R-H).
Problems RegulationRules::meetingProblems(const History &history, const Amendment &a)
{
    if (!a.atMeeting)
        return {};
    const Meeting *m = history.meeting(*a.atMeeting);
    if (!m)
        return {Problem::refused(QStringLiteral("NOT-FOUND"),
                                 tr("There is no meeting with id %1.").arg(*a.atMeeting),
                                 QStringLiteral("atMeeting"))};
    if (m->body.kind != BodyKind::Tavolo || !m->isHeld() || m->date > a.date)
        return {Problem::refused(kRule,
                                 tr("An amendment is approved at a held meeting of the Tavolo on "
                                    "or before its date (%1): the meeting of %2 is not one.")
                                     .arg(RuleText::day(a.date), RuleText::day(m->date)),
                                 QStringLiteral("atMeeting"))};
    QList<qint64> away;
    for (qint64 id : a.approvals)
        if (m->attendance.value(id, Attendance::Absent) != Attendance::Present)
            away << id;
    if (!away.isEmpty())
        return {Problem::refused(kRule,
                                 tr("The approvers must be among those present at the meeting of "
                                    "%1; not present: %2.")
                                     .arg(RuleText::day(m->date), RuleText::people(history, away)),
                                 QStringLiteral("approvals"))};
    return {};
}

Problems RegulationRules::approvalProblems(const History &history, const Amendment &a)
{
    const Composition composition = CompositionRules::compositionOn(history, a.date);
    const QList<qint64> members = composition.members();
    if (members.isEmpty())
        return {Problem::refused(kRule,
                                 tr("The Tavolo has no members in office on %1, so nobody can "
                                    "approve an amendment.")
                                     .arg(RuleText::day(a.date)),
                                 QStringLiteral("date"))};
    Problems problems;
    QList<qint64> strangers;
    for (qint64 id : a.approvals)
        if (!members.contains(id))
            strangers << id;
    if (!strangers.isEmpty())
        problems << Problem::refused(
            kRule,
            tr("Not members of the Tavolo on %1, so their approval does "
               "not count: %2.")
                .arg(RuleText::day(a.date), RuleText::people(history, strangers)),
            QStringLiteral("approvals"));
    QList<qint64> missing;
    for (qint64 id : members)
        if (!a.approvals.contains(id))
            missing << id;
    if (!missing.isEmpty())
        problems << Problem::refused(
            kRule,
            tr("An amendment needs the approval of all %n member(s) in office on %1; missing: "
               "%2. Collect their approval before recording it.",
               nullptr, int(members.size()))
                .arg(RuleText::day(a.date), RuleText::people(history, missing)),
            QStringLiteral("approvals"));
    return problems;
}

Result<Regulation> RegulationRules::amend(const History &history, const Amendment &a)
{
    if (!a.date.isValid())
        return Result<Regulation>::refused(Problem::refused(
            QStringLiteral("INPUT"), tr("Give the date the amendment takes effect."),
            QStringLiteral("date")));
    for (const Regulation &r : history.amendments)
        if (r.effective >= a.date)
            return Result<Regulation>::refused(Problem::refused(
                QStringLiteral("R-J"),
                tr("The regulation was already amended on %1: amendments are recorded in date "
                   "order and never rewrite an earlier version.")
                    .arg(RuleText::day(r.effective)),
                QStringLiteral("date")));
    const Regulation current = CompositionRules::regulationOn(history, a.date);
    Problems problems = requirementProblems(current, a);
    problems << approvalProblems(history, a) << meetingProblems(history, a);
    if (hasRefusal(problems))
        return Result<Regulation>::refused(problems);

    Regulation next = current;
    next.id = 0;
    next.effective = a.date;
    next.minMeetingsPerYear = a.minMeetingsPerYear.value_or(current.minMeetingsPerYear);
    next.noticeDays = a.noticeDays.value_or(current.noticeDays);
    next.requestDeadlineDays = a.requestDeadlineDays.value_or(current.requestDeadlineDays);
    if (a.threshold) {
        next.thresholdNumerator = a.threshold->first;
        next.thresholdDenominator = a.threshold->second;
    }
    next.approvals = a.approvals;
    next.approvedAtMeeting = a.atMeeting;
    return Result<Regulation>::ok(next);
}

} // namespace tavolo
