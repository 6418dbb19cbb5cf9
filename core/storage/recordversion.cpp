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
    const qint64 current = sql::scalar(
        db, QStringLiteral("SELECT version FROM %1 WHERE id = :id").arg(table),
        {{QStringLiteral("id"), id}}, -1);
    if (current == expected || current < 0) // a vanished record is the caller's refusal
        return Result<Done>::ok({});
    auto last = sql::exec(db,
                          QStringLiteral("SELECT os_user, at FROM audit WHERE table_name = :t AND "
                                         "row_id = :id ORDER BY id DESC LIMIT 1"),
                          {{QStringLiteral("t"), table}, {QStringLiteral("id"), id}});
    QString who = tr("another program");
    QString when;
    if (last && last.value().next()) {
        who = last.value().value(0).toString();
        QDateTime at = QDateTime::fromString(last.value().value(1).toString(), Qt::ISODateWithMs);
        at.setTimeSpec(Qt::UTC);
        when = at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    }
    const QString message =
        when.isEmpty()
            ? tr("This record was changed by %1 after you opened it: reload it to see that "
                 "change, then make yours again.")
                  .arg(who)
            : tr("This record was changed by %1 on %2 after you opened it: reload it to see that "
                 "change, then make yours again.")
                  .arg(who, when);
    return Result<Done>::refused(Problem::refused(rule, message, QStringLiteral("version")));
}

bool RecordVersion::changedMeanwhile(const Problems &problems)
{
    for (const Problem &p : problems)
        if (p.rule == rule)
            return true;
    return false;
}

} // namespace tavolo
