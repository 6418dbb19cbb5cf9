#pragma once

#include "core/domain/history.h"
#include "formdialog.h"

class QComboBox;
class QLineEdit;

namespace tavolo {

// Inviting a guest to one meeting, on the chair's invitation, with the reason (R-F).
class InviteDialog : public FormDialog
{
    Q_OBJECT
public:
    InviteDialog(const History &history, const Meeting &meeting, QWidget *parent = nullptr);

    Guest guest() const;

private:
    const History &m_history;
    Meeting m_meeting;
    QComboBox *m_person;
    QLineEdit *m_reason;
};

} // namespace tavolo
