#include "meetingstore.h"

#include "core/rules/grouprules.h"
#include "core/rules/meetingrules.h"
#include "core/rules/minutesrules.h"
#include "ruledwrite.h"
#include "sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tavolo {

MeetingStore::MeetingStore(Archive &archive)
    : m_archive(archive)
{ }

Problem MeetingStore::notFound(qint64 id)
{
    return Problem::refused(QStringLiteral("NOT-FOUND"),
                            tr("There is no meeting with id %1.").arg(id),
                            QStringLiteral("meeting"));
}

// A change to an existing meeting: the rules see it as it is now, inside the transaction.
template<typename Check, typename Save>
Result<qint64> MeetingStore::change(qint64 id, Check check, Save save)
{
    return ruledWrite(
        m_archive,
        [&](const History &h) -> Result<Meeting> {
            const Meeting *m = h.meeting(id);
            if (!m)
                return Result<Meeting>::refused(notFound(id));
            const Problems problems = check(h, *m);
            return hasRefusal(problems) ? Result<Meeting>::refused(problems)
                                        : Result<Meeting>::ok(*m, problems);
        },
        save);
}

Result<qint64> MeetingStore::setState(qint64 id, const QVariantMap &values)
{
    const auto done = sql::update(sql::database(m_archive), QStringLiteral("meetings"), id, values);
    return done ? Result<qint64>::ok(id) : Result<qint64>::from(done);
}

Result<qint64> MeetingStore::add(const Meeting &m)
{
    return ruledWrite(
        m_archive, [&](const History &h) { return MeetingRules::addProblems(h, m); },
        [&](const History &, Done) { return insert(m); });
}

// The next meeting of a body approves the latest minutes still awaiting approval, as its first
// item (R-K); the history is read inside the transaction, so the item names the right minutes.
Result<qint64> MeetingStore::addApprovingMinutes(const Meeting &given)
{
    Meeting m = given;
    return ruledWrite(
        m_archive,
        [&](const History &h) {
            if (const QString item = MinutesRules::approvalItem(h, m.body, m.date); !item.isEmpty())
                m.agenda.prepend(item);
            return MeetingRules::addProblems(h, m);
        },
        [&](const History &, Done) { return insert(m); });
}

Result<qint64> MeetingStore::insert(const Meeting &m)
{
    QList<QVariantMap> agenda;
    for (const QString &item : m.agenda)
        agenda << QVariantMap {{QStringLiteral("position"), agenda.size() + 1},
                               {QStringLiteral("text"), item.trimmed()}};
    const QJsonArray joint = QJsonArray::fromStringList(m.jointWith);
    return sql::insertWithChildren(
        sql::database(m_archive), QStringLiteral("meetings"),
        {{QStringLiteral("kind"), MeetingTerms::kindId(m.kind)},
         {QStringLiteral("group_id"),
          m.body.kind == BodyKind::Group ? QVariant(m.body.id) : QVariant()},
         {QStringLiteral("table_id"),
          m.body.kind == BodyKind::Table ? QVariant(m.body.id) : QVariant()},
         {QStringLiteral("date"), sql::day(m.date)},
         {QStringLiteral("time"), sql::clock(m.time)},
         {QStringLiteral("place"), sql::nullable(m.place.trimmed())},
         {QStringLiteral("online_link"), sql::nullable(m.onlineLink.trimmed())},
         {QStringLiteral("request_id"), sql::nullable(m.requestId)},
         {QStringLiteral("convened_by"), sql::nullable(m.convenedBy)},
         {QStringLiteral("joint_with"),
          m.jointWith.isEmpty()
              ? QVariant()
              : QVariant(QString::fromUtf8(QJsonDocument(joint).toJson(QJsonDocument::Compact)))}},
        QStringLiteral("agenda_items"), QStringLiteral("meeting_id"), agenda);
}

Result<qint64> MeetingStore::convene(qint64 id, QDate on)
{
    return change(
        id,
        [&](const History &h, const Meeting &m) { return MeetingRules::conveneProblems(h, m, on); },
        [&](const History &, const Meeting &) {
            return setState(
                id,
                {{QStringLiteral("state"), MeetingTerms::stateId(MeetingState::Convened)},
                 {QStringLiteral("convened_on"), sql::day(on)}});
        });
}

Result<qint64> MeetingStore::addMaterial(qint64 id, const QString &title, const QString &fileName,
                                         const QByteArray &content)
{
    return change(
        id,
        [&](const History &, const Meeting &m) { return MeetingRules::materialProblems(m, title); },
        [&](const History &, const Meeting &) {
            return sql::insert(
                sql::database(m_archive), QStringLiteral("materials"),
                {{QStringLiteral("meeting_id"), id},
                 {QStringLiteral("title"), title.trimmed()},
                 {QStringLiteral("file_name"), sql::nullable(fileName)},
                 {QStringLiteral("content"), content.isNull() ? QVariant() : QVariant(content)}});
        });
}

Result<qint64> MeetingStore::invite(qint64 id, const Guest &g)
{
    return change(
        id,
        [&](const History &h, const Meeting &m) { return MeetingRules::guestProblems(h, m, g); },
        [&](const History &, const Meeting &) -> Result<qint64> {
            const auto done = sql::insert(sql::database(m_archive), QStringLiteral("guests"),
                                          {{QStringLiteral("meeting_id"), id},
                                           {QStringLiteral("person_id"), g.personId},
                                           {QStringLiteral("reason"), g.reason.trimmed()}});
            return done ? Result<qint64>::ok(id) : done;
        });
}

Result<qint64> MeetingStore::hold(qint64 id, const QHash<qint64, Attendance> &attendance,
                                  QDate today)
{
    return hold(id, attendance, false, today);
}

// A working group's meeting may also ratify the group's proposed coordinator (R-I).
Result<qint64> MeetingStore::hold(qint64 id, const QHash<qint64, Attendance> &attendance,
                                  bool ratifyCoordinator, QDate today)
{
    QHash<qint64, Attendance> full;
    std::optional<qint64> ratified;
    return change(
        id,
        [&](const History &h, const Meeting &m) {
            auto held = MeetingRules::hold(h, m, attendance, today);
            if (held)
                full = held.value();
            if (m.body.kind != BodyKind::Group)
                return ratifyCoordinator ? held.problems() + notAGroup() : held.problems();
            if (!held)
                return held.problems();
            const WorkingGroup &g = *h.group(m.body.id);
            if (ratifyCoordinator)
                ratified = g.proposedCoordinator;
            return held.problems() + GroupRules::ratifyProblems(g, ratifyCoordinator);
        },
        [&](const History &, const Meeting &m) -> Result<qint64> {
            const QSqlDatabase db = sql::database(m_archive);
            for (auto it = full.cbegin(); it != full.cend(); ++it)
                if (auto done = sql::insert(
                        db, QStringLiteral("attendance"),
                        {{QStringLiteral("meeting_id"), id},
                         {QStringLiteral("person_id"), it.key()},
                         {QStringLiteral("status"), MeetingTerms::attendanceId(it.value())}});
                    !done)
                    return done;
            if (ratified)
                if (auto done = sql::update(db, QStringLiteral("working_groups"), m.body.id,
                                            {{QStringLiteral("coordinator_id"), *ratified}});
                    !done)
                    return Result<qint64>::from(done);
            return setState(id,
                            {{QStringLiteral("state"), MeetingTerms::stateId(MeetingState::Held)},
                             {QStringLiteral("ratified_coordinator"), ratified ? 1 : 0}});
        });
}

Problems MeetingStore::notAGroup()
{
    return {Problem::refused(QStringLiteral("R-I"),
                             tr("Only a working group's meeting ratifies a coordinator."),
                             QStringLiteral("ratifyCoordinator"))};
}

Result<qint64> MeetingStore::cancel(qint64 id, const QString &reason)
{
    return change(
        id,
        [&](const History &, const Meeting &m) { return MeetingRules::cancelProblems(m, reason); },
        [&](const History &, const Meeting &) {
            return setState(
                id,
                {{QStringLiteral("state"), MeetingTerms::stateId(MeetingState::Cancelled)},
                 {QStringLiteral("cancel_reason"), reason.trimmed()}});
        });
}

QByteArray MeetingStore::materialContent(qint64 material) const
{
    auto query = sql::exec(sql::database(m_archive),
                           QStringLiteral("SELECT content FROM materials WHERE id = :id"),
                           {{QStringLiteral("id"), material}});
    return query && query.value().next() ? query.value().value(0).toByteArray() : QByteArray();
}

// The whole agenda rewritten in one transaction, positions 1…n.
Result<qint64> MeetingStore::setAgenda(qint64 id, const QStringList &agenda)
{
    if (const Problems blank = MeetingRules::blankItems(agenda); !blank.isEmpty())
        return Result<qint64>::refused(blank);
    const QSqlDatabase db = sql::database(m_archive);
    if (auto done = sql::exec(db, QStringLiteral("DELETE FROM agenda_items WHERE meeting_id = :id"),
                              {{QStringLiteral("id"), id}});
        !done)
        return Result<qint64>::from(done);
    for (int i = 0; i < agenda.size(); ++i)
        if (auto done =
                sql::exec(db,
                          QStringLiteral("INSERT INTO agenda_items (meeting_id, position, text)"
                                         " VALUES (:id, :position, :text)"),
                          {{QStringLiteral("id"), id},
                           {QStringLiteral("position"), i + 1},
                           {QStringLiteral("text"), agenda.at(i)}});
            !done)
            return Result<qint64>::from(done);
    return Result<qint64>::ok(id);
}

Result<qint64> MeetingStore::addAgendaItem(qint64 id, const QString &text, int position)
{
    return change(
        id,
        [&](const History &, const Meeting &m) {
            return MeetingRules::agendaItemProblems(m, text);
        },
        [&](const History &, const Meeting &m) {
            QStringList agenda = m.agenda;
            const int at =
                position < 1 || position > agenda.size() ? int(agenda.size()) : position - 1;
            agenda.insert(at, text.trimmed());
            return setAgenda(id, agenda);
        });
}

Result<qint64> MeetingStore::removeAgendaItem(qint64 id, int position)
{
    return change(
        id,
        [&](const History &, const Meeting &m) {
            return MeetingRules::agendaProblems(m, position, false);
        },
        [&](const History &, const Meeting &m) {
            QStringList agenda = m.agenda;
            agenda.removeAt(position - 1);
            return setAgenda(id, agenda);
        });
}

Result<qint64> MeetingStore::moveAgendaItem(qint64 id, int from, int to)
{
    return change(
        id,
        [&](const History &, const Meeting &m) {
            return MeetingRules::agendaProblems(m, from, false)
                + MeetingRules::agendaProblems(m, to, false);
        },
        [&](const History &, const Meeting &m) {
            QStringList agenda = m.agenda;
            agenda.move(from - 1, to - 1);
            return setAgenda(id, agenda);
        });
}

Result<qint64> MeetingStore::discard(qint64 id)
{
    return change(
        id, [&](const History &, const Meeting &m) { return MeetingRules::discardProblems(m); },
        [&](const History &, const Meeting &) -> Result<qint64> {
            const auto done = sql::exec(sql::database(m_archive),
                                        QStringLiteral("DELETE FROM meetings WHERE id = :id"),
                                        {{QStringLiteral("id"), id}});
            return done ? Result<qint64>::ok(id) : Result<qint64>::from(done);
        });
}

Result<qint64> MeetingStore::uninvite(qint64 id, qint64 person)
{
    return change(
        id,
        [&](const History &h, const Meeting &m) {
            return MeetingRules::uninviteProblems(h, m, person);
        },
        [&](const History &, const Meeting &) -> Result<qint64> {
            const auto done = sql::exec(
                sql::database(m_archive),
                QStringLiteral("DELETE FROM guests WHERE meeting_id = :id AND person_id = :person"),
                {{QStringLiteral("id"), id}, {QStringLiteral("person"), person}});
            return done ? Result<qint64>::ok(id) : Result<qint64>::from(done);
        });
}

} // namespace tavolo
