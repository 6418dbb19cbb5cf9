#pragma once

#include "tavolopage.h"

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace tavolo {

class AsOfDate;
class ProblemView;

// Requests to convene (R-D): status (open, answered, overdue) with the days left, as of today
// or a chosen day; the signatories, recording a new one, and creating the requested meeting
// that answers it.
class RequestsPage : public TavoloPage
{
    Q_OBJECT
public:
    RequestsPage(Archive &archive, QUndoStack *undo, QWidget *parent = nullptr);

    qint64 currentRequest() const;
    void setDate(QDate date); // the day the statuses are judged on
    QDate date() const;

public slots:
    void newRequest();
    void createMeeting();

protected:
    void refresh() override;

private:
    void showRequest();

    AsOfDate *m_asOf;
    QStackedWidget *m_stack;
    QTreeWidget *m_list;
    QLabel *m_detail;
    QPushButton *m_createMeeting;
    ProblemView *m_outcome;
};

} // namespace tavolo
