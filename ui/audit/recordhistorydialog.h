#pragma once

#include <QDialog>

namespace tavolo {

class Archive;
class AuditPage;

// "History of this record…": the audit trail of one row (R-J), read-only.
class RecordHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    RecordHistoryDialog(Archive &archive, const QString &table, qint64 rowId, const QString &label,
                        QWidget *parent = nullptr);

    AuditPage *page() const { return m_page; }

private:
    AuditPage *m_page;
};

} // namespace tavolo
