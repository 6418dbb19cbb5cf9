#pragma once

#include "core/domain/history.h"
#include "formdialog.h"

class QDateEdit;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace tavolo {

// A request to convene (R-D): signatories picked among the TS representatives in office on the
// request's date, with the live count "4 of 11 — threshold 4: valid".
class RequestDialog : public FormDialog
{
    Q_OBJECT
public:
    RequestDialog(const History &history, QDate date, QWidget *parent = nullptr);

    ConvocationRequest request() const;
    QString indicatorText() const;

private:
    void fillSignatories();
    Problems problems() const;

    const History &m_history;
    QDateEdit *m_date;
    QListWidget *m_signatories;
    QLabel *m_indicator;
    QPlainTextEdit *m_motivation;
};

} // namespace tavolo
