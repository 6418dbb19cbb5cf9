#pragma once

#include "core/domain/history.h"
#include "ui/tavolo/formdialog.h"

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QListWidget;

namespace tavolo {

// A submission received for a call (R-L): the form, the body that sent it (or a person on
// their own), when and how it arrived, its incoming protocol number, the tables chosen and the
// contact who will take part. The rules' answer says before saving whether it is late (it then
// waits for a decision) or refused (a second form from the same body names the first).
class SubmissionDialog : public FormDialog
{
    Q_OBJECT
public:
    SubmissionDialog(const History &history, const Call &call, QWidget *parent = nullptr);

    Submission submission() const;

private:
    void senderChanged();

    const History &m_history;
    Call m_call;
    QComboBox *m_form;
    QComboBox *m_organisation;
    QComboBox *m_person;
    QDateTimeEdit *m_received;
    QComboBox *m_channel;
    QLineEdit *m_protocol;
    QListWidget *m_tables;
    QComboBox *m_contact;
};

} // namespace tavolo
