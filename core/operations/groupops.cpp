#include "groupops.h"

#include "registry.h"
#include "tavolofields.h"

#include "core/storage/groupstore.h"

namespace tavolo {

namespace {

const QString kGroup = QStringLiteral("group");
const QString kGroupMeeting = QStringLiteral("group meeting");

Result<qint64> addGroup(OperationContext &c, Fields &f)
{
    WorkingGroup g;
    g.name = f.requiredText(QStringLiteral("name"));
    g.area = f.text(QStringLiteral("area"));
    return TavoloFields::whenValid(f, [&] { return GroupStore(c.archive()).add(g); });
}

// group.participant.add and group.coordinator.propose: a group and a person.
template<auto Method>
Result<qint64> groupPerson(OperationContext &c, Fields &f)
{
    const auto group = c.resolve(f, kGroup, kGroup);
    const auto person = c.person(f, QStringLiteral("person"));
    return TavoloFields::whenValid(f, [&] { return (GroupStore(c.archive()).*Method)(*group, *person); });
}

Result<qint64> addGroupMeeting(OperationContext &c, Fields &f)
{
    GroupMeeting m;
    const auto group = c.resolve(f, kGroup, kGroup);
    m.date = f.requiredDate(QStringLiteral("date")).value_or(QDate());
    m.time = f.time(QStringLiteral("time")).value_or(QTime());
    m.place = f.text(QStringLiteral("place"));
    m.agenda = f.textList(QStringLiteral("agenda"));
    return TavoloFields::whenValid(f, [&] {
        m.groupId = *group;
        return GroupStore(c.archive()).addMeeting(m);
    });
}

Result<qint64> holdGroupMeeting(OperationContext &c, Fields &f)
{
    const auto meeting = c.resolve(f, QStringLiteral("meeting"), kGroupMeeting);
    const auto attendance = TavoloFields::attendance(c, f);
    const bool ratify = f.boolean(QStringLiteral("ratifyCoordinator")).value_or(false);
    return TavoloFields::whenValid(f, [&] {
        return GroupStore(c.archive()).holdMeeting(*meeting, attendance, ratify);
    });
}

} // namespace

void registerGroupOperations(OperationRegistry &registry)
{
    registry.add(QStringLiteral("group.add"), kGroup, addGroup);
    registry.add(QStringLiteral("group.participant.add"), kGroup,
                 groupPerson<&GroupStore::addParticipant>);
    registry.add(QStringLiteral("group.coordinator.propose"), kGroup,
                 groupPerson<&GroupStore::proposeCoordinator>);
    registry.add(QStringLiteral("group.meeting.add"), kGroupMeeting, addGroupMeeting);
    registry.add(QStringLiteral("group.meeting.hold"), kGroupMeeting, holdGroupMeeting);
}

} // namespace tavolo
