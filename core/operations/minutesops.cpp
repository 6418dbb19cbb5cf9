#include "minutesops.h"

#include "core/storage/minutesstore.h"
#include "registry.h"
#include "tavolofields.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tavolo {

namespace {

const QString kMinutes = QStringLiteral("minutes");
const QString kMeeting = QStringLiteral("meeting");

// "unanimous" or {favourable, contrary, abstained}; absent: no vote.
std::optional<Vote> voteOf(Fields &f, const QJsonValue &value, const QString &name)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (value.toString() == QLatin1String("unanimous"))
        return Vote {};
    if (!value.isObject()) {
        f.refuse(name,
                 TavoloFields::tr("A vote is \"unanimous\" or {\"favourable\": n, \"contrary\": n, "
                                  "\"abstained\": n}."));
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    return Vote::counted(o.value(QStringLiteral("favourable")).toInt(),
                         o.value(QStringLiteral("contrary")).toInt(),
                         o.value(QStringLiteral("abstained")).toInt());
}

// The fields shared by minutes.draft and minutes.update; only those present change `m`.
void readContent(OperationContext &c, Fields &f, Minutes &m)
{
    if (f.has(QStringLiteral("opened")))
        m.opened = f.time(QStringLiteral("opened")).value_or(QTime());
    if (f.has(QStringLiteral("closed")))
        m.closed = f.time(QStringLiteral("closed")).value_or(QTime());
    if (f.has(QStringLiteral("chair")))
        m.chair = c.person(f, QStringLiteral("chair"));
    if (f.has(QStringLiteral("secretary")))
        m.secretary = c.person(f, QStringLiteral("secretary"));
    if (!f.has(QStringLiteral("items")))
        return;
    m.items.clear();
    for (const QJsonValue v : f.array(QStringLiteral("items"))) {
        const QJsonObject o = v.toObject();
        m.items << MinutesItem {
            o.value(QStringLiteral("item")).toInt(), o.value(QStringLiteral("summary")).toString(),
            o.value(QStringLiteral("decision")).toString(),
            voteOf(f, o.value(QStringLiteral("vote")), QStringLiteral("items"))};
    }
}

Result<qint64> draftMinutes(OperationContext &c, Fields &f)
{
    Minutes m;
    const auto meeting = c.resolve(f, kMeeting, kMeeting);
    readContent(c, f, m);
    return TavoloFields::whenValid(f, [&] {
        m.meetingId = *meeting;
        return MinutesStore(c.archive()).draft(m);
    });
}

Result<qint64> updateMinutes(OperationContext &c, Fields &f)
{
    const auto id = c.resolve(f, kMinutes, kMinutes);
    MinutesStore store(c.archive());
    std::optional<Minutes> m = id ? store.find(*id) : std::nullopt;
    if (id && !m)
        f.refuse(MinutesStore::notFound(*id));
    Minutes changed = m.value_or(Minutes {});
    readContent(c, f, changed);
    return TavoloFields::whenValid(f, [&] { return store.update(changed); });
}

Result<qint64> approveMinutes(OperationContext &c, Fields &f)
{
    const auto id = c.resolve(f, kMinutes, kMinutes);
    const auto at = c.resolve(f, QStringLiteral("atMeeting"), kMeeting);
    const auto vote = voteOf(f, f.raw(QStringLiteral("vote")), QStringLiteral("vote"));
    return TavoloFields::whenValid(
        f, [&] { return MinutesStore(c.archive()).approve(*id, *at, vote); });
}

Result<qint64> correctMinutes(OperationContext &c, Fields &f)
{
    const auto id = c.resolve(f, kMinutes, kMinutes);
    MinutesCorrection correction;
    correction.date = f.requiredDate(QStringLiteral("date")).value_or(QDate());
    correction.text = f.text(QStringLiteral("text"));
    correction.reason = f.text(QStringLiteral("reason"));
    return TavoloFields::whenValid(
        f, [&] { return MinutesStore(c.archive()).correct(*id, correction); });
}

} // namespace

void registerMinutesOperations(OperationRegistry &registry)
{
    registry.add(QStringLiteral("minutes.draft"), kMinutes, draftMinutes);
    registry.add(QStringLiteral("minutes.update"), kMinutes, updateMinutes);
    registry.add(QStringLiteral("minutes.approve"), kMinutes, approveMinutes);
    registry.add(QStringLiteral("minutes.correct"), kMinutes, correctMinutes);
}

} // namespace tavolo
