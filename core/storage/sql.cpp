#include "sql.h"

#include <QCoreApplication>
#include <QSqlError>

namespace tavolo::sql {

Problem storageProblem(const QString &what)
{
    return Problem::refused(
        QStringLiteral("STORAGE"),
        QCoreApplication::translate("tavolo::Archive", "The archive could not complete the operation: %1")
            .arg(what));
}

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement,
                       const QVariantMap &bindings)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return Result<QSqlQuery>::refused(storageProblem(query.lastError().text()));
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it)
        query.bindValue(QLatin1Char(':') + it.key(), it.value());
    if (!query.exec())
        return Result<QSqlQuery>::refused(storageProblem(query.lastError().text()));
    return Result<QSqlQuery>::ok(std::move(query));
}

Result<qint64> insert(const QSqlDatabase &db, const QString &table, const QVariantMap &values)
{
    const QStringList columns = values.keys();
    QStringList placeholders;
    for (const QString &column : columns)
        placeholders << QLatin1Char(':') + column;
    auto done = exec(db,
                     QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                         .arg(table, columns.join(QStringLiteral(", ")),
                              placeholders.join(QStringLiteral(", "))),
                     values);
    if (!done)
        return Result<qint64>::from(done);
    return Result<qint64>::ok(done.value().lastInsertId().toLongLong());
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
    return value.isNull() ? QTime() : QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
}

} // namespace tavolo::sql
