#include "meetingtext.h"

#include "core/rules/ruletext.h"

namespace tavolo {

QString MeetingText::capitalised(const QString &label)
{
    return label.isEmpty() ? label : label.front().toUpper() + label.mid(1);
}

QString MeetingText::header(const History &history, const Meeting &m)
{
    const QString title =
        QStringLiteral("<h3>%1 — %2%3</h3>")
            .arg(capitalised(MeetingTerms::kindLabel(m.kind)).toHtmlEscaped(),
                 RuleText::day(m.date),
                 m.time.isValid() ? QLatin1Char(' ') + m.time.toString(QStringLiteral("HH:mm"))
                                  : QString());
    QStringList lines;
    lines << tr("State: %1").arg(MeetingTerms::stateLabel(m.state));
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
