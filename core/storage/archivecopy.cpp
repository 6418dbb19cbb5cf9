#include "archivecopy.h"

#include "archive.h"
#include "sql.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace tavolo {

namespace {

Result<qint64> refused(const QString &message)
{
    return Result<qint64>::refused(Problem::refused(QStringLiteral("COPY"), message));
}

// The file's tables, each after those its foreign keys name (the server checks them at once).
QStringList tablesInOrder(const QSqlDatabase &file)
{
    QStringList pending;
    auto names = sql::exec(file,
                           QStringLiteral("SELECT name FROM sqlite_schema WHERE type = "
                                          "'table' AND name <> 'audit_context' ORDER BY "
                                          "rowid"));
    while (names && names.value().next())
        pending << names.value().value(0).toString();
    QHash<QString, QSet<QString>> references;
    for (const QString &table : std::as_const(pending)) {
        auto keys = sql::exec(file,
                              QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list"
                                             "('%1')")
                                  .arg(table));
        while (keys && keys.value().next())
            references[table].insert(keys.value().value(0).toString());
        references[table].remove(table);
    }
    QStringList out;
    while (!pending.isEmpty()) {
        const auto ready = std::find_if(pending.begin(), pending.end(), [&](const QString &t) {
            for (const QString &needed : std::as_const(references[t]))
                if (!out.contains(needed))
                    return false;
            return true;
        });
        if (ready == pending.end())
            return {}; // a cycle: not in Tavolo's schema
        out << *ready;
        pending.erase(ready);
    }
    return out;
}

// Copies one table's rows; the server's `rowid` column takes the file's rowid where the table
// has no id of its own.
Result<qint64> copyTable(const QSqlDatabase &file, const QSqlDatabase &server, const QString &table)
{
    const bool hasId = file.record(table).contains(QStringLiteral("id"));
    QSqlQuery rows(file);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT %1* FROM %2")
                       .arg(hasId ? QString() : QStringLiteral("rowid AS rowid, "), table)))
        return Result<qint64>::refused(sql::storageProblem(rows.lastError()));
    const QSqlRecord columns = rows.record();
    QStringList names;
    QStringList placeholders;
    for (int i = 0; i < columns.count(); ++i) {
        names << columns.fieldName(i);
        placeholders << QStringLiteral("?");
    }
    QSqlQuery insert(server);
    if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(table, names.join(QStringLiteral(", ")),
                                 placeholders.join(QStringLiteral(", ")))))
        return Result<qint64>::refused(sql::storageProblem(insert.lastError()));
    qint64 copied = 0;
    while (rows.next()) {
        for (int i = 0; i < columns.count(); ++i)
            insert.bindValue(i, rows.value(i));
        if (!insert.exec())
            return Result<qint64>::refused(sql::storageProblem(insert.lastError()));
        ++copied;
    }
    // The next id the server gives follows the highest copied.
    const QString key = hasId ? QStringLiteral("id") : QStringLiteral("rowid");
    if (auto done = sql::exec(server,
                              QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', "
                                             "'%2'), GREATEST(COALESCE(max(%2), 0), 1), "
                                             "max(%2) IS NOT NULL) FROM %1")
                                  .arg(table, key));
        !done)
        return Result<qint64>::from(done);
    return Result<qint64>::ok(copied);
}

} // namespace

Result<qint64> ArchiveCopy::fileToServer(Archive &from, Archive &to)
{
    if (!from.isOpen() || !to.isOpen() || from.onServer() || !to.onServer())
        return refused(tr("A copy goes from an archive file to an archive on the office server."));
    if (from.schemaVersion() != to.schemaVersion())
        return refused(tr("The archive file has schema %1 and the server's archive schema %2: "
                          "both must be opened by this version of Tavolo first.")
                           .arg(from.schemaVersion())
                           .arg(to.schemaVersion()));
    const QSqlDatabase file = sql::database(from);
    const QSqlDatabase server = sql::database(to);
    const QStringList tables = tablesInOrder(file);
    for (const QString &table : tables) {
        if (sql::scalar(server, QStringLiteral("SELECT count(*) FROM %1").arg(table)) > 0)
            return refused(tr("The archive on the server is not empty (the table %1 has rows): "
                              "a copy goes only into a new archive. Nothing was changed.")
                               .arg(table));
    }
    return to.write([&]() -> Result<qint64> {
        qint64 copied = 0;
        for (const QString &table : tables) {
            // The rows arrive as they were, audit trail included: the triggers that would
            // record or renumber them again are off for this transaction only.
            if (auto off = sql::exec(
                    server, QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(table));
                !off)
                return Result<qint64>::from(off);
            auto rows = copyTable(file, server, table);
            if (!rows)
                return rows;
            copied += rows.value();
            if (auto on = sql::exec(
                    server, QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(table));
                !on)
                return Result<qint64>::from(on);
        }
        return Result<qint64>::ok(copied);
    });
}

} // namespace tavolo
