#pragma once

#include "core/domain/history.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;

namespace tavolo {

class ProblemView;

// End a designation on a date (R-E, R-J): the term is kept, only its end is set.
class EndDesignationDialog : public QDialog
{
    Q_OBJECT
public:
    EndDesignationDialog(const History &history, QDate date, qint64 preselected,
                         QWidget *parent = nullptr);

    qint64 designationId() const;
    QDate endDate() const;

private:
    void check();

    const History &m_history;
    QComboBox *m_designation;
    QDateEdit *m_to;
    ProblemView *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace tavolo
