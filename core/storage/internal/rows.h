#pragma once

#include "sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <optional>

// Reading rows into the history's values, shared by HistoryStore and CycleHistory.
namespace tavolo::rows {

// Calls `row` for each row the statement returns (none when it fails).
template<typename Row> void each(const QSqlDatabase &db, const QString &statement, Row row)
{
    auto query = sql::exec(db, statement);
    if (!query)
        return;
    while (query.value().next())
        row(query.value());
}

// A JSON array of strings kept in a column.
inline QStringList stringsOf(const QVariant &json)
{
    QStringList out;
    for (const QJsonValue v : QJsonDocument::fromJson(json.toString().toUtf8()).array())
        out << v.toString();
    return out;
}

inline std::optional<qint64> idOf(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

} // namespace tavolo::rows
