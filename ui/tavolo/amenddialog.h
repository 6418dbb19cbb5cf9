#pragma once

#include "core/rules/regulationrules.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QSpinBox;

namespace tavolo {

class ProblemView;

// Amend the regulation (R-H): the parameters the seed leaves open, with a checklist of the
// members in office on the date for their approval; refusals explained in place.
class AmendDialog : public QDialog
{
    Q_OBJECT
public:
    AmendDialog(const History &history, QDate date, QWidget *parent = nullptr);

    Amendment amendment() const;

private:
    void dateChanged();
    void check();

    const History &m_history;
    Regulation m_current;
    QDateEdit *m_date;
    QSpinBox *m_minMeetings;
    QSpinBox *m_notice;
    QSpinBox *m_deadline;
    QSpinBox *m_numerator;
    QSpinBox *m_denominator;
    QListWidget *m_approvals;
    QLabel *m_approvalCount;
    ProblemView *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace tavolo
