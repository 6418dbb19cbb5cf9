#include "sql.h"

#include "core/domain/plaintext.h"
#include "core/domain/textlimits.h"
#include "core/storage/archive.h"
#include "server.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlRecord>

namespace tavolo::sql {

// Archive's friend: the one way from an archive to its connection.
struct ConnectionOf
{
    static QString name(const Archive &archive) { return archive.m_connection; }
};

QSqlDatabase database(const Archive &archive)
{
    return QSqlDatabase::database(ConnectionOf::name(archive), false);
}

Problem storageProblem(const QString &what)
{
    return Problem::refused(
        QStringLiteral("STORAGE"),
        QCoreApplication::translate("tavolo::Archive",
                                    "The archive could not complete the operation: %1")
            .arg(what));
}

namespace {

// Every text bound to a statement: the one door of typed text into the archive.
std::optional<Problem> textProblem(const QVariantMap &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.value().typeId() != QMetaType::QString)
            continue;
        const QString text = it.value().toString();
        if (auto error = PlainText::error(text))
            return Problem::refused(QStringLiteral("TEXT"), *error, it.key());
        if (const int limit = TextLimits::forColumn(it.key()); text.size() > limit)
            return Problem::refused(
                QStringLiteral("TEXT"),
                QCoreApplication::translate("tavolo::Archive",
                                            "The text \"%1…\" is %2 characters long; this field "
                                            "takes at most %3.")
                    .arg(text.left(40))
                    .arg(text.size())
                    .arg(limit),
                it.key());
    }
    return std::nullopt;
}

QMutex conflictsLock;
QSet<QString> conflicts; // connection names

Problem failure(const QSqlDatabase &db, const QSqlError &error)
{
    if (server::isConflict(error)) {
        const QMutexLocker locker(&conflictsLock);
        conflicts.insert(db.connectionName());
    }
    return server::isServer(db) ? server::problem(error) : storageProblem(error);
}

// Which tables have no id column (PostgreSQL: the generated `rowid` stands for SQLite's).
bool hasIdColumn(const QSqlDatabase &db, const QString &table)
{
    static QMutex lock;
    static QHash<QString, bool> known;
    const QMutexLocker locker(&lock);
    auto found = known.constFind(table);
    if (found == known.constEnd())
        found = known.insert(table, db.record(table).contains(QStringLiteral("id")));
    return found.value();
}

} // namespace

bool takeConflict(const QSqlDatabase &db)
{
    const QMutexLocker locker(&conflictsLock);
    return conflicts.remove(db.connectionName());
}

Result<Done> execScript(const QSqlDatabase &db, const QString &script)
{
    QSqlQuery query(db);
    if (!query.exec(script))
        return Result<Done>::refused(failure(db, query.lastError()));
    return Result<Done>::ok({});
}

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement,
                       const QVariantMap &bindings)
{
    if (auto problem = textProblem(bindings))
        return Result<QSqlQuery>::refused(*problem);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // PostgreSQL prepares only queries, not BEGIN, SAVEPOINT or SET: without bindings there is
    // nothing to prepare for.
    if (bindings.isEmpty() && server::isServer(db)) {
        if (!query.exec(statement))
            return Result<QSqlQuery>::refused(failure(db, query.lastError()));
        return Result<QSqlQuery>::ok(std::move(query));
    }
    if (!query.prepare(statement))
        return Result<QSqlQuery>::refused(failure(db, query.lastError()));
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it) {
        // The schema keeps yes/no as 0/1 (SQLite has no boolean type): PostgreSQL would
        // refuse a boolean for an integer column.
        const QVariant &value = it.value();
        query.bindValue(QLatin1Char(':') + it.key(),
                        value.typeId() == QMetaType::Bool ? QVariant(int(value.toBool())) : value);
    }
    if (!query.exec())
        return Result<QSqlQuery>::refused(failure(db, query.lastError()));
    return Result<QSqlQuery>::ok(std::move(query));
}

Result<Done> execDone(const QSqlDatabase &db, const QString &statement, const QVariantMap &bindings)
{
    auto done = exec(db, statement, bindings);
    return done ? Result<Done>::ok({}) : Result<Done>::from(done);
}

Result<qint64> insert(const QSqlDatabase &db, const QString &table, const QVariantMap &values)
{
    const QStringList columns = values.keys();
    QStringList placeholders;
    for (const QString &column : columns)
        placeholders << QLatin1Char(':') + column;
    QString statement = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(table, columns.join(QStringLiteral(", ")),
                                 placeholders.join(QStringLiteral(", ")));
    // Qt's PostgreSQL driver has no lastInsertId() for identity columns: the row says it.
    const bool onServer = server::isServer(db);
    if (onServer)
        statement += hasIdColumn(db, table) ? QStringLiteral(" RETURNING id")
                                            : QStringLiteral(" RETURNING rowid");
    auto done = exec(db, statement, values);
    if (!done)
        return Result<qint64>::from(done);
    QSqlQuery &query = done.value();
    if (onServer)
        return Result<qint64>::ok(query.next() ? query.value(0).toLongLong() : 0);
    return Result<qint64>::ok(query.lastInsertId().toLongLong());
}

Result<qint64> insertWithChildren(const QSqlDatabase &db, const QString &table,
                                  const QVariantMap &values, const QString &childTable,
                                  const QString &parentColumn, const QList<QVariantMap> &children)
{
    auto id = insert(db, table, values);
    for (QVariantMap child : children) {
        if (!id)
            break;
        child.insert(parentColumn, id.value());
        if (auto done = insert(db, childTable, child); !done)
            return done;
    }
    return id;
}

Result<Done> update(const QSqlDatabase &db, const QString &table, qint64 id,
                    const QVariantMap &values)
{
    QStringList assignments;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        assignments << QStringLiteral("%1 = :%1").arg(it.key());
    QVariantMap bindings = values;
    bindings.insert(QStringLiteral("row_id"), id);
    auto done = exec(db,
                     QStringLiteral("UPDATE %1 SET %2 WHERE id = :row_id")
                         .arg(table, assignments.join(QStringLiteral(", "))),
                     bindings);
    return done ? Result<Done>::ok({}) : Result<Done>::from(done);
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullable(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

qint64 scalar(const QSqlDatabase &db, const QString &statement, const QVariantMap &bindings,
              qint64 fallback)
{
    auto result = exec(db, statement, bindings);
    if (!result || !result.value().next())
        return fallback;
    return result.value().value(0).toLongLong();
}

QVariant day(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dayOf(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant clock(QTime time)
{
    return time.isValid() ? QVariant(time.toString(QStringLiteral("HH:mm"))) : QVariant();
}

QTime clockOf(const QVariant &value)
{
    // Qt::ISODate reads "HH:mm" with its own quick parser; a format string goes through the
    // general date-time parser, a tenth of the time of reading a long history
    // (bench/archive-scale).
    return value.isNull() ? QTime() : QTime::fromString(value.toString(), Qt::ISODate);
}

Problem storageProblem(const QSqlError &error)
{
    // SQLite's primary result codes (sqlite.org/rescode.html); the driver reports the code of
    // the failed call, extended or not, so only its low byte is read.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    // The sentences are marked for lupdate here, where they are written, and translated in
    // `say`: a literal reaching translate() only through a variable is never extracted.
    const auto say = [](const char *text) {
        return Problem::refused(QStringLiteral("STORAGE"),
                                QCoreApplication::translate("tavolo::Archive", text));
    };
    switch (code) {
    case 13: // SQLITE_FULL
        return say(QT_TRANSLATE_NOOP(
            "tavolo::Archive",
            "The disk is full or your storage quota is exceeded: this change was not "
            "saved, and everything saved before it is safe. Free some space and try "
            "again."));
    case 8: // SQLITE_READONLY, also when the file was moved or deleted while open
        return say(QT_TRANSLATE_NOOP(
            "tavolo::Archive",
            "The archive cannot be written: it is read-only, or it was moved or deleted "
            "while open. This change was not saved."));
    case 10: // SQLITE_IOERR
        return say(QT_TRANSLATE_NOOP(
            "tavolo::Archive",
            "The drive of the archive reported an error while saving (it may be full, "
            "your quota exceeded, or a network folder disconnected): this change was not "
            "saved, and everything saved before it is safe. Check the drive and try "
            "again."));
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return say(QT_TRANSLATE_NOOP(
            "tavolo::Archive",
            "The archive is damaged: this change was not saved. Restore the archive "
            "from a backup (tavolo-cli restore)."));
    default:
        return storageProblem(error.text());
    }
}

} // namespace tavolo::sql
