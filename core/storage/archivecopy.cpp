#include "archivecopy.h"

#include "archive.h"
#include "archivefile.h"
#include "server.h"
#include "serveraddress.h"
#include "sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringDecoder>

namespace tavolo {

namespace {

Result<qint64> refused(const QString &message)
{
    return Result<qint64>::refused(Problem::refused(QStringLiteral("COPY"), message));
}

// The archive's own bookkeeping, not its content: the schema version (a table on a server, a
// header field in a file) and the context the audit triggers read (a view on a server, one row
// in a file), both written by each archive for itself.
bool isBookkeeping(const QString &table)
{
    return table == QLatin1String("audit_context") || table == QLatin1String("schema_version");
}

// The tables of `db` with the tables each one's foreign keys name.
QList<std::pair<QString, QSet<QString>>> tablesWithReferences(const QSqlDatabase &db)
{
    const bool server = server::isServer(db);
    QList<std::pair<QString, QSet<QString>>> tables;
    auto names = sql::exec(
        db,
        server ? QStringLiteral("SELECT relname FROM pg_class WHERE relkind = 'r' AND "
                                "relnamespace = current_schema()::regnamespace ORDER BY oid")
               : QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND "
                                "name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid"));
    while (names && names.value().next()) {
        const QString table = names.value().value(0).toString();
        if (!isBookkeeping(table))
            tables.append({table, {}});
    }
    for (auto &[table, references] : tables) {
        auto keys = sql::exec(
            db,
            server ? QStringLiteral("SELECT confrelid::regclass::text FROM pg_constraint WHERE "
                                    "contype = 'f' AND conrelid = CAST(:table AS regclass)")
                   : QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list(:table)"),
            {{QStringLiteral("table"), table}});
        while (keys && keys.value().next())
            references.insert(keys.value().value(0).toString());
        references.remove(table);
    }
    return tables;
}

// The tables of `db`, each after those its foreign keys name (checked at each row).
QStringList tablesInOrder(const QSqlDatabase &db)
{
    auto pending = tablesWithReferences(db);
    QStringList out;
    while (!pending.isEmpty()) {
        const auto ready = std::find_if(pending.begin(), pending.end(), [&](const auto &table) {
            return std::all_of(table.second.begin(), table.second.end(),
                               [&](const QString &needed) { return out.contains(needed); });
        });
        if (ready == pending.end())
            return {}; // a cycle: not in Tavolo's schema
        out << ready->first;
        pending.erase(ready);
    }
    return out;
}

// The source is read in one transaction that sees one moment of it, whatever other programs
// save meanwhile: a server's REPEATABLE READ snapshot, a file's read transaction (write-ahead
// log). Nothing is written through it; it ends with a rollback.
class Snapshot
{
public:
    explicit Snapshot(const QSqlDatabase &db)
        : m_db(db)
        , m_begun(sql::exec(db,
                            server::isServer(db)
                                ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ "
                                                 "READ ONLY")
                                : QStringLiteral("BEGIN"))
                      .isOk())
    { }
    ~Snapshot()
    {
        if (m_begun)
            sql::exec(m_db, QStringLiteral("ROLLBACK"));
    }
    Snapshot(const Snapshot &) = delete;
    Snapshot &operator=(const Snapshot &) = delete;
    bool begun() const { return m_begun; }

private:
    QSqlDatabase m_db;
    bool m_begun;
};

// Turns off, for the running transaction, the triggers that would record the copied rows in the
// audit trail again or renumber their versions; returns the statements that turn them back on.
// A server disables them (ALTER TABLE is transactional there); a file has no such switch, so its
// triggers are dropped and created again from their own text, the schema ending as it began.
Result<QStringList> suspendTriggers(const QSqlDatabase &db, const QString &table)
{
    if (server::isServer(db)) {
        if (auto off =
                sql::execDone(db, QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(table));
            !off)
            return Result<QStringList>::refused(off.problems());
        return Result<QStringList>::ok(
            {QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(table)});
    }
    auto triggers = sql::exec(db,
                              QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = "
                                             "'trigger' AND tbl_name = :table ORDER BY rowid"),
                              {{QStringLiteral("table"), table}});
    if (!triggers)
        return Result<QStringList>::refused(triggers.problems());
    QStringList names;
    QStringList resume;
    while (triggers.value().next()) {
        names << triggers.value().value(0).toString();
        resume << triggers.value().value(1).toString();
    }
    for (const QString &name : std::as_const(names))
        if (auto dropped = sql::execDone(db, QStringLiteral("DROP TRIGGER \"%1\"").arg(name));
            !dropped)
            return Result<QStringList>::refused(dropped.problems());
    return Result<QStringList>::ok(resume);
}

// A column that holds text or bytes alike in a file (SQLite keeps each value's own type) but
// bytes only on a server (bytea): document_settings.value, text for every key but the logo
// image. Coming back from a server into a file, its valid UTF-8 values are text again; an image
// never is (PNG and JPEG begin with a byte that UTF-8 never begins with). The files a material
// keeps (materials.content) stay bytes, whatever they hold.
QVariant asInFile(const QString &table, const QString &column, const QVariant &value)
{
    if (table != QLatin1String("document_settings") || column != QLatin1String("value")
        || value.typeId() != QMetaType::QByteArray)
        return value;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(value.toByteArray());
    return utf8.hasError() ? value : QVariant(text);
}

// Copies one table's rows, in the order of their ids. A file's table without an id column of
// its own numbers its rows with SQLite's rowid, which a server's table keeps in a column
// `rowid`: the number travels either way.
Result<qint64> copyTable(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table)
{
    const QSqlRecord declared = from.record(table);
    const QString key =
        declared.contains(QStringLiteral("id")) ? QStringLiteral("id") : QStringLiteral("rowid");
    const bool implicitRowid = !declared.contains(key);
    QSqlQuery rows(from);
    rows.setForwardOnly(true);
    if (!rows.exec(
            QStringLiteral("SELECT %1* FROM %2 ORDER BY %3")
                .arg(implicitRowid ? QStringLiteral("rowid AS rowid, ") : QString(), table, key)))
        return Result<qint64>::refused(sql::storageProblem(rows.lastError()));
    const QSqlRecord columns = rows.record();
    QStringList names;
    QStringList placeholders;
    for (int i = 0; i < columns.count(); ++i) {
        names << columns.fieldName(i);
        placeholders << QStringLiteral("?");
    }
    QSqlQuery insert(to);
    if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(table, names.join(QStringLiteral(", ")),
                                 placeholders.join(QStringLiteral(", ")))))
        return Result<qint64>::refused(sql::storageProblem(insert.lastError()));
    const bool intoFile = server::isServer(from) && !server::isServer(to);
    qint64 copied = 0;
    while (rows.next()) {
        for (int i = 0; i < columns.count(); ++i)
            insert.bindValue(
                i, intoFile ? asInFile(table, names.at(i), rows.value(i)) : rows.value(i));
        if (!insert.exec())
            return Result<qint64>::refused(sql::storageProblem(insert.lastError()));
        ++copied;
    }
    // The next id the server gives follows the highest copied; a file's next rowid does so by
    // itself (its schema has no AUTOINCREMENT counters).
    if (server::isServer(to)) {
        const QString column = to.record(table).contains(QStringLiteral("id"))
            ? QStringLiteral("id")
            : QStringLiteral("rowid");
        if (auto done = sql::exec(to,
                                  QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', "
                                                 "'%2'), GREATEST(COALESCE(max(%2), 0), 1), "
                                                 "max(%2) IS NOT NULL) FROM %1")
                                      .arg(table, column));
            !done)
            return Result<qint64>::from(done);
    }
    return Result<qint64>::ok(copied);
}

enum class Target { MustBeEmpty, Replaced };

Result<qint64> copyInto(Archive &from, Archive &to, Target target)
{
    if (!from.isOpen() || !to.isOpen())
        return refused(ArchiveCopy::tr("A copy needs both archives open."));
    if (from.path() == to.path())
        return refused(ArchiveCopy::tr("An archive cannot be copied onto itself."));
    if (from.schemaVersion() != to.schemaVersion())
        return refused(ArchiveCopy::tr("The archive copied has schema %1 and the target schema %2: "
                                       "both must be opened by this version of Tavolo first.")
                           .arg(from.schemaVersion())
                           .arg(to.schemaVersion()));
    if (from.inTransaction() || to.inTransaction())
        return refused(ArchiveCopy::tr("A copy cannot be made in the middle of a change."));
    const QSqlDatabase source = sql::database(from);
    const QSqlDatabase sink = sql::database(to);
    const Snapshot snapshot(source);
    if (!snapshot.begun())
        return Result<qint64>::refused(sql::storageProblem(source.lastError()));
    const QStringList tables = tablesInOrder(source);
    if (tables.isEmpty())
        return refused(ArchiveCopy::tr("The tables of the archive copied cannot be read."));
    if (target == Target::MustBeEmpty) {
        for (const QString &table : tables) {
            if (sql::scalar(sink, QStringLiteral("SELECT count(*) FROM %1").arg(table)) > 0)
                return refused(ArchiveCopy::tr("The target archive is not empty (the table %1 "
                                               "has rows): a copy goes only into a new archive. "
                                               "Nothing was changed.")
                                   .arg(table));
        }
    }
    return to.write([&]() -> Result<qint64> {
        QStringList resume;
        for (const QString &table : tables) {
            auto off = suspendTriggers(sink, table);
            if (!off)
                return Result<qint64>::refused(off.problems());
            resume << off.value();
        }
        if (target == Target::Replaced) {
            for (auto table = tables.crbegin(); table != tables.crend(); ++table)
                if (auto gone = sql::execDone(sink, QStringLiteral("DELETE FROM %1").arg(*table));
                    !gone)
                    return Result<qint64>::refused(gone.problems());
        }
        qint64 copied = 0;
        for (const QString &table : tables) {
            auto rows = copyTable(source, sink, table);
            if (!rows)
                return rows;
            copied += rows.value();
        }
        for (const QString &statement : std::as_const(resume))
            if (auto on = sql::execDone(sink, statement); !on)
                return Result<qint64>::refused(on.problems());
        return Result<qint64>::ok(copied);
    });
}

void removeArchiveFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

Result<qint64> ArchiveCopy::copy(Archive &from, Archive &to)
{
    return copyInto(from, to, Target::MustBeEmpty);
}

Result<qint64> ArchiveCopy::replace(Archive &from, Archive &to)
{
    return copyInto(from, to, Target::Replaced);
}

Result<qint64> ArchiveCopy::intoNewFile(Archive &from, const QString &target)
{
    const QString shown = QDir::toNativeSeparators(target);
    if (ServerAddress::isLocation(target))
        return refused(tr("%1 is not a file.").arg(ServerAddress::shown(target)));
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink())
        return refused(tr("%1 already exists: a copy never overwrites a file. Nothing was "
                          "changed.")
                           .arg(shown));
    const QString partial = target + QStringLiteral(".copying");
    removeArchiveFiles(partial);
    auto copied = [&]() -> Result<qint64> {
        Archive file;
        if (auto opened = file.open(partial, Archive::OpenMode::CreateIfMissing); !opened)
            return Result<qint64>::refused(opened.problems());
        return copy(from, file);
    }(); // closed here: its journal is folded into the file and removed
    if (copied && !QFile::rename(partial, target))
        copied =
            refused(tr("The copy could not be given its name %1. Nothing was kept.").arg(shown));
    if (!copied)
        removeArchiveFiles(partial);
    return copied;
}

} // namespace tavolo
