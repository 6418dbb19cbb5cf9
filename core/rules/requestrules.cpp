#include "requestrules.h"

#include "composition.h"
#include "ruletext.h"

namespace tavolo {

namespace {

const QString kRule = QStringLiteral("R-D");

bool answers(const Meeting &m, qint64 requestId)
{
    return m.kind == MeetingKind::Requested && m.requestId == requestId
        && (m.state == MeetingState::Convened || m.state == MeetingState::Held);
}

} // namespace

RequestRules::Count RequestRules::count(const History &history, QDate date, int signatories)
{
    const Composition c = CompositionRules::compositionOn(history, date);
    const int n = int(c.representatives().size());
    return {signatories, n, c.regulation.threshold(n)};
}

Problems RequestRules::problems(const History &history, const ConvocationRequest &r)
{
    Problems problems;
    if (r.motivation.trimmed().isEmpty())
        problems << Problem::refused(kRule,
                                     tr("A request to convene must be motivated: write its "
                                        "reasons."),
                                     QStringLiteral("motivation"));
    QList<qint64> seen, twice, strangers;
    const Composition c = CompositionRules::compositionOn(history, r.date);
    for (qint64 id : r.signatories) {
        if (seen.contains(id) && !twice.contains(id))
            twice << id;
        seen << id;
        if (!c.isRepresentative(id) && !strangers.contains(id))
            strangers << id;
    }
    if (!twice.isEmpty())
        problems << Problem::refused(kRule,
                                     tr("Each signatory counts once; signed twice: %1.")
                                         .arg(RuleText::people(history, twice)),
                                     QStringLiteral("signatories"));
    if (!strangers.isEmpty())
        problems << Problem::refused(
            kRule,
            tr("Only representatives designated by third-sector organisations and in office on "
               "%1 may sign (institutional members do not count); not so: %2.")
                .arg(RuleText::day(r.date), RuleText::people(history, strangers)),
            QStringLiteral("signatories"));
    const Count n = count(history, r.date, int(seen.size() - twice.size()));
    if (n.representatives == 0)
        problems << Problem::refused(
            kRule,
            tr("No third-sector representative is in office on %1.").arg(RuleText::day(r.date)),
            QStringLiteral("date"));
    else if (twice.isEmpty() && strangers.isEmpty() && !n.enough())
        problems << Problem::refused(
            kRule,
            tr("%1 of %2 representatives signed; the threshold (%3) is %4: %n more signature(s) "
               "needed.",
               nullptr, n.threshold - n.signatories)
                .arg(n.signatories)
                .arg(n.representatives)
                .arg(c.regulation.thresholdText())
                .arg(n.threshold),
            QStringLiteral("signatories"));
    return problems;
}

RequestStatus RequestRules::status(const History &history, const ConvocationRequest &r, QDate asOf)
{
    RequestStatus s;
    s.requestId = r.id;
    s.deadline =
        r.date.addDays(CompositionRules::regulationOn(history, r.date).requestDeadlineDays);
    for (const Meeting &m : history.meetings)
        if (answers(m, r.id) && m.convenedOn <= asOf)
            s.answeredBy = m.id;
    if (!s.answeredBy) {
        s.overdue = asOf > s.deadline;
        s.daysLeft = int(qMax<qint64>(0, asOf.daysTo(s.deadline)));
    }
    return s;
}

} // namespace tavolo
