#pragma once

#include "core/domain/history.h"
#include "formdialog.h"

class QDateEdit;

namespace tavolo {

// Convening a draft meeting (R-C): the convocation's date, checked against the notice period;
// what convening fixes and what comes next, in words.
class ConveneDialog : public FormDialog
{
    Q_OBJECT
public:
    ConveneDialog(const History &history, const Meeting &meeting, QWidget *parent = nullptr);

    QDate convenedOn() const;

private:
    const History &m_history;
    Meeting m_meeting;
    QDateEdit *m_on;
};

} // namespace tavolo
