#include "audittablemodel.h"

#include "core/storage/archive.h"

#include <QJsonObject>
#include <QLocale>

namespace tavolo {

namespace {

// What the clerk reads: a whole new or deleted row is named rather than dumped (the detail pane
// has every field); an update lists the fields that changed, as `tavolo-cli audit` does.
QString summary(const AuditEntry &e)
{
    const QJsonObject &row = e.action == QLatin1String("delete") ? e.before : e.after;
    QString name = row.value(QStringLiteral("name")).toString();
    if (name.isEmpty())
        name = QStringList {row.value(QStringLiteral("given_name")).toString(),
                            row.value(QStringLiteral("family_name")).toString()}
                   .join(QLatin1Char(' '))
                   .trimmed();
    if (name.isEmpty())
        name = QStringLiteral("#%1").arg(e.rowId);
    if (e.action == QLatin1String("insert"))
        return AuditTableModel::tr("Added: %1").arg(name);
    if (e.action == QLatin1String("delete"))
        return AuditTableModel::tr("Deleted: %1").arg(name);
    return e.changeSummary();
}

} // namespace

AuditTableModel::AuditTableModel(Archive &archive, QObject *parent)
    : QAbstractTableModel(parent)
    , m_archive(archive)
{
    connect(&m_archive, &Archive::changed, this, &AuditTableModel::reload);
    reload();
}

void AuditTableModel::reload()
{
    beginResetModel();
    m_entries = m_archive.isOpen() ? AuditLog(m_archive).entries() : QList<AuditEntry> {};
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
            return QLocale().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case User:
            return e.osUser;
        case Operation:
            return e.operation;
        case Table:
            return e.table;
        case Row:
            return e.rowId;
        case Action:
            return e.action;
        case Changes:
            return summary(e);
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
        return tr("Table");
    case Row:
        return tr("Row");
    case Action:
        return tr("Action");
    case Changes:
        return tr("What changed");
    }
    return {};
}

} // namespace tavolo
