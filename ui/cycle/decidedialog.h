#pragma once

#include "core/domain/history.h"
#include "ui/tavolo/formdialog.h"

class QComboBox;
class QDateEdit;
class QPlainTextEdit;

namespace tavolo {

// The clerk's decision on a late submission (R-L): admitted or not, on a day not before its
// receipt, always with the reason. An admitted expression of interest makes its contact a
// participant of the tables chosen from that day, which the dialog says before saving.
class DecideDialog : public FormDialog
{
    Q_OBJECT
public:
    DecideDialog(const History &history, const Submission &submission, QWidget *parent = nullptr);

    bool admit() const;
    QDate date() const;
    QString reason() const;

private:
    const History &m_history;
    Submission m_submission;
    QComboBox *m_decision;
    QDateEdit *m_date;
    QPlainTextEdit *m_reason;
};

} // namespace tavolo
