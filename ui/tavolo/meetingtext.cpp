#include "meetingtext.h"

#include "core/rules/ruletext.h"

namespace tavolo {

QString MeetingText::kind(MeetingKind kind)
{
    switch (kind) {
    case MeetingKind::Ordinary:
        return tr("Ordinary");
    case MeetingKind::Requested:
        return tr("REQUESTED");
    case MeetingKind::Joint:
        return tr("JOINT");
    }
    return {};
}

QString MeetingText::state(MeetingState state)
{
    switch (state) {
    case MeetingState::Draft:
        return tr("Draft", "state of a meeting, in the list");
    case MeetingState::Convened:
        return tr("Convened", "state of a meeting, in the list");
    case MeetingState::Held:
        return tr("Held", "state of a meeting, in the list (it took place)");
    case MeetingState::Cancelled:
        return tr("Cancelled", "state of a meeting, in the list");
    }
    return {};
}

QString MeetingText::header(const History &history, const Meeting &m)
{
    const QString title = QStringLiteral("<h3>%1 — %2%3</h3>")
                              .arg(kind(m.kind).toHtmlEscaped(), RuleText::day(m.date),
                                   m.time.isValid() ? QLatin1Char(' ') + m.time.toString(QStringLiteral("HH:mm"))
                                                    : QString());
    QStringList lines;
    lines << tr("State: %1").arg(state(m.state));
    if (m.convenedOn.isValid())
        lines << tr("Convened on %1").arg(RuleText::day(m.convenedOn));
    if (!m.place.isEmpty())
        lines << tr("Place: %1").arg(m.place);
    if (!m.onlineLink.isEmpty())
        lines << tr("Online: %1").arg(m.onlineLink);
    if (m.requestId)
        if (const ConvocationRequest *r = history.request(*m.requestId))
            lines << tr("Answers the request of %1 (R-D)").arg(RuleText::day(r->date));
    if (!m.jointWith.isEmpty())
        lines << tr("Joint session with: %1 (R-G)").arg(m.jointWith.join(QStringLiteral("; ")));
    if (m.state == MeetingState::Cancelled)
        lines << tr("Cancelled: %1").arg(m.cancelReason);
    QStringList escaped;
    for (const QString &l : lines)
        escaped << l.toHtmlEscaped();
    return title + escaped.join(QStringLiteral(" · "));
}

} // namespace tavolo
