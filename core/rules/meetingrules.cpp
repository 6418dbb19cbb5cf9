#include "meetingrules.h"

#include "composition.h"
#include "cyclerules.h"
#include "requestrules.h"
#include "ruletext.h"

#include <algorithm>

namespace tavolo {

namespace {

const QString kPlanningOffice = QStringLiteral("planning-office");

} // namespace

QList<qint64> MeetingRules::participants(const History &history, const Meeting &meeting)
{
    QList<qint64> people;
    if (meeting.body.kind == BodyKind::Tavolo)
        people = CompositionRules::compositionOn(history, meeting.date).members();
    else if (const WorkingGroup *g =
                 meeting.body.kind == BodyKind::Group ? history.group(meeting.body.id) : nullptr)
        people = g->participants;
    else if (const PlanningTable *t =
                 meeting.body.kind == BodyKind::Table ? history.table(meeting.body.id) : nullptr)
        people = t->participantsOn(meeting.date); // as of the meeting's day (R-L)
    for (const Guest &g : meeting.guests)
        if (!people.contains(g.personId))
            people << g.personId;
    return people;
}

Problems MeetingRules::stateProblems(const Meeting &m, MeetingState required, StateChange change)
{
    if (m.state == required)
        return {};
    // One whole sentence per change: the state and the verb are different words in Italian.
    QString sentence;
    switch (change) {
    case StateChange::Convene:
        sentence =
            tr("The meeting of %1 is %2: it cannot be convened.", "%2: state of the meeting");
        break;
    case StateChange::AddMaterials:
        sentence = tr("The meeting of %1 is %2: no materials can be added to it.",
                      "%2: state of the meeting");
        break;
    case StateChange::AddGuests:
        sentence = tr("The meeting of %1 is %2: no guests can be invited to it.",
                      "%2: state of the meeting");
        break;
    case StateChange::Hold:
        sentence = tr("The meeting of %1 is %2: it cannot be recorded as held.",
                      "%2: state of the meeting");
        break;
    case StateChange::Cancel:
        sentence =
            tr("The meeting of %1 is %2: it cannot be cancelled.", "%2: state of the meeting");
        break;
    }
    return {Problem::refused(QStringLiteral("R-C"),
                             sentence.arg(RuleText::day(m.date), MeetingTerms::stateLabel(m.state)),
                             QStringLiteral("meeting"))};
}

Problems MeetingRules::requestedProblems(const History &history, const Meeting &m)
{
    const QString rule = QStringLiteral("R-D");
    if (!m.requestId)
        return {Problem::refused(rule,
                                 tr("A requested meeting answers a request to convene: name the "
                                    "request."),
                                 QStringLiteral("request"))};
    const ConvocationRequest *r = history.request(*m.requestId);
    if (!r)
        return {Problem::refused(QStringLiteral("NOT-FOUND"),
                                 tr("There is no request with id %1.").arg(*m.requestId),
                                 QStringLiteral("request"))};
    if (m.date < r->date)
        return {Problem::refused(rule,
                                 tr("The meeting (%1) cannot come before the request it answers "
                                    "(%2).")
                                     .arg(RuleText::day(m.date), RuleText::day(r->date)),
                                 QStringLiteral("date"))};
    for (const Meeting &other : history.meetings)
        if (other.id != m.id && other.requestId == m.requestId
            && other.state != MeetingState::Cancelled)
            return {Problem::refused(rule,
                                     tr("The request of %1 is already answered by the meeting of "
                                        "%2.")
                                         .arg(RuleText::day(r->date), RuleText::day(other.date)),
                                     QStringLiteral("request"))};
    return {};
}

Problems MeetingRules::jointProblems(const Meeting &m)
{
    const QString rule = QStringLiteral("R-G");
    Problems problems;
    const auto office = Offices::fromId(m.convenedBy);
    if (!office || *office == Office::PlanningOfficeHead)
        problems << Problem::refused(
            rule,
            tr("A joint session is convened by the ASL (its social or district director) or by "
               "the President of the Mayors' Assembly: say which in \"convenedBy\"."),
            QStringLiteral("convenedBy"));
    if (m.jointWith.isEmpty())
        problems << Problem::refused(rule,
                                     tr("Name the other tables that meet in the joint session."),
                                     QStringLiteral("jointWith"));
    return problems;
}

QString MeetingRules::bodyName(const History &history, const MeetingBody &body)
{
    switch (body.kind) {
    case BodyKind::Tavolo:
        return tr("the Tavolo");
    case BodyKind::Group:
        if (const WorkingGroup *g = history.group(body.id))
            return tr("the working group \"%1\"").arg(g->name);
        return tr("the working group #%1").arg(body.id);
    case BodyKind::Table:
        return CycleRules::tableName(history, body.id);
    }
    return {};
}

Problems MeetingRules::placeProblems(const Meeting &m)
{
    if (m.place.trimmed().isEmpty() && m.onlineLink.trimmed().isEmpty())
        return {Problem::refused(QStringLiteral("R-C"),
                                 tr("Say where the meeting takes place: a place, an online "
                                    "link, or both."),
                                 QStringLiteral("place"))};
    return {};
}

// A working group's meeting is an ordinary one of a group that exists (R-I); so is a planning
// table's, convened by the planning office (R-L).
Problems MeetingRules::bodyProblems(const History &history, const Meeting &m)
{
    if (m.body.kind == BodyKind::Table) {
        if (!history.table(m.body.id))
            return {Problem::refused(QStringLiteral("NOT-FOUND"),
                                     tr("There is no planning table with id %1.").arg(m.body.id),
                                     QStringLiteral("table"))};
        if (m.kind != MeetingKind::Ordinary || m.requestId || !m.jointWith.isEmpty())
            return {Problem::refused(QStringLiteral("R-L"),
                                     tr("A planning table's meeting is an ordinary one: requests "
                                        "to convene and joint sessions are the Tavolo's."),
                                     QStringLiteral("kind"))};
        return {};
    }
    if (!history.group(m.body.id))
        return {Problem::refused(QStringLiteral("NOT-FOUND"),
                                 tr("There is no working group with id %1.").arg(m.body.id),
                                 QStringLiteral("group"))};
    if (m.kind != MeetingKind::Ordinary || m.requestId || !m.jointWith.isEmpty())
        return {Problem::refused(QStringLiteral("R-I"),
                                 tr("A working group's meeting is an ordinary one: requests to "
                                    "convene and joint sessions are the Tavolo's."),
                                 QStringLiteral("kind"))};
    if (!m.convenedBy.isEmpty() && m.convenedBy != kPlanningOffice)
        return {Problem::refused(QStringLiteral("R-I"),
                                 tr("A working group's meeting is convened by the planning "
                                    "office (\"%1\") for its coordinator.")
                                     .arg(kPlanningOffice),
                                 QStringLiteral("convenedBy"))};
    return {};
}

Problems MeetingRules::addProblems(const History &history, const Meeting &m)
{
    Problems problems;
    if (!m.date.isValid())
        problems << Problem::refused(QStringLiteral("INPUT"), tr("Give the meeting's date."),
                                     QStringLiteral("date"));
    if (m.body.kind != BodyKind::Tavolo)
        return problems + bodyProblems(history, m) + blankItems(m.agenda);
    problems << placeProblems(m);
    if (m.kind == MeetingKind::Requested)
        problems << requestedProblems(history, m);
    else if (m.requestId)
        problems << Problem::refused(QStringLiteral("R-D"),
                                     tr("Only a meeting of kind \"requested\" answers a request."),
                                     QStringLiteral("request"));
    if (m.kind == MeetingKind::Joint)
        problems << jointProblems(m);
    else if (!m.jointWith.isEmpty())
        problems << Problem::refused(QStringLiteral("R-G"),
                                     tr("Only a joint session names other tables."),
                                     QStringLiteral("jointWith"));
    else if (!m.convenedBy.isEmpty() && m.convenedBy != kPlanningOffice)
        problems << Problem::refused(
            QStringLiteral("R-C"),
            tr("The Tavolo's own meetings are convened by the planning office (\"%1\"); other "
               "conveners hold joint sessions.")
                .arg(kPlanningOffice),
            QStringLiteral("convenedBy"));
    return problems + blankItems(m.agenda);
}

Problems MeetingRules::conveneProblems(const History &history, const Meeting &m, QDate on)
{
    Problems problems = stateProblems(m, MeetingState::Draft, StateChange::Convene);
    if (hasRefusal(problems))
        return problems;
    if (m.agenda.isEmpty())
        problems << Problem::refused(QStringLiteral("R-C"),
                                     tr("The agenda is given with the convocation: add at least "
                                        "one item before convening."),
                                     QStringLiteral("agenda"));
    problems << placeProblems(m); // a group's meeting may have been planned without a place
    if (!on.isValid() || on > m.date)
        problems << Problem::refused(
            QStringLiteral("DATES"),
            tr("A meeting is convened before it takes place (%1).").arg(RuleText::day(m.date)),
            QStringLiteral("date"));
    if (hasRefusal(problems))
        return problems;
    const int notice = CompositionRules::regulationOn(history, on).noticeDays;
    if (on.daysTo(m.date) < notice)
        problems << Problem::warning(
            QStringLiteral("R-C"),
            tr("Only %n day(s) of notice before %1; the regulation asks for %2.", nullptr,
               int(on.daysTo(m.date)))
                .arg(RuleText::day(m.date))
                .arg(notice),
            QStringLiteral("date"));
    if (m.requestId)
        if (const ConvocationRequest *r = history.request(*m.requestId)) {
            const RequestStatus s = RequestRules::status(history, *r, on);
            if (on > s.deadline)
                problems << Problem::warning(
                    QStringLiteral("R-D"),
                    tr("The request of %1 had to be answered by %2: this convocation is late.")
                        .arg(RuleText::day(r->date), RuleText::day(s.deadline)),
                    QStringLiteral("date"));
        }
    return problems;
}

Problems MeetingRules::materialProblems(const Meeting &m, const QString &title)
{
    if (m.state == MeetingState::Held || m.state == MeetingState::Cancelled)
        return stateProblems(m, MeetingState::Convened, StateChange::AddMaterials);
    if (title.trimmed().isEmpty())
        return {Problem::refused(QStringLiteral("INPUT"), tr("Give the material a title."),
                                 QStringLiteral("title"))};
    return {};
}

Problems MeetingRules::guestProblems(const History &history, const Meeting &m, const Guest &g)
{
    if (m.state == MeetingState::Held || m.state == MeetingState::Cancelled)
        return stateProblems(m, MeetingState::Convened, StateChange::AddGuests);
    const QString rule = QStringLiteral("R-F");
    if (g.reason.trimmed().isEmpty())
        return {Problem::refused(rule,
                                 tr("Guests take part on the chair's invitation when the topics "
                                    "make it useful: give the reason."),
                                 QStringLiteral("reason"))};
    if (m.body.kind == BodyKind::Tavolo
        && CompositionRules::compositionOn(history, m.date).isMember(g.personId))
        return {Problem::refused(rule,
                                 tr("%1 is a member of the Tavolo on %2 and is convened as such, "
                                    "not as a guest.")
                                     .arg(history.personName(g.personId), RuleText::day(m.date)),
                                 QStringLiteral("person"))};
    if (m.body.kind != BodyKind::Tavolo && participants(history, m).contains(g.personId))
        return {
            Problem::refused(rule,
                             tr("%1 takes part in %2 and is convened as such, not as a guest.")
                                 .arg(history.personName(g.personId), bodyName(history, m.body)),
                             QStringLiteral("person"))};
    for (const Guest &other : m.guests)
        if (other.personId == g.personId)
            return {Problem::refused(
                rule,
                tr("%1 is already invited to this meeting.").arg(history.personName(g.personId)),
                QStringLiteral("person"))};
    return {};
}

Problems MeetingRules::notYetProblems(QDate day, QDate today)
{
    if (!day.isValid() || !today.isValid() || day <= today)
        return {};
    return {Problem::refused(QStringLiteral("R-C"),
                             tr("The meeting of %1 has not taken place yet: its attendance is "
                                "recorded on the day or after.")
                                 .arg(RuleText::day(day)),
                             QStringLiteral("date"))};
}

Result<QHash<qint64, Attendance>> MeetingRules::hold(const History &history, const Meeting &m,
                                                     const QHash<qint64, Attendance> &attendance,
                                                     QDate today)
{
    using R = Result<QHash<qint64, Attendance>>;
    const bool informal = m.body.kind != BodyKind::Tavolo && m.state == MeetingState::Draft;
    if (const Problems p = stateProblems(m, MeetingState::Convened, StateChange::Hold);
        !p.isEmpty() && !informal)
        return R::refused(p);
    if (const Problems p = notYetProblems(m.date, today); !p.isEmpty())
        return R::refused(p);
    const QList<qint64> people = participants(history, m);
    QList<qint64> strangers;
    for (auto it = attendance.cbegin(); it != attendance.cend(); ++it)
        if (!people.contains(it.key()))
            strangers << it.key();
    if (!strangers.isEmpty())
        return R::refused(Problem::refused(
            m.body.kind == BodyKind::Tavolo      ? QStringLiteral("R-C")
                : m.body.kind == BodyKind::Group ? QStringLiteral("R-I")
                                                 : QStringLiteral("R-L"),
            m.body.kind == BodyKind::Tavolo
                ? tr("Not convened to the meeting of %1 (neither members nor invited guests): %2.")
                      .arg(RuleText::day(m.date), RuleText::people(history, strangers))
                : tr("Not participants of %1: %2.")
                      .arg(bodyName(history, m.body), RuleText::people(history, strangers)),
            QStringLiteral("attendance")));
    QHash<qint64, Attendance> full = attendance;
    QList<qint64> unlisted;
    for (qint64 id : people)
        if (!full.contains(id)) {
            full.insert(id, Attendance::Absent);
            unlisted << id;
        }
    Problems warnings;
    if (!unlisted.isEmpty())
        warnings << Problem::warning(QStringLiteral("R-C"),
                                     tr("Recorded as absent, having no attendance given: %1.")
                                         .arg(RuleText::people(history, unlisted)),
                                     QStringLiteral("attendance"));
    return R::ok(full, warnings);
}

Problems MeetingRules::cancelProblems(const Meeting &m, const QString &reason)
{
    if (m.state == MeetingState::Held || m.state == MeetingState::Cancelled)
        return stateProblems(m, MeetingState::Convened, StateChange::Cancel);
    if (reason.trimmed().isEmpty())
        return {Problem::refused(QStringLiteral("INPUT"),
                                 tr("Say why the meeting is cancelled: the reason goes on record."),
                                 QStringLiteral("reason"))};
    return {};
}

Problems MeetingRules::agendaProblems(const Meeting &m, int position, bool allowEnd)
{
    Problems problems;
    if (m.state != MeetingState::Draft)
        problems << Problem::refused(QStringLiteral("R-C"),
                                     tr("The agenda of a meeting already convened, held or "
                                        "cancelled cannot change."),
                                     QStringLiteral("agenda"));
    const int last = int(m.agenda.size()) + (allowEnd ? 1 : 0);
    if (position < 1 || position > last)
        problems << Problem::refused(QStringLiteral("REQUIRED"),
                                     tr("The agenda has no item %1.").arg(position),
                                     QStringLiteral("agenda"));
    return problems;
}

Problems MeetingRules::agendaItemProblems(const Meeting &m, const QString &text)
{
    Problems problems = agendaProblems(m, 1, true);
    if (text.trimmed().isEmpty())
        problems << Problem::refused(QStringLiteral("REQUIRED"),
                                     tr("An agenda item needs its text."),
                                     QStringLiteral("agenda"));
    return problems;
}

Problems MeetingRules::blankItems(const QStringList &agenda)
{
    Problems out;
    for (qsizetype i = 0; i < agenda.size(); ++i) {
        if (agenda.at(i).trimmed().isEmpty())
            out << Problem::refused(QStringLiteral("REQUIRED"),
                                    tr("Item %1 of the agenda is blank: write what is to be "
                                       "discussed, or leave the item out.")
                                        .arg(i + 1),
                                    QStringLiteral("agenda"));
    }
    return out;
}

Problems MeetingRules::discardProblems(const Meeting &m)
{
    if (m.state == MeetingState::Draft)
        return {};
    return {Problem::refused(QStringLiteral("R-J"),
                             tr("Only a draft meeting can be thrown away; cancel a convened one, "
                                "giving the reason."),
                             QStringLiteral("meeting"))};
}

Problems MeetingRules::uninviteProblems(const History &history, const Meeting &m, qint64 person)
{
    Problems problems;
    if (m.state == MeetingState::Held || m.state == MeetingState::Cancelled)
        problems << Problem::refused(QStringLiteral("R-F"),
                                     tr("The guests of a meeting already held or cancelled are "
                                        "part of its record."),
                                     QStringLiteral("guest"));
    const bool invited = std::any_of(m.guests.cbegin(), m.guests.cend(),
                                     [&](const Guest &g) { return g.personId == person; });
    if (!invited)
        problems << Problem::refused(
            QStringLiteral("R-F"),
            tr("%1 is not a guest of this meeting.").arg(history.personName(person)),
            QStringLiteral("guest"));
    return problems;
}

} // namespace tavolo
