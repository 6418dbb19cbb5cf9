#pragma once

#include "core/domain/history.h"
#include "formdialog.h"

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace tavolo {

// Assign an office to a holder, or name a holder's delegate by an act (R-A, R-B); the rules'
// answer is shown in place as the clerk edits (a previous open term is ended: a warning).
class OfficeDialog : public FormDialog
{
    Q_OBJECT
public:
    enum class Mode { Assign, Delegate };
    OfficeDialog(Mode mode, const History &history, QDate date, QWidget *parent = nullptr);

    OfficeTerm term() const;
    Delegation delegation() const;

private:
    Problems problems() const;

    Mode m_mode;
    const History &m_history;
    QComboBox *m_office;
    QComboBox *m_person;
    QDateEdit *m_from;
    QDateEdit *m_actDate = nullptr;
    QLineEdit *m_actReference = nullptr;
};

} // namespace tavolo
