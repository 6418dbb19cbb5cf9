#pragma once

#include "core/rules/regulationrules.h"
#include "formdialog.h"

class QDateEdit;
class QLabel;
class QListWidget;
class QSpinBox;

namespace tavolo {

// Amend the regulation (R-H): the parameters the seed leaves open, with a checklist of the
// members in office on the date for their approval; refusals explained in place.
class AmendDialog : public FormDialog
{
    Q_OBJECT
public:
    AmendDialog(const History &history, QDate date, QWidget *parent = nullptr);

    Amendment amendment() const;

private:
    void dateChanged();
    Problems problems() const;

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
};

} // namespace tavolo
