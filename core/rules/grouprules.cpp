#include "grouprules.h"

#include "meetingrules.h"
#include "ruletext.h"

namespace tavolo {

namespace {

const QString kRule = QStringLiteral("R-I");

} // namespace

Problems GroupRules::addProblems(const History &history, const WorkingGroup &g)
{
    if (g.name.trimmed().isEmpty())
        return {Problem::refused(QStringLiteral("REQUIRED"), tr("Give the group a name."),
                                 QStringLiteral("name"))};
    for (const WorkingGroup &other : history.groups)
        if (other.name.compare(g.name.trimmed(), Qt::CaseInsensitive) == 0)
            return {Problem::refused(QStringLiteral("DUPLICATE"),
                                     tr("A working group named \"%1\" already exists.").arg(g.name),
                                     QStringLiteral("name"))};
    return {};
}

Problems GroupRules::participantProblems(const History &history, const WorkingGroup &g,
                                         qint64 personId)
{
    if (g.participants.contains(personId))
        return {Problem::refused(kRule,
                                 tr("%1 already takes part in the group \"%2\".")
                                     .arg(history.personName(personId), g.name),
                                 QStringLiteral("person"))};
    return {};
}

Problems GroupRules::proposeProblems(const History &history, const WorkingGroup &g, qint64 personId)
{
    if (g.coordinator)
        return {Problem::refused(kRule,
                                 tr("The group \"%1\" already has a ratified coordinator, %2.")
                                     .arg(g.name, history.personName(*g.coordinator)),
                                 QStringLiteral("person"))};
    if (!g.participants.contains(personId))
        return {Problem::refused(kRule,
                                 tr("The coordinator is named from the group's own participants: "
                                    "add %1 to \"%2\" first.")
                                     .arg(history.personName(personId), g.name),
                                 QStringLiteral("person"))};
    return {};
}

Problems GroupRules::holdProblems(const History &history, const WorkingGroup &g, const Meeting &m,
                                  const QHash<qint64, Attendance> &attendance, bool ratify,
                                  QDate today)
{
    if (m.isHeld())
        return {Problem::refused(kRule,
                                 tr("The meeting of %1 of the group \"%2\" is already recorded as "
                                    "held.")
                                     .arg(RuleText::day(m.date), g.name),
                                 QStringLiteral("meeting"))};
    // The group as given (a dialog's snapshot of it) is the one whose participants count.
    History withGroup = history;
    withGroup.groups.removeIf([&g](const WorkingGroup &other) { return other.id == g.id; });
    withGroup.groups << g;
    Meeting ofGroup = m;
    ofGroup.body = MeetingBody::group(g.id);
    Problems held = MeetingRules::hold(withGroup, ofGroup, attendance, today).problems();
    if (hasRefusal(held))
        return held;
    return held + ratifyProblems(g, ratify);
}

Problems GroupRules::ratifyProblems(const WorkingGroup &g, bool ratify)
{
    Problems problems;
    if (ratify && g.coordinator)
        problems << Problem::refused(
            kRule, tr("The group \"%1\" already has a ratified coordinator.").arg(g.name),
            QStringLiteral("ratifyCoordinator"));
    else if (ratify && !g.proposedCoordinator)
        problems << Problem::refused(kRule,
                                     tr("No coordinator has been proposed for the group \"%1\": "
                                        "propose one among its participants first.")
                                         .arg(g.name),
                                     QStringLiteral("ratifyCoordinator"));
    if (!hasRefusal(problems) && !ratify && !g.coordinator && !firstHeld(g))
        problems << Problem::warning(kRule,
                                     tr("The group's coordinator is ratified at its first meeting: "
                                        "this one is held without, and the group will be flagged."),
                                     QStringLiteral("ratifyCoordinator"));
    return problems;
}

const Meeting *GroupRules::firstHeld(const WorkingGroup &g)
{
    const Meeting *first = nullptr;
    for (const Meeting &m : g.meetings)
        if (m.isHeld() && (!first || m.date < first->date))
            first = &m;
    return first;
}

bool GroupRules::isFlagged(const WorkingGroup &g, QDate asOf)
{
    const Meeting *first = firstHeld(g);
    if (!first || first->date > asOf || first->ratifiedCoordinator)
        return false;
    for (const Meeting &m : g.meetings)
        if (m.isHeld() && m.ratifiedCoordinator && m.date <= asOf)
            return false;
    return true;
}

std::optional<qint64> GroupRules::coordinatorOn(const WorkingGroup &g, QDate asOf)
{
    for (const Meeting &m : g.meetings)
        if (m.isHeld() && m.ratifiedCoordinator && m.date <= asOf)
            return g.coordinator;
    return std::nullopt;
}

} // namespace tavolo
