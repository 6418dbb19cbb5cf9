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

// A counted vote's names: for each way, a list of people (refs, ids or tax codes).
VoteNames namesOf(OperationContext &c, Fields &f, const QJsonObject &o, const QString &name)
{
    VoteNames names;
    const QList<std::pair<QString, QList<qint64> *>> lists {
        {QStringLiteral("favourableNames"), &names.favourable},
        {QStringLiteral("contraryNames"), &names.contrary},
        {QStringLiteral("abstainedNames"), &names.abstained}};
    for (const auto &[key, list] : lists)
        for (const QJsonValue person : o.value(key).toArray())
            if (const auto id = c.personValue(f, person, name))
                *list << *id;
    return names;
}

// "unanimous" or {favourable, contrary, abstained} (and, where `withNames`, the optional
// favourableNames, contraryNames, abstainedNames); absent: no vote. A count left out is the
// number of its names.
std::optional<Vote> voteOf(OperationContext &c, Fields &f, const QJsonValue &value,
                           const QString &name, bool withNames)
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
    const VoteNames names = withNames ? namesOf(c, f, o, name) : VoteNames {};
    if (!withNames
        && (o.contains(QStringLiteral("favourableNames"))
            || o.contains(QStringLiteral("contraryNames"))
            || o.contains(QStringLiteral("abstainedNames"))))
        f.refuse(name, TavoloFields::tr("The approval's vote gives the counts only, no names."));
    const auto count = [&o](const QString &key, const QList<qint64> &named) {
        return o.contains(key) ? o.value(key).toInt() : int(named.size());
    };
    Vote vote = Vote::counted(count(QStringLiteral("favourable"), names.favourable),
                              count(QStringLiteral("contrary"), names.contrary),
                              count(QStringLiteral("abstained"), names.abstained));
    vote.names = names;
    return vote;
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
            voteOf(c, f, o.value(QStringLiteral("vote")), QStringLiteral("items"), true)};
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
    const auto vote = voteOf(c, f, f.raw(QStringLiteral("vote")), QStringLiteral("vote"), false);
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
