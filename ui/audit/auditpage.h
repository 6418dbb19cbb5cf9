#pragma once

#include "ui/page.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTableWidget;

namespace tavolo {

class Archive;
class AuditFilterProxy;
class AuditTableModel;

// The audit trail for the clerk (R-J): who changed what and when, filtered by table, dates and
// free text, with the record before and after side by side and an export to CSV in the format
// of `tavolo-cli audit --csv`. Read-only: the trail cannot be edited from the program.
// With a table and a row it shows one record's history (RecordHistoryDialog).
class AuditPage : public Page
{
    Q_OBJECT
public:
    explicit AuditPage(Archive &archive, const QString &table = {}, qint64 rowId = 0,
                       QWidget *parent = nullptr);

    QString title() const override { return tr("Audit trail"); }
    QString pageName() const override { return QStringLiteral("audit"); }
    void reload() override; // at once when shown, else when next shown

    AuditTableModel *model() const { return m_model; }
    AuditFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QTableWidget *detail() const { return m_detail; }

    // Writes the rows shown, in the order shown; false (and a message) when it cannot.
    bool exportCsv(const QString &path, QString *error = nullptr) const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void chooseExportFile();
    void applyFilter();
    void refillTables();
    void showDetail();

    AuditTableModel *m_model;
    AuditFilterProxy *m_proxy;
    QComboBox *m_tableFilter;
    QCheckBox *m_fromCheck;
    QDateEdit *m_from;
    QCheckBox *m_toCheck;
    QDateEdit *m_to;
    QLineEdit *m_search;
    QTableView *m_view;
    QTableWidget *m_detail;
    QLabel *m_count;
    QString m_fixedTable;
    bool m_stale = false; // the archive changed while the page was hidden
};

} // namespace tavolo
