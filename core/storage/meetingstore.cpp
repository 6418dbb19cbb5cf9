#include "meetingstore.h"

#include "ruledwrite.h"
#include "sql.h"

#include "core/rules/meetingrules.h"

#include <QJsonArray>
#include <algorithm>
#include <QJsonDocument>

namespace tavolo {

MeetingStore::MeetingStore(Archive &archive)
    : m_archive(archive)
{
}

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

// The schema refuses a blank item with a raw "CHECK constraint failed": said here in words.
Problems MeetingStore::blankItems(const QStringList &agenda)
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

Result<qint64> MeetingStore::setState(qint64 id, const QVariantMap &values)
{
    const auto done = sql::update(sql::database(m_archive), QStringLiteral("meetings"), id, values);
    return done ? Result<qint64>::ok(id) : Result<qint64>::from(done);
}

Result<qint64> MeetingStore::add(const Meeting &m)
{
    return ruledWrite(
        m_archive, [&](const History &h) { return MeetingRules::addProblems(h, m) + blankItems(m.agenda); },
        [&](const History &, Done) {
            QList<QVariantMap> agenda;
            for (const QString &item : m.agenda)
                agenda << QVariantMap{{QStringLiteral("position"), agenda.size() + 1},
                                      {QStringLiteral("text"), item.trimmed()}};
            const QJsonArray joint = QJsonArray::fromStringList(m.jointWith);
            return sql::insertWithChildren(
                sql::database(m_archive), QStringLiteral("meetings"),
                {{QStringLiteral("kind"), MeetingRules::kindId(m.kind)},
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
        });
}

Result<qint64> MeetingStore::convene(qint64 id, QDate on)
{
    return change(
        id, [&](const History &h, const Meeting &m) { return MeetingRules::conveneProblems(h, m, on); },
        [&](const History &, const Meeting &) {
            return setState(id, {{QStringLiteral("state"), QStringLiteral("convened")},
                                 {QStringLiteral("convened_on"), sql::day(on)}});
        });
}

Result<qint64> MeetingStore::addMaterial(qint64 id, const QString &title, const QString &fileName,
                                         const QByteArray &content)
{
    return change(
        id, [&](const History &, const Meeting &m) { return MeetingRules::materialProblems(m, title); },
        [&](const History &, const Meeting &) {
            return sql::insert(sql::database(m_archive), QStringLiteral("materials"),
                               {{QStringLiteral("meeting_id"), id},
                                {QStringLiteral("title"), title.trimmed()},
                                {QStringLiteral("file_name"), sql::nullable(fileName)},
                                {QStringLiteral("content"),
                                 content.isNull() ? QVariant() : QVariant(content)}});
        });
}

Result<qint64> MeetingStore::invite(qint64 id, const Guest &g)
{
    return change(
        id, [&](const History &h, const Meeting &m) { return MeetingRules::guestProblems(h, m, g); },
        [&](const History &, const Meeting &) -> Result<qint64> {
            const auto done = sql::insert(sql::database(m_archive), QStringLiteral("guests"),
                                          {{QStringLiteral("meeting_id"), id},
                                           {QStringLiteral("person_id"), g.personId},
                                           {QStringLiteral("reason"), g.reason.trimmed()}});
            return done ? Result<qint64>::ok(id) : done;
        });
}

Result<qint64> MeetingStore::hold(qint64 id, const QHash<qint64, Attendance> &attendance, QDate today)
{
    QHash<qint64, Attendance> full;
    return change(
        id,
        [&](const History &h, const Meeting &m) {
            auto held = MeetingRules::hold(h, m, attendance, today);
            if (held)
                full = held.value();
            return held.problems();
        },
        [&](const History &, const Meeting &) -> Result<qint64> {
            for (auto it = full.cbegin(); it != full.cend(); ++it)
                if (auto done = sql::insert(sql::database(m_archive), QStringLiteral("attendance"),
                                            {{QStringLiteral("meeting_id"), id},
                                             {QStringLiteral("person_id"), it.key()},
                                             {QStringLiteral("status"),
                                              MeetingRules::attendanceId(it.value())}});
                    !done)
                    return done;
            return setState(id, {{QStringLiteral("state"), QStringLiteral("held")}});
        });
}

Result<qint64> MeetingStore::cancel(qint64 id, const QString &reason)
{
    return change(
        id, [&](const History &, const Meeting &m) { return MeetingRules::cancelProblems(m, reason); },
        [&](const History &, const Meeting &) {
            return setState(id, {{QStringLiteral("state"), QStringLiteral("cancelled")},
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

Problems MeetingStore::agendaProblems(const Meeting &m, int position, bool allowEnd)
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

// The whole agenda rewritten in one transaction, positions 1…n.
Result<qint64> MeetingStore::setAgenda(qint64 id, const QStringList &agenda)
{
    if (const Problems blank = blankItems(agenda); !blank.isEmpty())
        return Result<qint64>::refused(blank);
    const QSqlDatabase db = sql::database(m_archive);
    if (auto done = sql::exec(db, QStringLiteral("DELETE FROM agenda_items WHERE meeting_id = :id"),
                              {{QStringLiteral("id"), id}});
        !done)
        return Result<qint64>::from(done);
    for (int i = 0; i < agenda.size(); ++i)
        if (auto done = sql::exec(db,
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
            Problems problems = agendaProblems(m, 1, true);
            if (text.trimmed().isEmpty())
                problems << Problem::refused(QStringLiteral("REQUIRED"),
                                             tr("An agenda item needs its text."),
                                             QStringLiteral("agenda"));
            return problems;
        },
        [&](const History &, const Meeting &m) {
            QStringList agenda = m.agenda;
            const int at = position < 1 || position > agenda.size() ? int(agenda.size()) : position - 1;
            agenda.insert(at, text.trimmed());
            return setAgenda(id, agenda);
        });
}

Result<qint64> MeetingStore::removeAgendaItem(qint64 id, int position)
{
    return change(
        id, [&](const History &, const Meeting &m) { return agendaProblems(m, position, false); },
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
            return agendaProblems(m, from, false) + agendaProblems(m, to, false);
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
        id,
        [&](const History &, const Meeting &m) {
            Problems problems;
            if (m.state != MeetingState::Draft)
                problems << Problem::refused(QStringLiteral("R-J"),
                                             tr("Only a draft meeting can be thrown away; cancel "
                                                "a convened one, giving the reason."),
                                             QStringLiteral("meeting"));
            return problems;
        },
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
            Problems problems;
            if (m.state == MeetingState::Held || m.state == MeetingState::Cancelled)
                problems << Problem::refused(QStringLiteral("R-F"),
                                             tr("The guests of a meeting already held or "
                                                "cancelled are part of its record."),
                                             QStringLiteral("guest"));
            const bool invited = std::any_of(m.guests.cbegin(), m.guests.cend(),
                                             [&](const Guest &g) { return g.personId == person; });
            if (!invited)
                problems << Problem::refused(QStringLiteral("R-F"),
                                             tr("%1 is not a guest of this meeting.")
                                                 .arg(h.personName(person)),
                                             QStringLiteral("guest"));
            return problems;
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
