#pragma once

#include "core/domain/history.h"
#include "formdialog.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace tavolo {

// Designate a representative (R-E): the rule's refusal is shown in words as the clerk edits,
// and OK stays disabled while the designation would be refused.
class DesignateDialog : public FormDialog
{
    Q_OBJECT
public:
    DesignateDialog(const History &history, QDate date, QWidget *parent = nullptr);

    Designation designation() const;

private:
    Problems problems() const;

    const History &m_history;
    QComboBox *m_organisation;
    QComboBox *m_person;
    QDateEdit *m_from;
    QCheckBox *m_ends;
    QDateEdit *m_to;
    QDateEdit *m_actDate;
    QLineEdit *m_actReference;
};

} // namespace tavolo
