#pragma once

#include "core/domain/history.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace tavolo {

class ProblemView;

// A request to convene (R-D): signatories picked among the TS representatives in office on the
// request's date, with the live count "4 of 11 — threshold 4: valid".
class RequestDialog : public QDialog
{
    Q_OBJECT
public:
    RequestDialog(const History &history, QDate date, QWidget *parent = nullptr);

    ConvocationRequest request() const;
    QString indicatorText() const;

private:
    void fillSignatories();
    void check();

    const History &m_history;
    QDateEdit *m_date;
    QListWidget *m_signatories;
    QLabel *m_indicator;
    QPlainTextEdit *m_motivation;
    ProblemView *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace tavolo
