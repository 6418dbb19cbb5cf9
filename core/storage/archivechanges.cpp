#include "archivechanges.h"

namespace tavolo {

ArchiveChanges ArchiveChanges::of(QList<Record> records)
{
    ArchiveChanges changes;
    if (records.size() <= MostListed)
        changes.m_records = std::move(records);
    return changes;
}

ArchiveChanges ArchiveChanges::madeElsewhere() const
{
    ArchiveChanges changes = *this;
    changes.m_elsewhere = true;
    return changes;
}

std::optional<QList<qint64>> ArchiveChanges::updatedOnly(const QString &table) const
{
    if (!m_records)
        return std::nullopt;
    QList<qint64> rows;
    for (const Record &r : *m_records) {
        if (r.table != table)
            continue;
        if (r.action != Action::Update)
            return std::nullopt;
        if (!rows.contains(r.row))
            rows << r.row;
    }
    return rows;
}

} // namespace tavolo
