#pragma once

#include "auditwords.h"
#include "core/storage/auditlog.h"

#include <QAbstractTableModel>

namespace tavolo {

class Archive;

// The audit trail as a read-only table (R-J: history is never overwritten, so nothing here is
// editable). Reloads whenever the archive commits, here or in another program.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, User, Operation, Table, Row, Action, Changes, ColumnCount };

    explicit AuditTableModel(Archive &archive, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const AuditEntry &entry(int row) const { return m_entries.at(row); }
    QStringList tables() const; // the tables the trail has rows for, sorted
    const AuditWords &words() const { return m_words; }

    void reload();

private:
    Archive &m_archive;
    QList<AuditEntry> m_entries;
    AuditWords m_words;
};

} // namespace tavolo
