#include "recordversion.h"

#include "archive.h"
#include "sql.h"

#include <QDateTime>

namespace tavolo {

const QString RecordVersion::rule = QStringLiteral("CHANGED");

Result<Done> RecordVersion::check(Archive &archive, const QString &table, qint64 id, int expected)
{
    if (expected == 0)
        return Result<Done>::ok({});
    const QSqlDatabase db = sql::database(archive);
    const qint64 current =
        sql::scalar(db, QStringLiteral("SELECT version FROM %1 WHERE id = :id").arg(table),
                    {{QStringLiteral("id"), id}}, -1);
    if (current == expected || current < 0) // a vanished record is the caller's refusal
        return Result<Done>::ok({});
    const qint64 lastChange = sql::scalar(
        db, QStringLiteral("SELECT MAX(id) FROM audit WHERE table_name = :t AND row_id = :id"),
        {{QStringLiteral("t"), table}, {QStringLiteral("id"), id}}, 0);
    const QString message = changedBy(
        archive, lastChange,
        tr("This record was changed by %1 on %2 after you opened it: reload it to see that "
           "change, then make yours again."),
        tr("This record was changed by %1 after you opened it: reload it to see that "
           "change, then make yours again."));
    return Result<Done>::refused(Problem::refused(rule, message, QStringLiteral("version")));
}

QString RecordVersion::changedBy(Archive &archive, qint64 auditId, const QString &withDate,
                                 const QString &withoutDate)
{
    auto last = sql::exec(sql::database(archive),
                          QStringLiteral("SELECT os_user, at FROM audit WHERE id = :id"),
                          {{QStringLiteral("id"), auditId}});
    QString who = tr("another program");
    QString when;
    if (last && last.value().next()) {
        who = last.value().value(0).toString();
        QDateTime at = QDateTime::fromString(last.value().value(1).toString(), Qt::ISODateWithMs);
        at.setTimeSpec(Qt::UTC);
        when = at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    }
    return when.isEmpty() ? withoutDate.arg(who) : withDate.arg(who, when);
}

qint64 RecordVersion::tableStamp(Archive &archive, const QString &table)
{
    return sql::scalar(
        sql::database(archive),
        QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit WHERE table_name = :t"),
        {{QStringLiteral("t"), table}}, 0);
}

Result<Done> RecordVersion::checkTable(Archive &archive, const QString &table, qint64 expected)
{
    if (expected < 0)
        return Result<Done>::ok({});
    const qint64 current = tableStamp(archive, table);
    if (current == expected)
        return Result<Done>::ok({});
    const QString message = changedBy(
        archive, current,
        tr("These settings were changed by %1 on %2 after you opened them: revert to see that "
           "change, then make yours again."),
        tr("These settings were changed by %1 after you opened them: revert to see that "
           "change, then make yours again."));
    return Result<Done>::refused(Problem::refused(rule, message));
}

bool RecordVersion::changedMeanwhile(const Problems &problems)
{
    for (const Problem &p : problems)
        if (p.rule == rule)
            return true;
    return false;
}

} // namespace tavolo
