#include "auditfilterproxy.h"

#include "audittablemodel.h"

namespace tavolo {

AuditFilterProxy::AuditFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::UserRole);
}

void AuditFilterProxy::setTable(const QString &table, qint64 rowId)
{
    m_table = table;
    m_rowId = rowId;
    invalidateFilter();
}

void AuditFilterProxy::setDateRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

void AuditFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool AuditFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = qobject_cast<const AuditTableModel *>(sourceModel());
    if (!model)
        return true;
    const AuditEntry &e = model->entry(sourceRow);
    if (!m_table.isEmpty() && e.table != m_table)
        return false;
    if (m_rowId != 0 && e.rowId != m_rowId)
        return false;
    // The clerk thinks in local days, not UTC ones.
    const QDate day = e.at.toLocalTime().date();
    if ((m_from.isValid() && day < m_from) || (m_to.isValid() && day > m_to))
        return false;
    if (m_text.isEmpty())
        return true;
    for (int c = 0; c < AuditTableModel::ColumnCount; ++c)
        if (model->index(sourceRow, c).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace tavolo
