#pragma once

#include "core/domain/history.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;
class QTimeEdit;

namespace tavolo {

class ProblemView;

// A new meeting of the Tavolo (a draft): kind (ordinary, requested to answer a request — R-D —,
// or joint — R-G), date, time, place or link, agenda; the rules' answer shown in place.
class MeetingDialog : public QDialog
{
    Q_OBJECT
public:
    MeetingDialog(const History &history, QDate date, QWidget *parent = nullptr);

    Meeting meeting() const;
    void answerRequest(qint64 requestId); // preset: the requested meeting of a request

private:
    void check();

    const History &m_history;
    QComboBox *m_kind;
    QComboBox *m_request;
    QLineEdit *m_jointWith;
    QComboBox *m_convenedBy;
    QDateEdit *m_date;
    QTimeEdit *m_time;
    QLineEdit *m_place;
    QLineEdit *m_link;
    QPlainTextEdit *m_agenda;
    ProblemView *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace tavolo
