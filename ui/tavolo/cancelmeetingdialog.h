#pragma once

#include "core/domain/meeting.h"
#include "formdialog.h"

class QLineEdit;

namespace tavolo {

// Cancelling a draft or convened meeting, with the reason the participants are told.
class CancelMeetingDialog : public FormDialog
{
    Q_OBJECT
public:
    explicit CancelMeetingDialog(const Meeting &meeting, QWidget *parent = nullptr);

    QString reason() const;

private:
    Meeting m_meeting;
    QLineEdit *m_reason;
};

} // namespace tavolo
