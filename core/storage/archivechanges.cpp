#include "archivechanges.h"

#include <QStringList>

namespace tavolo {

namespace {

const QString everythingPayload = QStringLiteral("*");
// PostgreSQL refuses a notification's payload of 8000 bytes or more.
constexpr qsizetype LongestPayload = 7000;

QChar letterOf(ArchiveChanges::Action action)
{
    switch (action) {
    case ArchiveChanges::Action::Insert:
        return u'i';
    case ArchiveChanges::Action::Delete:
        return u'd';
    case ArchiveChanges::Action::Update:
        break;
    }
    return u'u';
}

std::optional<ArchiveChanges::Action> actionOf(QStringView letter)
{
    if (letter == u"i")
        return ArchiveChanges::Action::Insert;
    if (letter == u"u")
        return ArchiveChanges::Action::Update;
    if (letter == u"d")
        return ArchiveChanges::Action::Delete;
    return std::nullopt;
}

} // namespace

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

QString ArchiveChanges::toPayload() const
{
    if (!m_records)
        return everythingPayload;
    QStringList parts;
    for (const Record &r : *m_records)
        parts << QStringLiteral("%1:%2:%3").arg(r.table).arg(r.row).arg(letterOf(r.action));
    QString payload = parts.join(u' ');
    return payload.isEmpty() || payload.size() > LongestPayload ? everythingPayload : payload;
}

ArchiveChanges ArchiveChanges::fromPayload(const QString &payload)
{
    // An empty payload is also an earlier version's notification, which said nothing.
    if (payload == everythingPayload || payload.isEmpty())
        return everything();
    QList<Record> records;
    for (const QString &part : payload.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList fields = part.split(u':');
        bool number = false;
        const qint64 row = fields.value(1).toLongLong(&number);
        const auto action = actionOf(fields.value(2));
        if (fields.size() != 3 || !number || !action)
            return everything(); // not written by this version of Tavolo
        records << Record {fields.at(0), row, *action};
    }
    return of(records);
}

} // namespace tavolo
