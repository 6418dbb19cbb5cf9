#include "personerasure.h"

#include "archive.h"
#include "auditlog.h"
#include "sql.h"

namespace tavolo {

PersonErasure::PersonErasure(Archive &archive)
    : m_archive(archive)
{
    if (!m_archive.onServer())
        sql::exec(sql::database(m_archive), QStringLiteral("PRAGMA secure_delete = ON"));
}

PersonErasure::~PersonErasure()
{
    if (!m_archive.onServer())
        sql::exec(sql::database(m_archive), QStringLiteral("PRAGMA secure_delete = OFF"));
}

Result<Done> PersonErasure::clearGuestReasons(Archive &archive, qint64 personId)
{
    const auto done = sql::exec(sql::database(archive),
                                QStringLiteral("UPDATE guests SET reason = :reason "
                                               "WHERE person_id = :id"),
                                {{QStringLiteral("reason"), AuditLog::scrubbedGuestReason()},
                                 {QStringLiteral("id"), personId}});
    return done ? Result<Done>::ok({}) : Result<Done>::from(done);
}

bool PersonErasure::emptyLog()
{
    // A PostgreSQL server has no journal beside a file; the old row versions it keeps until
    // its vacuum are not readable through SQL (issue 18 leaves an explicit VACUUM for later).
    if (m_archive.onServer())
        return true;
    // SQLite answers busy = 1 when a reader's snapshot keeps the log (after the busy timeout).
    auto checkpoint =
        sql::exec(sql::database(m_archive), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!checkpoint)
        return false;
    QSqlQuery &query = checkpoint.value();
    const bool emptied = query.next() && query.value(0).toInt() == 0;
    query.finish();
    return emptied;
}

} // namespace tavolo
