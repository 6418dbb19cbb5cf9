#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace tavolo {

// What a commit to the archive changed, as the audit trail records it (003_audit.sql): each
// record (table and row id) written, and how. Archive::changed() carries it, so that a view
// over thousands of records reads again only the ones that changed. When that is not known
// (another program's commit on the server, more changes than are worth listing, an archive
// replaced by a restore) it is "everything": a view then reads all again. Another program's
// commit on a file names its records (the audit rows after the last look); on the server its
// notification says only that it committed (Archive::commit says why).
class ArchiveChanges
{
public:
    enum class Action { Insert, Update, Delete };
    struct Record
    {
        QString table;
        qint64 row = 0;
        Action action = Action::Update;
    };

    // Anything may have changed (as everything()).
    ArchiveChanges() = default;
    static ArchiveChanges everything() { return ArchiveChanges(); }
    static ArchiveChanges of(QList<Record> records);

    bool isEverything() const { return !m_records.has_value(); }
    // Another program made the commit (another workstation, tavolo-cli), not this one.
    bool elsewhere() const { return m_elsewhere; }
    ArchiveChanges madeElsewhere() const;
    // Empty for everything().
    QList<Record> records() const { return m_records.value_or(QList<Record>()); }

    // The rows of `table` changed only by updates, none added or removed: then a view of that
    // table can read those rows again in place. Null when rows were added or removed, or
    // everything may have changed.
    std::optional<QList<qint64>> updatedOnly(const QString &table) const;

    // Beyond this many records a commit is announced as everything (an import, a restore): a
    // view reads a table again faster than it reads that many rows one by one.
    static constexpr int MostListed = 200;

private:
    std::optional<QList<Record>> m_records;
    bool m_elsewhere = false;
};

} // namespace tavolo

Q_DECLARE_METATYPE(tavolo::ArchiveChanges)
