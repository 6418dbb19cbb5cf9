#include "auditmark.h"

#include "sql.h"

#include <QSqlQuery>

namespace tavolo {

namespace {

std::optional<ArchiveChanges::Action> actionOf(const QString &action)
{
    if (action == QLatin1String("insert"))
        return ArchiveChanges::Action::Insert;
    if (action == QLatin1String("update"))
        return ArchiveChanges::Action::Update;
    if (action == QLatin1String("delete"))
        return ArchiveChanges::Action::Delete;
    return std::nullopt;
}

} // namespace

AuditMark AuditMark::now(const QSqlDatabase &db)
{
    AuditMark mark;
    auto last = sql::exec(db, QStringLiteral("SELECT id, at FROM audit ORDER BY id DESC LIMIT 1"));
    if (last && last.value().next()) {
        mark.m_id = last.value().value(0).toLongLong();
        mark.m_at = last.value().value(1).toString();
    }
    return mark;
}

bool AuditMark::stillThere(const QSqlDatabase &db) const
{
    if (m_id == 0)
        return true;
    auto row = sql::exec(db, QStringLiteral("SELECT at FROM audit WHERE id = :id"),
                         {{QStringLiteral("id"), m_id}});
    return row && row.value().next() && row.value().value(0).toString() == m_at;
}

ArchiveChanges AuditMark::advance(const QSqlDatabase &db)
{
    if (!stillThere(db)) {
        *this = now(db);
        return ArchiveChanges::everything();
    }
    return written(db);
}

ArchiveChanges AuditMark::written(const QSqlDatabase &db)
{
    // The numbers are written into the statement: on the server a statement with bound values
    // is prepared, run and dropped, three round trips instead of one, at every commit.
    auto after = sql::exec(db,
                           QStringLiteral("SELECT id, at, table_name, row_id, action FROM audit "
                                          "WHERE id > %1 ORDER BY id LIMIT %2")
                               .arg(m_id)
                               .arg(ArchiveChanges::MostListed + 1));
    if (!after) {
        *this = now(db);
        return ArchiveChanges::everything();
    }
    QList<ArchiveChanges::Record> records;
    QSqlQuery &rows = after.value();
    while (rows.next()) {
        m_id = rows.value(0).toLongLong();
        m_at = rows.value(1).toString();
        const auto action = actionOf(rows.value(4).toString());
        records << ArchiveChanges::Record {rows.value(2).toString(), rows.value(3).toLongLong(),
                                           action.value_or(ArchiveChanges::Action::Update)};
    }
    if (records.size() > ArchiveChanges::MostListed) {
        *this = now(db);
        return ArchiveChanges::everything();
    }
    return ArchiveChanges::of(records);
}

} // namespace tavolo
