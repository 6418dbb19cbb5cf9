#include "minutesstore.h"

#include "core/rules/minutesrules.h"
#include "ruledwrite.h"
#include "sql.h"

namespace tavolo {

namespace {

// A vote as four columns: unanimous (NULL when there was no vote), then the counts.
QVariantMap voteColumns(const std::optional<Vote> &vote, const QString &prefix)
{
    auto column = [&prefix](const char *name) {
        return prefix + QLatin1String(name);
    };
    if (!vote)
        return {{column("unanimous"), QVariant()},
                {column("favourable"), QVariant()},
                {column("contrary"), QVariant()},
                {column("abstained"), QVariant()}};
    if (vote->unanimous)
        return {{column("unanimous"), 1},
                {column("favourable"), QVariant()},
                {column("contrary"), QVariant()},
                {column("abstained"), QVariant()}};
    return {{column("unanimous"), 0},
            {column("favourable"), vote->favourable},
            {column("contrary"), vote->contrary},
            {column("abstained"), vote->abstained}};
}

// Who voted which way on one item, a row each (R-K: names optional); the item's rows go with
// it when the draft's items are written again (ON DELETE CASCADE).
Result<qint64> writeNames(const QSqlDatabase &db, qint64 minutesId, int item,
                          const VoteNames &names)
{
    const QList<std::pair<QString, QList<qint64>>> choices {
        {QStringLiteral("favourable"), names.favourable},
        {QStringLiteral("contrary"), names.contrary},
        {QStringLiteral("abstained"), names.abstained}};
    for (const auto &[choice, people] : choices)
        for (const qint64 person : people)
            if (auto done = sql::insert(db, QStringLiteral("minutes_vote_names"),
                                        {{QStringLiteral("minutes_id"), minutesId},
                                         {QStringLiteral("item"), item},
                                         {QStringLiteral("person_id"), person},
                                         {QStringLiteral("choice"), choice}});
                !done)
                return done;
    return Result<qint64>::ok(minutesId);
}

QVariantMap headColumns(const Minutes &m)
{
    return {{QStringLiteral("opened"), sql::clock(m.opened)},
            {QStringLiteral("closed"), sql::clock(m.closed)},
            {QStringLiteral("chair_id"), sql::nullable(m.chair)},
            {QStringLiteral("secretary_id"), sql::nullable(m.secretary)}};
}

} // namespace

MinutesStore::MinutesStore(Archive &archive)
    : m_archive(archive)
{ }

Problem MinutesStore::notFound(qint64 id)
{
    return Problem::refused(QStringLiteral("NOT-FOUND"),
                            tr("There are no minutes with id %1.").arg(id),
                            QStringLiteral("minutes"));
}

template<typename Check, typename Save>
Result<qint64> MinutesStore::change(qint64 id, Check check, Save save)
{
    return ruledWrite(
        m_archive,
        [&](const History &h) -> Result<Minutes> {
            const Minutes *m = h.minutesById(id);
            if (!m)
                return Result<Minutes>::refused(notFound(id));
            const Problems problems = check(h, *m);
            return hasRefusal(problems) ? Result<Minutes>::refused(problems)
                                        : Result<Minutes>::ok(*m, problems);
        },
        save);
}

Result<qint64> MinutesStore::writeItems(qint64 id, const QList<MinutesItem> &items)
{
    const QSqlDatabase db = sql::database(m_archive);
    if (auto done =
            sql::exec(db, QStringLiteral("DELETE FROM minutes_items WHERE minutes_id = :id"),
                      {{QStringLiteral("id"), id}});
        !done)
        return Result<qint64>::from(done);
    for (const MinutesItem &item : items) {
        QVariantMap row = voteColumns(item.vote, QString());
        row.insert(QVariantMap {{QStringLiteral("minutes_id"), id},
                                {QStringLiteral("item"), item.item},
                                {QStringLiteral("summary"), item.summary.trimmed()},
                                {QStringLiteral("decision"), item.decision.trimmed()}});
        if (auto done = sql::insert(db, QStringLiteral("minutes_items"), row); !done)
            return done;
        if (item.vote)
            if (auto done = writeNames(db, id, item.item, item.vote->names); !done)
                return done;
    }
    return Result<qint64>::ok(id);
}

std::optional<Minutes> MinutesStore::find(qint64 id) const
{
    const History h = HistoryStore(m_archive).load();
    const Minutes *m = h.minutesById(id);
    return m ? std::optional<Minutes>(*m) : std::nullopt;
}

Result<qint64> MinutesStore::draft(const Minutes &given)
{
    Minutes m = given;
    return ruledWrite(
        m_archive,
        [&](const History &h) {
            if (const Meeting *meeting = h.meeting(m.meetingId); meeting && !m.chair)
                m.chair = MinutesRules::defaultChair(h, *meeting);
            return MinutesRules::draftProblems(h, m);
        },
        [&](const History &, Done) -> Result<qint64> {
            QVariantMap row = headColumns(m);
            row.insert(QStringLiteral("meeting_id"), m.meetingId);
            const auto id = sql::insert(sql::database(m_archive), QStringLiteral("minutes"), row);
            return id ? writeItems(id.value(), m.items) : id;
        });
}

Result<qint64> MinutesStore::update(const Minutes &changed)
{
    return change(
        changed.id,
        [&](const History &h, const Minutes &current) {
            return MinutesRules::updateProblems(h, current, changed);
        },
        [&](const History &, const Minutes &) -> Result<qint64> {
            if (auto done = sql::update(sql::database(m_archive), QStringLiteral("minutes"),
                                        changed.id, headColumns(changed));
                !done)
                return Result<qint64>::from(done);
            return writeItems(changed.id, changed.items);
        });
}

Result<qint64> MinutesStore::approve(qint64 id, qint64 atMeeting, const std::optional<Vote> &vote)
{
    return change(
        id,
        [&](const History &h, const Minutes &m) {
            return MinutesRules::approveProblems(h, m, atMeeting, vote);
        },
        [&](const History &, const Minutes &) -> Result<qint64> {
            QVariantMap row = voteColumns(vote, QStringLiteral("approval_"));
            row.insert(QStringLiteral("approved_at"), atMeeting);
            const auto done =
                sql::update(sql::database(m_archive), QStringLiteral("minutes"), id, row);
            return done ? Result<qint64>::ok(id) : Result<qint64>::from(done);
        });
}

Result<qint64> MinutesStore::correct(qint64 id, const MinutesCorrection &c)
{
    return change(
        id,
        [&](const History &h, const Minutes &m) { return MinutesRules::correctProblems(h, m, c); },
        [&](const History &, const Minutes &) -> Result<qint64> {
            const auto done =
                sql::insert(sql::database(m_archive), QStringLiteral("minutes_corrections"),
                            {{QStringLiteral("minutes_id"), id},
                             {QStringLiteral("date"), sql::day(c.date)},
                             {QStringLiteral("text"), c.text.trimmed()},
                             {QStringLiteral("reason"), c.reason.trimmed()}});
            return done ? Result<qint64>::ok(id) : Result<qint64>::from(done);
        });
}

} // namespace tavolo
