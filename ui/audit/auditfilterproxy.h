#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

namespace tavolo {

// Filters the audit trail by table (and row, for one record's history), by local date and by
// free text over every column, including what changed.
class AuditFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AuditFilterProxy(QObject *parent = nullptr);

    void setTable(const QString &table, qint64 rowId = 0); // empty: every table; 0: every row
    void setDateRange(const QDate &from, const QDate &to); // inclusive; null: no bound
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_table;
    qint64 m_rowId = 0;
    QDate m_from;
    QDate m_to;
    QString m_text;
};

} // namespace tavolo
