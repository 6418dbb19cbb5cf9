#include "audittablemodel.h"

#include "core/storage/archive.h"

namespace tavolo {

AuditTableModel::AuditTableModel(Archive &archive, QObject *parent)
    : QAbstractTableModel(parent)
    , m_archive(archive)
{
    reload(); // again when its page asks (AuditPage: when shown after a change)
}

void AuditTableModel::reload()
{
    beginResetModel();
    m_entries = m_archive.isOpen() ? AuditLog(m_archive).entries() : QList<AuditEntry> {};
    m_words = AuditWords(m_archive);
    endResetModel();
}

QStringList AuditTableModel::tables() const
{
    QStringList out;
    for (const AuditEntry &e : m_entries)
        if (!out.contains(e.table))
            out << e.table;
    out.sort();
    return out;
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case When:
            return e.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
        case User:
            return e.osUser;
        case Operation:
            return AuditWords::operation(e.operation);
        case Table:
            return AuditWords::table(e.table);
        case Row:
            return e.rowId;
        case Action:
            return AuditWords::action(e.action);
        case Changes:
            return m_words.summary(e);
        }
    }
    // Sort by the instant and the id, not by the text (ties within one millisecond keep order).
    if (role == Qt::UserRole)
        return index.column() == When ? QVariant(e.id) : data(index, Qt::DisplayRole);
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case User:
        return tr("User");
    case Operation:
        return tr("Operation");
    case Table:
        return tr("Record");
    case Row:
        return tr("No.");
    case Action:
        return tr("Action");
    case Changes:
        return tr("What changed");
    }
    return {};
}

} // namespace tavolo
