#pragma once

#include "core/domain/history.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace tavolo {

// The submissions of one call as a table (protocol, sender, form, received at, channel, on
// time or late, decision, tables chosen), the late ones marked in colour with the R-L icon, and
// a filter that narrows the rows as the clerk types (any column, any case).
class SubmissionsView : public QWidget
{
    Q_OBJECT
public:
    explicit SubmissionsView(QWidget *parent = nullptr);

    void showCall(const History &history, const Call *call);
    qint64 currentSubmission() const; // 0 when none is chosen
    void selectSubmission(qint64 id);
    QTableView *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }

signals:
    void currentChanged();

private:
    void updateShown();

    QLineEdit *m_filter;
    QLabel *m_shown;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

} // namespace tavolo
