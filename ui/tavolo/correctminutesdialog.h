#pragma once

#include "core/domain/history.h"
#include "formdialog.h"

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace tavolo {

// A correction (rettifica) of approved minutes: its date, the corrected text and the reason; a
// new record printed with the minutes, which stay as approved (R-K).
class CorrectMinutesDialog : public FormDialog
{
    Q_OBJECT
public:
    CorrectMinutesDialog(const History &history, const Minutes &minutes, QWidget *parent = nullptr);

    MinutesCorrection correction() const;

private:
    const History &m_history;
    Minutes m_minutes;
    QDateEdit *m_date;
    QPlainTextEdit *m_text;
    QLineEdit *m_reason;
};

} // namespace tavolo
