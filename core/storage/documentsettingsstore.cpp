#include "documentsettingsstore.h"

#include "archive.h"
#include "recordversion.h"
#include "sql.h"

namespace tavolo {

DocumentSettingsStore::DocumentSettingsStore(Archive &archive)
    : m_archive(archive)
{ }

QMap<QString, QVariant> DocumentSettingsStore::all() const
{
    QMap<QString, QVariant> out;
    auto query = sql::exec(sql::database(m_archive),
                           QStringLiteral("SELECT key, value FROM document_settings"));
    if (query)
        while (query.value().next())
            out.insert(query.value().value(0).toString(), query.value().value(1));
    return out;
}

qint64 DocumentSettingsStore::stamp() const
{
    return RecordVersion::tableStamp(m_archive, QStringLiteral("document_settings"));
}

Result<Done> DocumentSettingsStore::checkUnchangedSince(qint64 stamp) const
{
    return RecordVersion::checkTable(m_archive, QStringLiteral("document_settings"), stamp);
}

Result<Done> DocumentSettingsStore::set(const QMap<QString, QVariant> &values)
{
    return m_archive.write([&]() -> Result<Done> {
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const QVariantMap binding {{QStringLiteral("key"), it.key()},
                                       {QStringLiteral("value"), it.value()}};
            auto done = it.value().isNull()
                ? sql::exec(sql::database(m_archive),
                            QStringLiteral("DELETE FROM document_settings WHERE key = :key"),
                            {{QStringLiteral("key"), it.key()}})
                : sql::exec(sql::database(m_archive),
                            QStringLiteral("INSERT INTO document_settings (key, value) VALUES "
                                           "(:key, :value) ON CONFLICT (key) DO UPDATE SET "
                                           "value = excluded.value"),
                            binding);
            if (!done)
                return Result<Done>::from(done);
        }
        return Result<Done>::ok({});
    });
}

} // namespace tavolo
