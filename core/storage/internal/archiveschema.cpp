#include "archiveschema.h"

#include "migrations.h"

#include <QHash>
#include <QMap>
#include <QMutex>
#include <QSqlQuery>
#include <atomic>

namespace tavolo {

namespace {

struct SchemaObject
{
    QString type;
    QString table;
    QString sql;
    bool operator==(const SchemaObject &) const = default;
};

// Keyed by type and name. SQLite's own statistics tables (ANALYZE) hold no code and are left out.
using Objects = QMap<QString, SchemaObject>;

Objects objectsOf(const QSqlDatabase &db)
{
    Objects out;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                   "WHERE name NOT LIKE 'sqlite\\_stat%' ESCAPE '\\'")))
        return out;
    while (query.next())
        out.insert(
            query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString(),
            {query.value(0).toString(), query.value(2).toString(), query.value(3).toString()});
    return out;
}

// What the migrations build for `version`, on a private in-memory database; computed once.
Objects expectedFor(int version)
{
    static QMutex mutex;
    static QHash<int, Objects> cache;
    const QMutexLocker lock(&mutex);
    if (const auto found = cache.constFind(version); found != cache.constEnd())
        return found.value();
    static std::atomic<int> counter {0};
    const QString name = QStringLiteral("tavolo-schema-%1").arg(++counter);
    Objects objects;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open() && Migrations::upgrade(db, 0, version))
            objects = objectsOf(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    cache.insert(version, objects);
    return objects;
}

QString kindName(const QString &type)
{
    if (type == QLatin1String("table"))
        return ArchiveSchema::tr("table");
    if (type == QLatin1String("index"))
        return ArchiveSchema::tr("index");
    if (type == QLatin1String("trigger"))
        return ArchiveSchema::tr("trigger");
    if (type == QLatin1String("view"))
        return ArchiveSchema::tr("view");
    return type;
}

} // namespace

QString ArchiveSchema::difference(const QSqlDatabase &db, int version)
{
    const Objects expected = expectedFor(version);
    const Objects actual = objectsOf(db);
    for (auto it = actual.constBegin(); it != actual.constEnd(); ++it) {
        const auto wanted = expected.constFind(it.key());
        const QString name = it.key().section(QLatin1Char(' '), 1);
        if (wanted == expected.constEnd())
            return tr("it holds something Tavolo never makes: %1 \"%2\"")
                .arg(kindName(it.value().type), name);
        if (!(wanted.value() == it.value()))
            return tr("a part of it was altered: %1 \"%2\"").arg(kindName(it.value().type), name);
    }
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        if (!actual.contains(it.key()))
            return tr("a part of it is missing: %1 \"%2\"")
                .arg(kindName(it.value().type), it.key().section(QLatin1Char(' '), 1));
    }
    return {};
}

} // namespace tavolo
