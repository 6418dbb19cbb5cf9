#pragma once

#ifndef TAVOLO_STORAGE_INTERNAL
#error "core/storage/internal is for the stores only: other layers ask a store of core/storage"
#endif

#include "sql.h"

#include <optional>

namespace tavolo {

// The reads the register's stores share (OrganisationStore, PersonStore): rows of one table,
// chosen by a WHERE or ORDER BY clause, turned into values by the store's `fromRow`; one row
// by id or by tax code (both UNIQUE in the schema).
template<typename Record> class RegisterRows
{
public:
    using FromRow = Record (*)(const QSqlQuery &);

    // `table` and `columns` come from the program, never from input; `fromRow` reads the
    // columns in that order.
    RegisterRows(const Archive &archive, QString table, QString columns, FromRow fromRow)
        : m_archive(archive)
        , m_table(std::move(table))
        , m_columns(std::move(columns))
        , m_fromRow(fromRow)
    { }

    QList<Record> select(const QString &clause, const QVariantMap &bindings = {}) const
    {
        QList<Record> out;
        auto query = sql::exec(
            sql::database(m_archive),
            QStringLiteral("SELECT %1 FROM %2 %3").arg(m_columns, m_table, clause), bindings);
        if (!query)
            return out;
        while (query.value().next())
            out << m_fromRow(query.value());
        return out;
    }

    std::optional<Record> find(qint64 id) const
    {
        return first(QStringLiteral("WHERE id = :id"), {{QStringLiteral("id"), id}});
    }

    std::optional<Record> findByTaxCode(const QString &taxCode) const
    {
        return first(QStringLiteral("WHERE tax_code = :code"), {{QStringLiteral("code"), taxCode}});
    }

private:
    std::optional<Record> first(const QString &clause, const QVariantMap &bindings) const
    {
        const QList<Record> found = select(clause, bindings);
        return found.isEmpty() ? std::nullopt : std::optional<Record>(found.first());
    }

    const Archive &m_archive;
    QString m_table;
    QString m_columns;
    FromRow m_fromRow;
};

} // namespace tavolo
