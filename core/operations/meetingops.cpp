#include "meetingops.h"

#include "core/rules/meetingrules.h"
#include "core/storage/meetingstore.h"
#include "core/storage/requeststore.h"
#include "registry.h"
#include "tavolofields.h"

#include <QFileInfo>

namespace tavolo {

namespace {

const QString kMeeting = QStringLiteral("meeting");
const QString kRequest = QStringLiteral("request");

Result<qint64> addMeeting(OperationContext &c, Fields &f)
{
    Meeting m;
    const QString kind = f.text(QStringLiteral("kind"));
    if (kind.isEmpty())
        m.kind = MeetingKind::Ordinary;
    else if (const auto k = MeetingTerms::kindFromId(kind))
        m.kind = *k;
    else
        f.refuse(QStringLiteral("kind"),
                 TavoloFields::tr("\"%1\" is not a kind of meeting: ordinary, requested or joint.")
                     .arg(kind));
    m.date = f.requiredDate(QStringLiteral("date")).value_or(QDate());
    m.time = f.time(QStringLiteral("time")).value_or(QTime());
    m.place = f.text(QStringLiteral("place"));
    m.onlineLink = f.text(QStringLiteral("onlineLink"));
    m.agenda = f.textList(QStringLiteral("agenda"));
    m.agenda.removeAll(QString());
    m.requestId = c.resolve(f, kRequest, kRequest, false);
    m.convenedBy = f.text(QStringLiteral("convenedBy"));
    m.jointWith = f.textList(QStringLiteral("jointWith"));
    if (const auto group = c.resolve(f, QStringLiteral("group"), QStringLiteral("group"), false))
        m.body = MeetingBody::group(*group);
    if (const auto table = c.resolve(f, QStringLiteral("table"), QStringLiteral("table"), false))
        m.body = MeetingBody::table(*table);
    const bool approveMinutes = f.boolean(QStringLiteral("approvePreviousMinutes")).value_or(false);
    return TavoloFields::whenValid(f, [&] {
        MeetingStore store(c.archive());
        return approveMinutes ? store.addApprovingMinutes(m) : store.add(m);
    });
}

Result<qint64> conveneMeeting(OperationContext &c, Fields &f)
{
    const auto id = c.resolve(f, kMeeting, kMeeting);
    const auto on = f.requiredDate(QStringLiteral("date"));
    return TavoloFields::whenValid(f, [&] { return MeetingStore(c.archive()).convene(*id, *on); });
}

Result<qint64> addMaterial(OperationContext &c, Fields &f)
{
    const auto id = c.resolve(f, kMeeting, kMeeting);
    const QString title = f.requiredText(QStringLiteral("title"));
    const QString path = f.text(QStringLiteral("file"));
    const QByteArray content = path.isEmpty()
        ? QByteArray()
        : f.fileContent(QStringLiteral("file"), path).value_or(QByteArray());
    return TavoloFields::whenValid(f, [&] {
        return MeetingStore(c.archive())
            .addMaterial(*id, title, QFileInfo(path).fileName(), content);
    });
}

Result<qint64> inviteGuest(OperationContext &c, Fields &f)
{
    const auto id = c.resolve(f, kMeeting, kMeeting);
    Guest g;
    const auto person = c.person(f, QStringLiteral("person"));
    g.reason = f.text(QStringLiteral("reason"));
    return TavoloFields::whenValid(f, [&] {
        g.personId = *person;
        return MeetingStore(c.archive()).invite(*id, g);
    });
}

Result<qint64> holdMeeting(OperationContext &c, Fields &f)
{
    const auto id = c.resolve(f, kMeeting, kMeeting);
    const auto attendance = TavoloFields::attendance(c, f);
    const bool ratify = f.boolean(QStringLiteral("ratifyCoordinator")).value_or(false);
    return TavoloFields::whenValid(
        f, [&] { return MeetingStore(c.archive()).hold(*id, attendance, ratify); });
}

Result<qint64> cancelMeeting(OperationContext &c, Fields &f)
{
    const auto id = c.resolve(f, kMeeting, kMeeting);
    const QString reason = f.text(QStringLiteral("reason"));
    return TavoloFields::whenValid(f,
                                   [&] { return MeetingStore(c.archive()).cancel(*id, reason); });
}

Result<qint64> addRequest(OperationContext &c, Fields &f)
{
    ConvocationRequest r;
    r.date = f.requiredDate(QStringLiteral("date")).value_or(QDate());
    r.signatories = TavoloFields::people(c, f, QStringLiteral("signatories"));
    r.motivation = f.text(QStringLiteral("motivation"));
    return TavoloFields::whenValid(f, [&] { return RequestStore(c.archive()).add(r); });
}

} // namespace

void registerMeetingOperations(OperationRegistry &registry)
{
    registry.add(QStringLiteral("meeting.add"), kMeeting, addMeeting);
    registry.add(QStringLiteral("meeting.convene"), kMeeting, conveneMeeting);
    registry.add(QStringLiteral("material.add"), QStringLiteral("material"), addMaterial);
    registry.add(QStringLiteral("guest.invite"), kMeeting, inviteGuest);
    registry.add(QStringLiteral("meeting.hold"), kMeeting, holdMeeting);
    registry.add(QStringLiteral("meeting.cancel"), kMeeting, cancelMeeting);
    registry.add(QStringLiteral("request.add"), kRequest, addRequest);
}

} // namespace tavolo
