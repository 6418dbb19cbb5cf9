#include "groupops.h"

#include "core/storage/groupstore.h"
#include "core/storage/meetingstore.h"
#include "registry.h"
#include "tavolofields.h"

namespace tavolo {

namespace {

const QString kGroup = QStringLiteral("group");
const QString kMeeting = QStringLiteral("meeting");

Result<qint64> addGroup(OperationContext &c, Fields &f)
{
    WorkingGroup g;
    g.name = f.requiredText(QStringLiteral("name"));
    g.area = f.text(QStringLiteral("area"));
    return TavoloFields::whenValid(f, [&] { return GroupStore(c.archive()).add(g); });
}

// group.participant.add and group.coordinator.propose: a group and a person.
template<auto Method> Result<qint64> groupPerson(OperationContext &c, Fields &f)
{
    const auto group = c.resolve(f, kGroup, kGroup);
    const auto person = c.person(f, QStringLiteral("person"));
    return TavoloFields::whenValid(
        f, [&] { return (GroupStore(c.archive()).*Method)(*group, *person); });
}

// group.meeting.add: meeting.add with `group` (the older name, kept for existing scripts).
Result<qint64> addGroupMeeting(OperationContext &c, Fields &f)
{
    Meeting m;
    const auto group = c.resolve(f, kGroup, kGroup);
    m.date = f.requiredDate(QStringLiteral("date")).value_or(QDate());
    m.time = f.time(QStringLiteral("time")).value_or(QTime());
    m.place = f.text(QStringLiteral("place"));
    m.onlineLink = f.text(QStringLiteral("onlineLink"));
    m.agenda = f.textList(QStringLiteral("agenda"));
    m.agenda.removeAll(QString());
    return TavoloFields::whenValid(f, [&] {
        m.body = MeetingBody::group(*group);
        return MeetingStore(c.archive()).add(m);
    });
}

// group.meeting.hold: meeting.hold of a group's meeting, ratifying its coordinator or not.
Result<qint64> holdGroupMeeting(OperationContext &c, Fields &f)
{
    const auto meeting = c.resolve(f, kMeeting, kMeeting);
    const auto attendance = TavoloFields::attendance(c, f);
    const bool ratify = f.boolean(QStringLiteral("ratifyCoordinator")).value_or(false);
    return TavoloFields::whenValid(
        f, [&] { return MeetingStore(c.archive()).hold(*meeting, attendance, ratify); });
}

} // namespace

void registerGroupOperations(OperationRegistry &registry)
{
    registry.add(QStringLiteral("group.add"), kGroup, addGroup);
    registry.add(QStringLiteral("group.participant.add"), kGroup,
                 groupPerson<&GroupStore::addParticipant>);
    registry.add(QStringLiteral("group.coordinator.propose"), kGroup,
                 groupPerson<&GroupStore::proposeCoordinator>);
    registry.add(QStringLiteral("group.meeting.add"), kMeeting, addGroupMeeting);
    registry.add(QStringLiteral("group.meeting.hold"), kMeeting, holdGroupMeeting);
}

} // namespace tavolo
