#pragma once

#include "core/domain/history.h"
#include "formdialog.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QTimeEdit;

namespace tavolo {

// A new meeting (a draft): date, time, place or link, agenda; for the Tavolo also the kind
// (ordinary, requested to answer a request — R-D —, or joint — R-G); the rules' answer shown
// in place. A working group's or a planning table's meeting (forWorkingGroup, forPlanningTable)
// asks only what such meetings hold.
class MeetingDialog : public FormDialog
{
    Q_OBJECT
public:
    MeetingDialog(const History &history, QDate date, QWidget *parent = nullptr);

    Meeting meeting() const;
    void answerRequest(qint64 requestId); // preset: the requested meeting of a request
    void forWorkingGroup(const WorkingGroup &group); // hides the Tavolo's own fields
    void forPlanningTable(const PlanningTable &table); // as a group's (R-L)

private:
    void forBody(const MeetingBody &body, const QString &name);
    void kindChanged();
    void proposeApproval(); // R-K: the previous minutes' approval as the first item

    const History &m_history;
    MeetingBody m_body;
    QString m_proposed; // the approval item last put in the agenda
    QComboBox *m_kind;
    QComboBox *m_request;
    QLineEdit *m_jointWith;
    QComboBox *m_convenedBy;
    QDateEdit *m_date;
    QTimeEdit *m_time;
    QLineEdit *m_place;
    QLineEdit *m_link;
    QPlainTextEdit *m_agenda;
};

} // namespace tavolo
