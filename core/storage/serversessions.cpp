#include "serversessions.h"

#include "archive.h"
#include "server.h"
#include "sql.h"

namespace tavolo {

QStringList ServerSessions::others(const Archive &archive)
{
    if (!archive.isOpen() || !archive.onServer())
        return {};
    auto rows = sql::exec(
        sql::database(archive),
        QStringLiteral("SELECT DISTINCT substr(application_name, length(:prefix) + 1) AS who "
                       "FROM pg_stat_activity WHERE datname = current_database() "
                       "AND pid <> pg_backend_pid() AND starts_with(application_name, :prefix) "
                       "ORDER BY who"),
        {{QStringLiteral("prefix"), server::applicationPrefix}});
    if (!rows)
        return {};
    QStringList who;
    // "<user> on <computer>", as the other program wrote it: said again in this one's language.
    const QString on = QStringLiteral(" on ");
    while (rows.value().next()) {
        const QString name = rows.value().value(0).toString();
        const auto at = name.lastIndexOf(on);
        who << (at < 0 ? name : tr("%1 on %2").arg(name.left(at), name.mid(at + on.size())));
    }
    return who;
}

} // namespace tavolo
