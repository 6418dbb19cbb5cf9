#pragma once

#include "core/domain/history.h"
#include "ui/tavolo/formdialog.h"

class QDateEdit;
class QLineEdit;

namespace tavolo {

// An actual value typed in for an indicator (indicator.record): the day it refers to, the value
// (a number, or a ratio such as 76/14 when the expected value is one) and a note on where it
// comes from. ObjectiveRules::readingProblems answers in place.
class RecordDialog : public FormDialog
{
    Q_OBJECT
public:
    RecordDialog(const History &history, const Indicator &indicator, QDate day,
                 QWidget *parent = nullptr);

    IndicatorReading reading() const;

private:
    Problems problems() const;

    const History &m_history;
    qint64 m_indicator;
    QDateEdit *m_date;
    QLineEdit *m_value;
    QLineEdit *m_note;
};

} // namespace tavolo
