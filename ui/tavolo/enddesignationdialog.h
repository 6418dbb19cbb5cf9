#pragma once

#include "core/domain/history.h"
#include "formdialog.h"

class QComboBox;
class QDateEdit;

namespace tavolo {

// End a designation on a date (R-E, R-J): the term is kept, only its end is set.
class EndDesignationDialog : public FormDialog
{
    Q_OBJECT
public:
    EndDesignationDialog(const History &history, QDate date, qint64 preselected,
                         QWidget *parent = nullptr);

    qint64 designationId() const;
    QDate endDate() const;

private:
    Problems problems() const;

    const History &m_history;
    QComboBox *m_designation;
    QDateEdit *m_to;
};

} // namespace tavolo
