#include "minutesrules.h"

#include "composition.h"
#include "meetingrules.h"
#include "ruletext.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <tuple>

namespace tavolo {

namespace {

const QString kRule = QStringLiteral("R-K");

// Each meeting's minutes, by the meeting (the first, as History::minutesOfMeeting), for a loop
// over meetings: History::minutesOfMeeting searches all the minutes, which over every meeting
// grew with meetings × minutes (bench/archive-scale: most of the time of a check on a
// twenty-year archive).
QHash<qint64, const Minutes *> minutesByMeeting(const History &history)
{
    QHash<qint64, const Minutes *> index;
    for (const Minutes &m : history.minutes)
        if (!index.contains(m.meetingId))
            index.insert(m.meetingId, &m);
    return index;
}

} // namespace

std::optional<qint64> MinutesRules::defaultChair(const History &history, const Meeting &meeting)
{
    if (meeting.body.kind == BodyKind::Group) {
        const WorkingGroup *g = history.group(meeting.body.id);
        return g ? g->coordinator : std::nullopt;
    }
    if (meeting.body.kind != BodyKind::Tavolo)
        return std::nullopt;
    return CompositionRules::compositionOn(history, meeting.date).chair();
}

Minutes MinutesRules::proposal(const History &history, const Meeting &meeting)
{
    Minutes m;
    m.meetingId = meeting.id;
    m.opened = meeting.time;
    m.chair = defaultChair(history, meeting);
    for (int i = 1; i <= meeting.agenda.size(); ++i)
        m.items << MinutesItem {i, {}, {}, std::nullopt};
    return m;
}

bool MinutesRules::isAfter(const Meeting &later, const Meeting &earlier)
{
    if (later.date != earlier.date)
        return later.date > earlier.date;
    return later.time.isValid() && earlier.time.isValid() && later.time > earlier.time;
}

Problems MinutesRules::voteProblems(const Vote &vote, const QString &field)
{
    if (!vote.unanimous && (vote.favourable < 0 || vote.contrary < 0 || vote.abstained < 0))
        return {Problem::refused(QStringLiteral("INPUT"),
                                 tr("A vote counts the favourable, contrary and abstained: none "
                                    "of them can be negative."),
                                 field)};
    return {};
}

Problems MinutesRules::namesProblems(const History &history, const Meeting &meeting,
                                     const MinutesItem &item)
{
    const QString field = QStringLiteral("items");
    const VoteNames &names = item.vote->names;
    if (names.isEmpty())
        return {};
    if (item.vote->unanimous)
        return {Problem::refused(kRule,
                                 tr("Item %1: a unanimous vote names no one; count the vote to "
                                    "name who voted.")
                                     .arg(item.item),
                                 field)};
    Problems problems;
    const QList<std::tuple<QString, int, qsizetype>> counts {
        {tr("favourable"), item.vote->favourable, names.favourable.size()},
        {tr("contrary"), item.vote->contrary, names.contrary.size()},
        {tr("abstained"), item.vote->abstained, names.abstained.size()}};
    for (const auto &[way, counted, named] : counts)
        if (counted != named)
            problems << Problem::refused(
                kRule,
                tr("Item %1: the vote counts %2 %3 but names %4: the names, when given, are as "
                   "many as the count.")
                    .arg(item.item)
                    .arg(counted)
                    .arg(way)
                    .arg(named),
                field);
    QSet<qint64> seen;
    for (const qint64 person : names.all()) {
        if (!history.personNames.contains(person)) {
            problems << Problem::refused(QStringLiteral("NOT-FOUND"),
                                         tr("There is no person with id %1.").arg(person), field);
            continue;
        }
        if (seen.contains(person))
            problems << Problem::refused(kRule,
                                         tr("Item %1: %2 is named twice in the vote.")
                                             .arg(item.item)
                                             .arg(history.personName(person)),
                                         field);
        else if (meeting.attendance.value(person, Attendance::Absent) != Attendance::Present)
            problems << Problem::warning(
                kRule,
                tr("Item %1: %2 is named in the vote but not recorded "
                   "present at the meeting of %3.")
                    .arg(item.item)
                    .arg(history.personName(person), RuleText::day(meeting.date)),
                field);
        seen.insert(person);
    }
    return problems;
}

Problems MinutesRules::contentProblems(const History &history, const Meeting &meeting,
                                       const Minutes &m)
{
    Problems problems;
    if (m.opened.isValid() && m.closed.isValid() && m.closed < m.opened)
        problems << Problem::refused(kRule,
                                     tr("The meeting closes (%1) after it opens (%2).")
                                         .arg(m.closed.toString(QStringLiteral("HH:mm")),
                                              m.opened.toString(QStringLiteral("HH:mm"))),
                                     QStringLiteral("closed"));
    QSet<int> seen;
    for (const MinutesItem &item : m.items) {
        if (item.item < 1 || item.item > meeting.agenda.size())
            problems << Problem::refused(kRule,
                                         tr("The agenda of the meeting of %1 has no item %2.")
                                             .arg(RuleText::day(meeting.date))
                                             .arg(item.item),
                                         QStringLiteral("items"));
        else if (seen.contains(item.item))
            problems << Problem::refused(
                kRule, tr("Item %1 of the agenda is minuted twice.").arg(item.item),
                QStringLiteral("items"));
        seen.insert(item.item);
        if (item.vote)
            problems << voteProblems(*item.vote, QStringLiteral("items"))
                     << namesProblems(history, meeting, item);
    }
    for (const auto &[person, field] : {std::pair {m.chair, QStringLiteral("chair")},
                                        std::pair {m.secretary, QStringLiteral("secretary")}})
        if (person && !history.personNames.contains(*person))
            problems << Problem::refused(QStringLiteral("NOT-FOUND"),
                                         tr("There is no person with id %1.").arg(*person), field);
    return problems;
}

Problems MinutesRules::draftProblems(const History &history, const Minutes &m)
{
    const Meeting *meeting = history.meeting(m.meetingId);
    if (!meeting)
        return {Problem::refused(QStringLiteral("NOT-FOUND"),
                                 tr("There is no meeting with id %1.").arg(m.meetingId),
                                 QStringLiteral("meeting"))};
    if (!meeting->isHeld())
        return {Problem::refused(kRule,
                                 tr("The meeting of %1 has not been held: minutes record a held "
                                    "meeting.")
                                     .arg(RuleText::day(meeting->date)),
                                 QStringLiteral("meeting"))};
    if (history.minutesOfMeeting(meeting->id))
        return {Problem::refused(kRule,
                                 tr("The meeting of %1 already has its minutes: change those.")
                                     .arg(RuleText::day(meeting->date)),
                                 QStringLiteral("meeting"))};
    return contentProblems(history, *meeting, m);
}

Problems MinutesRules::updateProblems(const History &history, const Minutes &current,
                                      const Minutes &changed)
{
    const Meeting *meeting = history.meeting(current.meetingId);
    if (!current.isDraft())
        return {Problem::refused(kRule,
                                 tr("The minutes of the meeting of %1 are approved and are never "
                                    "edited: add a correction, with its reason.")
                                     .arg(meeting ? RuleText::day(meeting->date) : QString()),
                                 QStringLiteral("minutes"))};
    return meeting ? contentProblems(history, *meeting, changed) : Problems {};
}

Problems MinutesRules::approveProblems(const History &history, const Minutes &m, qint64 atMeeting,
                                       const std::optional<Vote> &vote)
{
    const Meeting *minuted = history.meeting(m.meetingId);
    const Meeting *at = history.meeting(atMeeting);
    if (!minuted)
        return {};
    if (!m.isDraft())
        return {Problem::refused(kRule,
                                 tr("The minutes of the meeting of %1 are already approved.")
                                     .arg(RuleText::day(minuted->date)),
                                 QStringLiteral("minutes"))};
    if (!at)
        return {Problem::refused(QStringLiteral("NOT-FOUND"),
                                 tr("There is no meeting with id %1.").arg(atMeeting),
                                 QStringLiteral("atMeeting"))};
    Problems problems;
    if (!(at->body == minuted->body))
        problems << Problem::refused(
            kRule,
            tr("Minutes are approved by the same body that met: the "
               "meeting of %1 is not one of %2.")
                .arg(RuleText::day(at->date), MeetingRules::bodyName(history, minuted->body)),
            QStringLiteral("atMeeting"));
    else if (!isAfter(*at, *minuted))
        problems << Problem::refused(
            kRule,
            tr("Minutes are approved at a meeting held after the minuted "
               "one (%1): the meeting of %2 is not.")
                .arg(RuleText::day(minuted->date), RuleText::day(at->date)),
            QStringLiteral("atMeeting"));
    else if (!at->isHeld())
        problems << Problem::refused(kRule,
                                     tr("The meeting of %1 has not been held: minutes are approved "
                                        "at a held meeting.")
                                         .arg(RuleText::day(at->date)),
                                     QStringLiteral("atMeeting"));
    if (vote)
        problems << voteProblems(*vote, QStringLiteral("vote"));
    return problems;
}

Problems MinutesRules::correctProblems(const History &history, const Minutes &m,
                                       const MinutesCorrection &c)
{
    if (m.isDraft())
        return {Problem::refused(kRule,
                                 tr("These minutes are a draft: edit them instead of correcting "
                                    "them."),
                                 QStringLiteral("minutes"))};
    Problems problems;
    if (c.text.trimmed().isEmpty())
        problems << Problem::refused(QStringLiteral("REQUIRED"), tr("Write the correction's text."),
                                     QStringLiteral("text"));
    if (c.reason.trimmed().isEmpty())
        problems << Problem::refused(kRule,
                                     tr("A correction of approved minutes gives its reason."),
                                     QStringLiteral("reason"));
    const Meeting *approval = history.meeting(*m.approvedAt);
    if (!c.date.isValid())
        problems << Problem::refused(QStringLiteral("REQUIRED"), tr("Give the correction's date."),
                                     QStringLiteral("date"));
    else if (approval && c.date < approval->date)
        problems << Problem::refused(kRule,
                                     tr("A correction comes after the approval of the minutes "
                                        "(%1).")
                                         .arg(RuleText::day(approval->date)),
                                     QStringLiteral("date"));
    return problems;
}

const Minutes *MinutesRules::awaitingApproval(const History &history, const MeetingBody &body,
                                              QDate date)
{
    const QHash<qint64, const Minutes *> minutesOf = minutesByMeeting(history);
    const Minutes *latest = nullptr;
    QDate latestDay;
    for (const Meeting &m : history.meetingsOf(body)) {
        const Minutes *minutes = minutesOf.value(m.id);
        if (minutes && minutes->isDraft() && m.date < date && (!latest || m.date >= latestDay)) {
            latest = minutes;
            latestDay = m.date;
        }
    }
    return latest;
}

QString MinutesRules::approvalItem(const History &history, const MeetingBody &body, QDate date)
{
    const Minutes *minutes = awaitingApproval(history, body, date);
    if (!minutes)
        return {};
    const Meeting *m = history.meeting(minutes->meetingId);
    // Document text, Italian whatever the interface language (as the letters' dates).
    static const QLocale italian(QLocale::Italian, QLocale::Italy);
    return QStringLiteral("Approvazione del verbale della seduta del %1")
        .arg(italian.toString(m->date, QStringLiteral("d MMMM yyyy")));
}

Problems MinutesRules::complianceProblems(const History &history, QDate date)
{
    Problems problems;
    const int notice = CompositionRules::regulationOn(history, date).noticeDays;
    const QHash<qint64, const Minutes *> minutesOf = minutesByMeeting(history);
    auto consider = [&](const Meeting &m) {
        if (!m.isHeld() || m.date > date)
            return;
        const Minutes *minutes = minutesOf.value(m.id);
        if (!minutes && m.date.daysTo(date) > notice)
            problems << Problem::warning(
                kRule,
                tr("The meeting of %1 of %2 has no minutes yet, %n day(s) "
                   "after it was held.",
                   nullptr, int(m.date.daysTo(date)))
                    .arg(RuleText::day(m.date), MeetingRules::bodyName(history, m.body)),
                QStringLiteral("minutes"));
        else if (minutes && minutes->isDraft())
            problems << Problem::warning(
                kRule,
                tr("The minutes of the meeting of %1 of %2 are a draft "
                   "awaiting approval at a later meeting.")
                    .arg(RuleText::day(m.date), MeetingRules::bodyName(history, m.body)),
                QStringLiteral("minutes"));
    };
    for (const Meeting &m : history.allMeetings())
        consider(m);
    return problems;
}

} // namespace tavolo
